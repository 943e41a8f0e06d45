/**
 * The selection in the URL hash (`sync-url`): a page opened with #event=<id> opens it, Back and
 * Forward move through selections, and each of several syncing timelines keeps its own scoped
 * entry (#<element id>:event=<id>), the unscoped one speaking only to a lone timeline.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { articleStory, atRest, detail, expectDetailOf, mark, mount, parts, settle, twoTimelines, unmountAll, until } from '../support/harness';
import { watchUncaught } from '../support/uncaught';
import apolloStory from '../../examples/second-story.json';

const uncaught = watchUncaught();
const cleanPath = location.pathname + location.search;

beforeEach(() => {
  history.replaceState(null, '', cleanPath);
});

afterEach(() => {
  unmountAll();
  // A test here goes Back, which leaves a forward entry in the tab's session history: the next push
  // (in this file or the next) would then replace it instead of adding one. A push drops it.
  history.pushState(null, '', cleanPath);
});

const ids = articleStory.events.map((e) => e.id);

describe('each timeline keeps its own part of the URL hash (sync-url)', () => {
  test('a lone timeline without an id writes and reads #event=<id>', async () => {
    const el = await mount({ attributes: { 'sync-url': '' } });
    el.select(ids[4]);
    await settle(el);
    expect(location.hash).toBe(`#event=${ids[4]}`);
    location.hash = `#event=${ids[6]}`;
    await until(() => el.selected === ids[6], 'read the hash after hashchange');
  });

  test('two syncing timelines write #<element id>:event=<id> and keep each other’s entries', async () => {
    const { one, two, oneEvents, twoEvents } = await twoTimelines({ 'sync-url': '' });
    one.select(ids[1]);
    await settle(one);
    expect(location.hash).toBe(`#one:event=${ids[1]}`);
    two.select(ids[7]);
    await settle(two);
    expect(location.hash).toBe(`#one:event=${ids[1]}&two:event=${ids[7]}`);
    expect(one.selected).toBe(ids[1]);

    // Back undoes two's selection only.
    history.back();
    await until(() => two.selected === null, 'Back cleared two');
    expect(one.selected).toBe(ids[1]);

    // A link that names only one's entry changes only one.
    oneEvents.length = 0;
    twoEvents.length = 0;
    location.hash = `#one:event=${ids[9]}`;
    await until(() => one.selected === ids[9], 'one followed its hash entry');
    await settle(two);
    expect(two.selected).toBeNull();
    expect(oneEvents.map((e) => e.detail.id)).toEqual([ids[9]]);
    expect(twoEvents).toEqual([]);
  });

  test('a timeline without sync-url ignores the hash and never writes it', async () => {
    const synced = await mount({ attributes: { id: 'synced', 'sync-url': '' } });
    const plain = await mount({ attributes: { id: 'plain' } });
    plain.select(ids[2]);
    await settle(plain);
    expect(location.hash).toBe('');
    location.hash = `#plain:event=${ids[8]}&synced:event=${ids[8]}&event=${ids[8]}`;
    await until(() => synced.selected === ids[8], 'the syncing timeline followed the hash');
    await settle(plain);
    expect(plain.selected).toBe(ids[2]);
  });

  test('timelines of different stories do not take each other’s hash entries', async () => {
    const article = await mount({ attributes: { id: 'article', 'sync-url': '' } });
    const apollo = await mount({ story: structuredClone(apolloStory), attributes: { id: 'apollo', 'sync-url': '' } });
    location.hash = `#apollo:event=apollo-11-landing&article:event=${ids[0]}`;
    await until(() => apollo.selected === 'apollo-11-landing' && article.selected === ids[0], 'each took its own entry');
    expect(uncaught).toEqual([]);
  });

  test('a lone syncing timeline with an id still writes the short #event=<id> form', async () => {
    const el = await mount({ story: structuredClone(apolloStory), attributes: { id: 'early', 'sync-url': '' } });
    expect(el.select('apollo-8')).toBe(true);
    await settle(el);
    expect(location.hash).toBe('#event=apollo-8');
  });
});

describe('an unscoped #event= with two syncing timelines', () => {
  test('is read by neither, while each still reads its own scoped entry', async () => {
    const ids = articleStory.events.map((e) => e.id);
    const one = await mount({ attributes: { id: 'one', 'sync-url': '' } });
    const two = await mount({ attributes: { id: 'two', 'sync-url': '' } });
    // In one hashchange: a scoped entry for one, and an unscoped one that only a lone timeline may read.
    location.hash = `#one:event=${ids[3]}&event=${ids[7]}`;
    await until(() => one.selected === ids[3], 'one read its scoped entry');
    expect(two.selected).toBeNull();
    expect(parts(two, 'detail')).toEqual([]);
  });

  test('a page opened with an unscoped #event= opens nothing in either of two syncing timelines', async () => {
    const ids = articleStory.events.map((e) => e.id);
    history.replaceState(null, '', `#event=${ids[7]}`);
    // Both on the page at once, as a page that holds two would have them.
    const [one, two] = await Promise.all([
      mount({ attributes: { id: 'one', 'sync-url': '' } }),
      mount({ attributes: { id: 'two', 'sync-url': '' } }),
    ]);
    await atRest(one);
    await atRest(two);
    expect([one.selected, two.selected]).toEqual([null, null]);
    // The same hash with one syncing timeline opens the event: the test above is not vacuous.
    unmountAll();
    const lone = await mount({ attributes: { id: 'lone', 'sync-url': '' } });
    await until(() => lone.selected === ids[7], 'a lone syncing timeline reads the unscoped entry');
  });
});

describe('history entries', () => {
  test('a selection that comes with the page adds no history entry', async () => {
    // Drop any forward entries an earlier test (or file: the tab's session history is shared) left
    // by going Back, so that a new entry adds to history.length.
    history.pushState(null, '', location.pathname + location.search);
    const entries = history.length;
    const el = await mount({ attributes: { 'sync-url': '', selected: 'floods-april-2024' } });
    await until(() => location.hash === '#event=floods-april-2024', 'the hash names the selection');
    expect(history.length).toBe(entries);
    el.select('taliban-seize-power');
    await until(() => location.hash === '#event=taliban-seize-power', 'a reader selection is recorded');
    expect(history.length).toBe(entries + 1);
    expect(el.selected).toBe('taliban-seize-power');
    // The selection is brought into view and drawn as the current event.
    await until(() => mark(el, 'taliban-seize-power')?.getAttribute('aria-current') === 'true', 'the selected event is drawn as current');
  });
});

describe('deep links', () => {
  test('a page opened with #event=<id> opens that event, and Back / Forward move through selections', async () => {
    history.replaceState(null, '', '#event=taliban-seize-power');
    const el = await mount({ attributes: { 'sync-url': '' } });
    await until(() => detail(el) !== null, 'the hash opened the event');
    expectDetailOf(el, 'taliban-seize-power');
    el.select('floods-april-2024');
    await settle(el);
    expect(location.hash).toBe('#event=floods-april-2024');
    history.back();
    await until(() => el.selected === 'taliban-seize-power', 'Back restored the previous selection');
    history.forward();
    await until(() => el.selected === 'floods-april-2024', 'Forward restored the next selection');
  });

  test('with several syncing timelines, each keeps its own scope in the hash', async () => {
    const a = await mount({ attributes: { 'sync-url': '', id: 'first' } });
    const b = await mount({ attributes: { 'sync-url': '', id: 'second' } });
    a.select('taliban-seize-power');
    await settle(a);
    b.select('floods-april-2024');
    await settle(b);
    expect(location.hash).toBe('#first:event=taliban-seize-power&second:event=floods-april-2024');
    expect(a.selected).toBe('taliban-seize-power');
  });
});
