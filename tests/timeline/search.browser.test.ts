import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { announcements, marks, mount, part, unmountAll, until } from '../support/harness';

afterEach(() => {
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search);
});

const field = (el: HistoryTimeline) => part<HTMLInputElement>(el, 'search')!;
const dimmed = (el: HistoryTimeline) => marks(el).filter((m) => m.dataset.match === 'false').map((m) => m.dataset.eventId);
const announced = (el: HistoryTimeline) => announcements(el).join(' | ');

describe('search', () => {
  test('a labelled search field; typing dims the events that do not match and says how many do', async () => {
    const el = await mount({ width: 1280 });
    const input = field(el);
    expect(input.type).toBe('search');
    expect(input.closest('label')!.textContent).toContain('Search events');
    input.focus();
    await userEvent.keyboard('Muttaqi');
    await until(() => el.search === 'Muttaqi', 'the query is the search property');
    await el.updateComplete;
    const notDimmed = marks(el).filter((m) => m.dataset.match !== 'false').map((m) => m.dataset.eventId);
    expect(notDimmed).toContain('kabul-meeting-muttaqi-zhirnov');
    expect(dimmed(el)).toContain('taliban-capture-kabul');
    expect(announced(el)).toMatch(new RegExp(`${notDimmed.length} of 16 events match`));
    expect(el.getAttribute('search')).toBe('Muttaqi');
  });

  test('the overview density shows the matches, and all the events again when the search is cleared', async () => {
    const el = await mount({ width: 1280 });
    // Each bar's height is a share of the fullest bar; the bars are what the density draws.
    const bars = () => part(el, 'density')!.querySelectorAll('rect').length;
    const all = bars();
    expect(all).toBeGreaterThan(5);
    el.search = 'earthquake';
    await until(() => /of 16 events match/.test(announced(el)), 'the matches are announced');
    await el.updateComplete;
    // A column for each match at most (two may share one), and fewer than for all 16 events.
    const matching = Number(/(\d+) of 16 events match/.exec(announced(el))![1]);
    expect(matching).toBeLessThan(16);
    expect(bars()).toBeGreaterThanOrEqual(1);
    expect(bars()).toBeLessThanOrEqual(matching);
    el.search = '';
    await el.updateComplete;
    expect(bars()).toBe(all);
  });

  test('the list shows only the matches; the attribute sets the query; no match says so', async () => {
    const el = await mount({ width: 1280, attributes: { search: 'earthquake', 'view-mode': 'both' } });
    await el.updateComplete;
    const items = [...part(el, 'list')!.querySelectorAll<HTMLElement>('[data-event-id]')].map((i) => i.dataset.eventId);
    expect(items).toEqual(expect.arrayContaining(['earthquake-june-2022', 'earthquakes-october-2023']));
    expect(items).not.toContain('taliban-capture-kabul');
    el.search = 'zzzz';
    await until(() => /No event matches/.test(announced(el)), 'no match is announced');
    expect(marks(el).every((m) => m.dataset.match === 'false')).toBe(true);
  });

  test('Enter and Shift+Enter select the next and previous match; Escape clears, without closing anything else', async () => {
    const el = await mount({ width: 1280, attributes: { search: 'earthquake' } });
    const input = field(el);
    input.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => el.selected === 'earthquake-june-2022', 'Enter selected the first match');
    await userEvent.keyboard('{Enter}');
    await until(() => el.selected === 'earthquakes-october-2023', 'Enter went on to the next');
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    await until(() => el.selected === 'earthquake-june-2022', 'Shift+Enter went back');
    await userEvent.keyboard('{Escape}');
    await until(() => el.search === '', 'Escape cleared the search');
    expect(el.selected, 'the detail stays open').toBe('earthquake-june-2022');
    expect(dimmed(el)).toEqual([]);
  });

  test('with sync-url the query goes into the hash, and a page opened with it searches', async () => {
    const el = await mount({ width: 1280, attributes: { 'sync-url': '' } });
    el.search = 'floods';
    await until(() => location.hash.includes('q=floods'), 'the query is in the hash');
    unmountAll();
    const again = await mount({ width: 1280, attributes: { 'sync-url': '' } });
    await until(() => again.search === 'floods', 'the hash set the query');
    expect(dimmed(again)).toContain('taliban-capture-kabul');
  });
});
