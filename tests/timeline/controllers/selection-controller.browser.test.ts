import { afterEach, describe, expect, test, vi } from 'vitest';
import { datePhrase } from '../../../src/model/date-phrase';
import { OutboxController } from '../../../src/timeline/controllers/outbox-controller';
import { SelectionController } from '../../../src/timeline/controllers/selection-controller';
import type { TimelineSelectDetail } from '../../../src/timeline/events';
import type { LoadedStory } from '../../../src/timeline/loaded-story';
import { attach, createHost, detachAll, tinyStory, until } from '../../support/controller-host';

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

afterEach(() => {
  detachAll();
  vi.restoreAllMocks();
  clearHash();
});

const events = [
  { id: 'a', date: '2020-01-15', title: 'Alpha' },
  { id: 'b', date: '2020-03-02', title: 'Beta' },
  { id: 'c', date: '2020-06', title: 'Gamma' },
];

/** A host wired as the element wires it: `settle()` in willUpdate, the outbox after the update. */
async function mountSelection(options: { story?: LoadedStory | null; syncUrl?: boolean; id?: string } = {}) {
  let story: LoadedStory | null = options.story === undefined ? tinyStory(events) : options.story;
  const reveal = { start: vi.fn() };
  const focus = { active: null as string | null };
  const detail = { closeEra: vi.fn() };
  const host = createHost((h) => {
    h.syncUrl = options.syncUrl ?? false;
    if (options.id) h.id = options.id;
  });
  const outbox = new OutboxController(host);
  const selection = new SelectionController(host, {
    eventById: (id) => (story ? story.eventById(id) : null),
    outbox,
    reveal,
    focus,
    detail,
  });
  host.beforeRender = () => selection.settle();
  host.afterUpdate = () => outbox.flush();
  const reports: TimelineSelectDetail[] = [];
  host.addEventListener('timeline-select', (e) => reports.push(e.detail));
  await attach(host);
  const newStory = async (next: LoadedStory) => {
    story = next;
    selection.settleNewStory();
    await host.updateComplete;
  };
  return { host, selection, revealed: reveal.start, focus, detail, reports, newStory };
}

const ids = (reports: TimelineSelectDetail[]) => reports.map((r) => r.id);

describe('SelectionController', () => {
  test('select sets `selected`; the update announces it and reports it with the event', async () => {
    const { host, selection, revealed, focus, detail, reports } = await mountSelection();
    expect(selection.select('b')).toBe(true);
    expect(host.selected).toBe('b');
    expect(reports, 'reported after the update, not during select').toEqual([]);
    await host.updateComplete;
    expect(ids(reports)).toEqual(['b']);
    expect(reports[0].event?.title).toBe('Beta');
    expect(selection.announcement).toBe(`Beta, ${datePhrase(reports[0].event!.calendar, 'en')}`);
    expect(revealed).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ id: 'b' }));
    expect(focus.active, 'the selected event takes the tab stop').toBe('b');
    expect(detail.closeEra, "an era's detail closes").toHaveBeenCalled();
  });

  test('reports only real changes: selecting the selected event again brings it into view but is not reported', async () => {
    const { host, selection, revealed, reports } = await mountSelection();
    selection.select('a');
    await host.updateComplete;
    selection.select('a');
    host.requestUpdate();
    await host.updateComplete;
    expect(ids(reports)).toEqual(['a']);
    expect(revealed, 'brought into view again').toHaveBeenCalledTimes(2);
    selection.select(null);
    await host.updateComplete;
    expect(ids(reports)).toEqual(['a', null]);
    expect(selection.announcement).toBe('');
    // `selected` read again with nothing changed reports nothing.
    selection.settle();
    host.requestUpdate();
    await host.updateComplete;
    expect(ids(reports)).toEqual(['a', null]);
  });

  test('an unknown id returns false and changes nothing', async () => {
    const { host, selection, reports } = await mountSelection();
    selection.select('a');
    await host.updateComplete;
    expect(selection.select('nope')).toBe(false);
    expect(host.selected).toBe('a');
    await host.updateComplete;
    expect(ids(reports)).toEqual(['a']);
  });

  test('`selected` set from outside (the attribute) to an unknown id settles to null, silently', async () => {
    const { host, reports } = await mountSelection();
    host.setAttribute('selected', 'nope');
    await host.updateComplete;
    expect(host.selected).toBeNull();
    expect(reports).toEqual([]);
  });

  test('before a story arrives the id is kept, and reported once the story has it', async () => {
    const { host, selection, revealed, reports, newStory } = await mountSelection({ story: null });
    expect(selection.select('c')).toBe(true);
    await host.updateComplete;
    expect(host.selected).toBe('c');
    expect(reports).toEqual([]);
    await newStory(tinyStory(events));
    expect(ids(reports)).toEqual(['c']);
    expect(revealed).toHaveBeenCalledOnce();
  });

  test("a new story that keeps the selection reports it again, with the new story's event", async () => {
    const { host, selection, reports, newStory } = await mountSelection();
    selection.select('b');
    await host.updateComplete;
    const next = tinyStory(events);
    await newStory(next);
    expect(ids(reports)).toEqual(['b', 'b']);
    expect(reports[1].event).toBe(next.eventById('b'));
  });

  test('a new story without the kept id clears it', async () => {
    const { host, selection, reports, newStory } = await mountSelection({ story: null });
    selection.select('zzz');
    await newStory(tinyStory(events));
    expect(host.selected).toBeNull();
    expect(reports).toEqual([]);
  });

  describe('with sync-url', () => {
    test('a selection is written to the URL hash as a new history entry, before timeline-select is sent', async () => {
      const { host, selection } = await mountSelection({ syncUrl: true });
      const push = vi.spyOn(history, 'pushState');
      const replace = vi.spyOn(history, 'replaceState');
      let hashWhenSent = '';
      host.addEventListener('timeline-select', () => (hashWhenSent = location.hash));
      selection.select('b');
      expect(location.hash, 'written after the update').toBe('');
      await host.updateComplete;
      expect(location.hash).toBe('#event=b');
      expect(hashWhenSent).toBe('#event=b');
      expect(push).toHaveBeenCalledOnce();
      expect(replace).not.toHaveBeenCalled();
    });

    test('the selection of a new story replaces the history entry, and the URL wins over the attribute', async () => {
      history.replaceState(null, '', '#event=c');
      const { host, selection, reports, newStory } = await mountSelection({ syncUrl: true, story: null });
      selection.select('a');
      await host.updateComplete;
      const push = vi.spyOn(history, 'pushState');
      const replace = vi.spyOn(history, 'replaceState');
      await newStory(tinyStory(events));
      expect(host.selected).toBe('c');
      expect(ids(reports)).toEqual(['c']);
      expect(push).not.toHaveBeenCalled();
      expect(replace).not.toHaveBeenCalled(); // It came from the URL: nothing to write.
      // A new story with the attribute's selection and no hash: written in place.
      clearHash();
      replace.mockClear();
      selection.select('a');
      await newStory(tinyStory(events));
      expect(location.hash).toBe('#event=a');
      expect(push).not.toHaveBeenCalled();
      expect(replace).toHaveBeenCalledOnce();
    });

    test('Back / Forward (hashchange) selects what the URL names, without writing it back', async () => {
      const { host, reports } = await mountSelection({ syncUrl: true });
      const push = vi.spyOn(history, 'pushState');
      const replace = vi.spyOn(history, 'replaceState');
      // A write-back would reorder this hash (`#x=1&event=b`), so it would show.
      location.hash = '#event=b&x=1';
      await until(() => host.selected === 'b', 'hashchange selected b');
      await host.updateComplete;
      expect(ids(reports)).toEqual(['b']);
      expect(location.hash).toBe('#event=b&x=1');
      expect(push).not.toHaveBeenCalled();
      expect(replace).not.toHaveBeenCalled();
    });

    test('a hash naming an unknown event changes nothing', async () => {
      const { host, selection, reports } = await mountSelection({ syncUrl: true });
      selection.select('a');
      await host.updateComplete;
      location.hash = '#event=nope';
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await host.updateComplete;
      expect(host.selected).toBe('a');
      expect(ids(reports)).toEqual(['a']);
    });

    test('with two syncing timelines an unscoped hash selects in neither; each writes its own scoped entry', async () => {
      history.replaceState(null, '', '#event=b');
      const one = await mountSelection({ syncUrl: true, id: 'one', story: null });
      const two = await mountSelection({ syncUrl: true, id: 'two', story: null });
      await one.newStory(tinyStory(events));
      await two.newStory(tinyStory(events));
      expect(one.host.selected).toBeNull();
      expect(two.host.selected).toBeNull();
      one.selection.select('a');
      await one.host.updateComplete;
      two.selection.select('c');
      await two.host.updateComplete;
      expect(location.hash).toBe('#one:event=a&two:event=c');
      // Back to the first entry: each reads its own.
      history.replaceState(null, '', '#two:event=b&one:event=c');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await one.host.updateComplete;
      await two.host.updateComplete;
      expect([one.host.selected, two.host.selected]).toEqual(['c', 'b']);
    });
  });

  test('without sync-url the hash is neither read nor written', async () => {
    history.replaceState(null, '', '#event=c');
    const { host, selection, newStory } = await mountSelection({ story: null });
    await newStory(tinyStory(events));
    expect(host.selected).toBeNull();
    const push = vi.spyOn(history, 'pushState');
    selection.select('a');
    await host.updateComplete;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await host.updateComplete;
    expect(host.selected).toBe('a');
    expect(location.hash).toBe('#event=c');
    expect(push).not.toHaveBeenCalled();
  });
});
