import { afterEach, describe, expect, onTestFinished, test } from 'vitest';
import axe from 'axe-core';
import { commands as input, page, userEvent } from 'vitest/browser';
import { all, button, card, click, draftArticle, editInPlace, fill, freshDatabase, mountEditor, q, startEditing, unmountEditors, until } from '../support/editor-harness';

afterEach(async () => {
  unmountEditors();
  await input.emulateMedia({ colorScheme: null, reducedMotion: null });
});

async function violations(context: Element): Promise<string[]> {
  const result = await axe.run(context, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the editor is accessible and fits a phone', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: axe finds no violations with candidates, problems, highlights and the preview`, async () => {
      await input.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      // A page that supports both schemes says so (editor.html does); the preview follows the page.
      document.documentElement.style.colorScheme = 'light dark';
      onTestFinished(() => void (document.documentElement.style.colorScheme = ''));
      const el = await mountEditor(freshDatabase());
      await draftArticle(el);
      await click(el, button(el, 'Accept', card(el, 'Earthquakes strike')));
      await click(el, button(el, 'Accept', card(el, 'Taliban advances through southern Afghanistan')));
      await click(el, button(el, 'Reject', card(el, 'Floods hit')));
      // A problem beside a field, and the export blocked by it.
      await fill(el, await startEditing(el, 'Earthquakes strike', 'date'), '2022-13');
      await until(() => el.shadowRoot!.querySelector('history-timeline')?.shadowRoot?.querySelector('[part~="event"], [part~="cluster"]') != null, 'the preview drew');
      expect(await violations(el.parentElement!)).toEqual([]);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: axe finds no violations in the readiness line, Accept all ready, its Undo and a card's reason to review`, async () => {
      await input.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      document.documentElement.style.colorScheme = 'light dark';
      onTestFinished(() => void (document.documentElement.style.colorScheme = ''));
      const el = await mountEditor(freshDatabase());
      await draftArticle(el);
      await editInPlace(el, 'Floods hit', 'title', 'Floods hit the');
      await click(el, button(el, 'Accept', card(el, 'Earthquakes strike')));
      await startEditing(el, 'Earthquakes strike', 'title');
      await userEvent.keyboard('{Backspace}{Enter}');
      await until(() => el.shadowRoot!.querySelector('#accept-ready') !== null && el.shadowRoot!.querySelector('.not-ready') !== null, 'ready cards counted, a reason shown');
      await click(el, button(el, 'an untitled event', q(el, '#export-state')));
      await click(el, q(el, '#accept-ready'));
      expect(el.shadowRoot!.querySelector('#undo-accept-ready')).not.toBeNull();
      expect(await violations(el.parentElement!)).toEqual([]);
    });
  }

  test('at 360 px the source, the events and the preview stack, nothing wider than the screen', async () => {
    const el = await mountEditor(freshDatabase(), 360);
    await draftArticle(el);
    await click(el, button(el, 'Accept', card(el, 'Earthquakes strike')));
    const [source, events, preview] = ['Source', 'Events', 'Preview'].map((name) => page.elementLocator(el).getByRole('region', { name, exact: true }).element().getBoundingClientRect());
    expect(Math.round(events.left)).toBe(Math.round(source.left));
    expect(events.top).toBeGreaterThanOrEqual(source.bottom);
    expect(preview.top).toBeGreaterThanOrEqual(events.bottom);
    expect(el.scrollWidth).toBeLessThanOrEqual(360);
    for (const control of all(el, 'button, input, textarea, select')) expect(control.getBoundingClientRect().right, control.outerHTML.slice(0, 80)).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
  });

  test('on a desktop the three stand side by side', async () => {
    const el = await mountEditor(freshDatabase(), 1280);
    const [source, events, preview] = ['Source', 'Events', 'Preview'].map((name) => page.elementLocator(el).getByRole('region', { name, exact: true }).element().getBoundingClientRect());
    expect(source.right).toBeLessThanOrEqual(events.left);
    expect(events.right).toBeLessThanOrEqual(preview.left);
    expect(Math.round(preview.top)).toBe(Math.round(source.top));
  });
});
