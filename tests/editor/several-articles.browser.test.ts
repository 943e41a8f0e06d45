import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { all, button, card, cards, click, field, fill, freshDatabase, mountEditor, unmountEditors, until } from '../support/editor-harness';

afterEach(() => unmountEditors());

/** Three short reports of one reopening, written for this test; the River Post gives another day. */
const reports = [
  { publisher: 'Valley Courier', published: '2024-03-15', text: 'The Millbrook Bridge reopened to traffic on Thursday after eight months of repairs, the city council said.\n\nEngineers first closed the bridge in July 2023 when cracks were found in its main span.' },
  { publisher: 'River Post', published: '2024-03-15', text: 'Drivers crossed the Millbrook Bridge again on Wednesday as the repaired bridge reopened to traffic, council officials said.' },
  { publisher: 'Metro Wire', published: '2024-03-16', text: 'After eight months shut for repairs, the Millbrook Bridge reopened to traffic on Thursday, according to the council.' },
];

const tabs = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=tab]')];

describe('a draft of several articles', () => {
  test('three pasted articles give one story whose shared event shows all three sources and that they differ', async () => {
    const el = await mountEditor(freshDatabase());
    await fill(el, field<HTMLTextAreaElement>(el, 'Article text'), reports[0].text);
    await fill(el, field(el, 'Title'), 'Millbrook Bridge');
    await fill(el, field(el, 'Publisher'), reports[0].publisher);
    await fill(el, field(el, 'Publication date'), reports[0].published);
    for (const report of reports.slice(1)) {
      await click(el, button(el, 'Add an article'));
      await fill(el, field<HTMLTextAreaElement>(el, 'Article text'), report.text);
      await fill(el, field(el, 'Publisher'), report.publisher);
      await fill(el, field(el, 'Publication date'), report.published);
    }
    expect(tabs(el).map((t) => t.textContent!.trim())).toEqual(['Valley Courier', 'River Post', 'Metro Wire']);
    expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'false', 'true']);

    await click(el, button(el, 'Draft events'));
    await until(() => cards(el).length > 0, 'candidates were drafted');
    await el.updateComplete;
    expect(cards(el)).toHaveLength(2);
    const shared = card(el, 'Millbrook Bridge reopens to traffic');
    expect(shared.querySelector('.sources')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Sources: Valley Courier (14 March 2024) · River Post (13 March 2024) · Metro Wire (14 March 2024)',
    );
    expect(shared.querySelector('.differ')!.textContent).toBe('Sources differ: 14 March 2024 (Valley Courier and Metro Wire) · 13 March 2024 (River Post)');
    expect(shared.querySelectorAll('blockquote')).toHaveLength(3);
    expect(el.story.sources.map((s) => s.publisher)).toEqual(['Valley Courier', 'River Post', 'Metro Wire']);

    // The River Post's quote is split off into an event of its own, dated as it says.
    await click(el, [...shared.querySelectorAll<HTMLButtonElement>('button.split')][1]);
    await until(() => cards(el).length === 3, 'the citation was split off');
    expect(card(el, 'Millbrook Bridge reopens to traffic').querySelector('.differ')).toBeNull();
  });

  test('the article tabs are operated by keyboard: arrows move between them and show each article', async () => {
    const el = await mountEditor(freshDatabase());
    await fill(el, field(el, 'Publisher'), reports[0].publisher);
    for (const report of reports.slice(1)) {
      await click(el, button(el, 'Add an article'));
      await fill(el, field(el, 'Publisher'), report.publisher);
      await fill(el, field<HTMLTextAreaElement>(el, 'Article text'), report.text);
    }
    tabs(el)[2].focus();
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement === tabs(el)[1], 'the second tab has the focus');
    expect(tabs(el)[1].getAttribute('aria-selected')).toBe('true');
    expect(all(el, '[role=tabpanel]')[0].getAttribute('aria-labelledby')).toBe('article-tab-1');
    expect(field<HTMLTextAreaElement>(el, 'Article text').value).toBe(reports[1].text);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement === tabs(el)[0], 'the arrows wrap round to the first tab');
    expect(field(el, 'Publisher').value).toBe('Valley Courier');
  });
});
