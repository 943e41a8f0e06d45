import { afterEach, describe, expect, onTestFinished, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import {
  atRest, centre, expectDetailOf, input, mark, marks, mount, mountClustered, msPerPx, settle, shadow, tabIntoEvents, unmountAll, until, viewport, windowMs,
} from '../support/harness';

afterEach(() => {
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search);
});

const activeInShadow = (el: HistoryTimeline) => shadow(el).activeElement as HTMLElement | null;
const focusedId = (el: HistoryTimeline) => (shadow(el).activeElement as HTMLElement | null)?.dataset.eventId;

describe('focus', () => {
  async function walkWithArrowKeys(el: HistoryTimeline) {
    // What happened, for the failure message: keys and focus moves, in order.
    const log: string[] = [];
    const name = (node: EventTarget | null) => (node instanceof HTMLElement ? node.dataset.eventId ?? node.className : String(node));
    el.addEventListener('keydown', (e) => log.push(`${e.key} on ${name(e.composedPath()[0])}`), { capture: true });
    shadow(el).addEventListener('focusin', (e) => log.push(`focus ${name(e.target)}`));
    // Into the events: the era row's titles come first in the tab order.
    await tabIntoEvents(el);
    const order = el.events.map((e) => e.id);
    expect(focusedId(el)).toBe(order[0]);
    for (let i = 1; i < order.length; i++) {
      await userEvent.keyboard('{ArrowRight}');
      await until(() => focusedId(el) === order[i], () => {
        const w = windowMs(el);
        return `ArrowRight reached ${order[i]}; focus is on ${name(shadow(el).activeElement ?? document.activeElement)}, `
          + `${order[i]} is ${shadow(el).querySelector(`[part~="event"][data-event-id="${order[i]}"]`) ? 'drawn' : 'not drawn'}, `
          + `view ${new Date(w.start).toISOString()} to ${new Date(w.end).toISOString()}; ${log.slice(-12).join(', ')}`;
      });
    }
    // Focus stays once the view has come to rest.
    await atRest(el);
    expect(focusedId(el)).toBe(order[order.length - 1]);
  }

  test('arrow keys reach every event in time order, even those drawn in a cluster', async () => {
    // At its own height every event of the article has a mark: a short viewport makes clusters.
    const el = await mountClustered();
    expect(shadow(el).querySelector('[part~="cluster"]'), 'the full view gathers some events').not.toBeNull();
    await walkWithArrowKeys(el);
  });

  test('on a slow machine too, focus follows the arrow keys through the moving view', { timeout: 120_000 }, async () => {
    // Long frames let a reveal move the focused mark into a cluster and out again mid-animation
    // (a short viewport, so that there are clusters).
    const el = await mountClustered();
    await commands.throttleCpu(6);
    onTestFinished(() => commands.throttleCpu(1));
    await walkWithArrowKeys(el);
  });

  test('while the view brings a closed event back, Enter reopens it and arrows go on from it', async () => {
    // A short viewport, so that the full view has clusters (at its own height it has none).
    const el = await mountClustered();
    const id = 'floods-april-2024'; // in a cluster when all is in view
    expect(mark(el, id)).toBeNull();
    el.select(id);
    await until(() => mark(el, id) !== null, 'the selected event is drawn on its own');
    const closeButton = () => shadow(el).querySelector<HTMLButtonElement>('[part="detail"] button[aria-label="Close details"]')!;
    const press = (key: string) => viewport(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    // Gathered into a cluster again, then closed: focus waits on the viewport while the view moves.
    el.fit();
    await until(() => mark(el, id) === null, 'fit gathered it into a cluster again');
    await atRest(el);
    expect(mark(el, id), 'fit wins over the reveal that was under way').toBeNull();
    closeButton().click();
    expect(shadow(el).activeElement).toBe(viewport(el));
    // Keys sent at once, before the move ends (real keys may arrive after it, when the mark has focus).
    expect(press('Enter'), 'Enter was handled').toBe(false);
    expect(el.selected).toBe(id);
    await settle(el);
    el.fit();
    await until(() => mark(el, id) === null, 'gathered again');
    await atRest(el);
    closeButton().click();
    expect(shadow(el).activeElement).toBe(viewport(el));
    expect(press('ArrowLeft'), 'ArrowLeft was handled').toBe(false);
    const previous = el.events[el.events.findIndex((e) => e.id === id) - 1].id;
    await until(() => focusedId(el) === previous, 'ArrowLeft went on to the previous event');
  });

  test('a focused mark keeps focus when the view changes which marks are drawn around it', async () => {
    // From last drawn to first drawn in one update: Lit's keyed repeat moves that node, and a
    // moved node loses focus.
    await input.emulateMedia({ reducedMotion: 'reduce' });
    onTestFinished(() => input.emulateMedia({ reducedMotion: null }));
    const el = await mount();
    const id = 'russia-removes-taliban-from-terror-list';
    el.zoomTo('2023-01-01', '2025-05-15');
    await until(() => mark(el, id) !== null, 'the event is drawn');
    await settle(el);
    const drawn = () => [...shadow(el).querySelectorAll<HTMLElement>('[part~="event"]')].map((m) => m.dataset.eventId);
    expect(drawn().at(-1)).toBe(id);
    mark(el, id)!.focus();
    el.zoomTo('2025-04-10', '2025-07-20');
    await until(() => drawn()[0] === id && drawn().length > 1, 'the event is drawn first, with others after it');
    await settle(el);
    expect(focusedId(el)).toBe(id);
  });

  test('a reader who moves focus away while an arrow key brings an event into view keeps it there', async () => {
    // A short viewport, so that the full view has clusters (at its own height it has none); the first
    // drawn event whose next event is in a cluster.
    const el = await mountClustered();
    const ids = el.events.map((e) => e.id);
    const from = ids.find((id, i) => i + 1 < ids.length && mark(el, id) !== null && mark(el, ids[i + 1]) === null)!;
    expect(from, 'an event drawn on its own is followed by one in a cluster').toBeDefined();
    const to = ids[ids.indexOf(from) + 1];
    expect(mark(el, to), 'the next event starts in a cluster').toBeNull();
    mark(el, from)!.focus();
    await userEvent.keyboard('{ArrowRight}');
    // Shift + Tab back to the timeline area: past the era row's titles, which sit between it and the
    // events in the tab order (an era title may leave the DOM as the view moves, so the area it is).
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    for (let i = 0; i < 10 && (shadow(el).activeElement as HTMLElement | null)?.closest('[part~="era"]'); i++) await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(shadow(el).activeElement).toBe(viewport(el));
    await until(() => mark(el, to) !== null, 'the next event is drawn');
    await atRest(el);
    expect(shadow(el).activeElement, 'focus stayed where the reader put it').toBe(viewport(el));
  });

  test('Next at the last event keeps focus on the button', async () => {
    const el = await mount();
    const last = el.events[el.events.length - 2];
    el.select(last.id);
    await settle(el);
    const next = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="detail"] button')].find((b) => b.textContent!.includes('Next'))!;
    next.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => el.selected === el.events[el.events.length - 1].id, 'Next went to the last event');
    await settle(el);
    const again = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="detail"] button')].find((b) => b.textContent!.includes('Next'))!;
    expect(again.getAttribute('aria-disabled')).toBe('true');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(shadow(el).activeElement).toBe(again);
  });

  test('Escape in list view returns focus to the list item, and does not reach the page', async () => {
    const el = await mount();
    el.viewMode = 'list';
    await settle(el);
    expect(viewport(el).hidden).toBe(true);
    const seen: string[] = [];
    const onKey = (e: KeyboardEvent) => seen.push(e.key);
    document.addEventListener('keydown', onKey);
    try {
      const item = shadow(el).querySelector<HTMLButtonElement>('[part~="list"] [data-event-id="taliban-seize-power"]')!;
      await userEvent.click(item);
      await settle(el);
      expect(el.selected).toBe('taliban-seize-power');
      await userEvent.keyboard('{Escape}');
      await settle(el);
      expect(el.selected).toBeNull();
      expect(focusedId(el)).toBe('taliban-seize-power');
      expect(shadow(el).activeElement!.closest('[part~="list"]'), 'focus is in the list').not.toBeNull();
      expect(seen).not.toContain('Escape');
    } finally {
      document.removeEventListener('keydown', onKey);
    }
  });

  test('a marker in the article takes focus to the opened detail', async () => {
    const el = await mount({ attributes: { 'show-source': '' } });
    const marker = shadow(el).querySelector<HTMLButtonElement>('[part="citation-marker"]')!;
    await userEvent.click(marker);
    await atRest(el);
    expect(shadow(el).activeElement).toBe(shadow(el).querySelector('[part="detail"] [role="heading"]'));
  });
});

describe('focus rings', () => {
  test('the rings of the first and last marks stay inside the timeline', async () => {
    const el = await mount({ width: 1280 });
    const box = viewport(el).getBoundingClientRect();
    const all = marks(el).sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
    // Into the events by keyboard first: after a click (earlier tests click), focus() alone would not show the ring.
    await tabIntoEvents(el);
    for (const mark of [all[0], all[all.length - 1]]) {
      mark.focus();
      const style = getComputedStyle(mark);
      const inset = -parseFloat(style.outlineOffset);
      const width = parseFloat(style.outlineWidth);
      expect(width).toBeGreaterThan(0);
      expect(inset, 'the ring is drawn inside the mark').toBeGreaterThanOrEqual(width);
      const ring = mark.getBoundingClientRect();
      expect(ring.left).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(ring.right).toBeLessThanOrEqual(box.right + 0.5);
    }
  });
});

describe('keyboard only', () => {
  test('one tab stop into the events, arrows move in time order, Enter opens the detail and takes focus there, Escape comes back', async () => {
    const el = await mount();
    // The era row's titles (buttons above the events) come before the events in the tab order.
    const first = await tabIntoEvents(el);
    expect(first?.matches('[part~="event"]')).toBe(true);
    const firstId = first!.dataset.eventId!;
    const order = el.events.map((e) => e.id);
    // Only one event is in the tab order.
    expect([...shadow(el).querySelectorAll('[part~="event"][tabindex="0"]')].length).toBe(1);
    await userEvent.keyboard('{ArrowRight}');
    await until(() => activeInShadow(el)?.dataset.eventId === order[order.indexOf(firstId) + 1], 'ArrowRight moved to the next event');
    await atRest(el);
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expectDetailOf(el, order[order.indexOf(firstId) + 1]);
    await until(() => activeInShadow(el)?.getAttribute('role') === 'heading', 'Enter took focus to the detail');
    await userEvent.keyboard('{Escape}');
    await until(() => activeInShadow(el)?.dataset.eventId === order[order.indexOf(firstId) + 1], 'Escape returned focus to the mark');
    await userEvent.keyboard('{End}');
    await until(() => activeInShadow(el)?.dataset.eventId === order[order.length - 1], 'End moved to the last event');
    await atRest(el);
    await userEvent.keyboard(' ');
    await settle(el);
    expectDetailOf(el, order[order.length - 1]);
    await userEvent.keyboard('{Escape}');
    await until(() => activeInShadow(el)?.dataset.eventId === order[order.length - 1], 'Escape returned focus to the last mark');
    await userEvent.keyboard('{Home}');
    await until(() => activeInShadow(el)?.dataset.eventId === order[0], 'Home moved to the first event');
    // Zoom keys keep working on an event. Read as the time a pixel covers at the centre (in the
    // compressed default the real span of the window changes by another factor than the axis).
    await atRest(el);
    const { x } = centre(el);
    const before = msPerPx(el, x);
    await userEvent.keyboard('+');
    await until(() => msPerPx(el, x) < before * 0.6, '+ zoomed in from an event');
  });

  test('focus is always visible', async () => {
    const el = await mount();
    const focused = (await tabIntoEvents(el))!;
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).not.toBe('none');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});
