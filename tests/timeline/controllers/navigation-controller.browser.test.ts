import { afterEach, describe, expect, test, vi } from 'vitest';
import type { FocusController } from '../../../src/timeline/controllers/focus-controller';
import { NavigationController } from '../../../src/timeline/controllers/navigation-controller';
import type { RevealController } from '../../../src/timeline/controllers/reveal-controller';
import type { ZoomController } from '../../../src/timeline/controllers/zoom-controller';
import type { AxisScale } from '../../../src/layout/axis-scale';
import type { TimeWindow } from '../../../src/layout/time-window';
import { eventIdOfMark } from '../../../src/timeline/views/marks';
import { attach, detachAll, plainHost, tinyStory } from '../../support/controller-host';

afterEach(detachAll);

const DAY = 86_400_000;
// Written out of time order: the story sorts them, and navigation goes in time order.
const story = tinyStory([
  { id: 'c', date: '2003-01-01' },
  { id: 'a', date: '2001-01-01' },
  { id: 'b', date: '2002-01-01' },
]);

/** The navigation controller with stand-ins for zoom, reveal and focus, a viewport and one mark per event in the DOM. */
async function setup(window: TimeWindow | null = { start: Date.UTC(2000, 0), end: Date.UTC(2004, 0) }, axis?: AxisScale) {
  const host = plainHost();
  const log: string[] = [];
  const zoom = {
    window,
    minSpan: 7 * DAY,
    zoomBy: vi.fn((factor: number, anchor?: number) => void log.push(`zoomBy ${factor}${anchor === undefined ? '' : ' at anchor'}`)),
    zoomTo: vi.fn((_: TimeWindow) => void log.push('zoomTo')),
    fit: vi.fn(() => void log.push('fit')),
    panBy: vi.fn((fraction: number) => void log.push(`panBy ${fraction}`)),
    reveal: vi.fn((start: number) => void log.push(`reveal ${new Date(start).getUTCFullYear()}`)),
  };
  const reveal = { cancel: vi.fn(() => void log.push('cancel reveal')), start: vi.fn((e: { id: string }, panNow?: boolean) => void log.push(`start reveal ${e.id}${panNow ? ' now' : ''}`)) };
  const focus = { heldFor: null as string | null, active: null as string | null, headFor: vi.fn((id: string) => void log.push(`headFor ${id}`)) };
  const select = vi.fn((id: string | null) => void log.push(`select ${id}`));
  const viewport = document.createElement('div');
  viewport.tabIndex = 0;
  for (const e of story.events) {
    const button = document.createElement('button');
    button.setAttribute('part', 'event');
    button.dataset.eventId = e.id;
    viewport.append(button);
  }
  await attach(viewport);
  const navigation = new NavigationController(host, {
    zoom: zoom as unknown as ZoomController,
    reveal: reveal as unknown as RevealController,
    focus: focus as unknown as FocusController,
    events: () => story.events,
    positionOf: (id) => story.positionOf(id),
    select,
    viewport: () => viewport,
    eventIdOf: eventIdOfMark,
    ...(axis && { axis: () => axis }),
  });
  viewport.addEventListener('keydown', navigation.onKeyDown);
  const mark = (id: string) => viewport.querySelector<HTMLElement>(`[data-event-id="${id}"]`)!;
  /** Sends a key; true when the controller took it (prevented its default). */
  const press = (target: HTMLElement, key: string, init: KeyboardEventInit = {}) =>
    !target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  return { host, zoom, reveal, focus, select, navigation, viewport, mark, press, log };
}

describe('NavigationController', () => {
  test('keys on the timeline area run view commands through the command table, each cancelling a reveal first', async () => {
    const { viewport, press, log } = await setup();
    const taken = ['+', '-', '0', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].map((key) => press(viewport, key));
    expect(taken).toEqual([true, true, true, true, true, true, true]);
    expect(log).toEqual([
      'cancel reveal', 'zoomBy 2',
      'cancel reveal', 'zoomBy 0.5',
      'cancel reveal', 'fit',
      'cancel reveal', 'panBy -0.2',
      'cancel reveal', 'panBy 0.2',
      'cancel reveal', 'reveal 2001',
      'cancel reveal', 'reveal 2003',
    ]);
  });

  // A regression from the controller split, caught here: without the cancel, a reveal under way (say,
  // of the selected event) panned the view straight back after Home / End moved it.
  test('Home / End on the timeline area take the view over from a reveal under way', async () => {
    const { viewport, press, log } = await setup();
    press(viewport, 'Home');
    press(viewport, 'End');
    expect(log).toEqual(['cancel reveal', 'reveal 2001', 'cancel reveal', 'reveal 2003']);
  });

  test('keys that are not ours, and modified keys, are left alone', async () => {
    const { viewport, mark, press, log } = await setup();
    expect(press(viewport, 'a')).toBe(false);
    expect(press(viewport, '+', { ctrlKey: true })).toBe(false);
    expect(press(mark('a'), 'Enter'), "Enter on a mark is the button's own").toBe(false);
    expect(log).toEqual([]);
  });

  test('event keys step in time order from the focused mark, bringing the event into view', async () => {
    const { mark, press, log } = await setup();
    expect(press(mark('a'), 'ArrowRight')).toBe(true);
    expect(log).toEqual(['headFor b', 'start reveal b now']);
    log.length = 0;
    press(mark('c'), 'ArrowRight'); // the last: stays
    press(mark('a'), 'ArrowLeft'); // the first: stays
    press(mark('b'), 'End');
    press(mark('b'), 'Home');
    expect(log.filter((l) => l.startsWith('headFor'))).toEqual(['headFor c', 'headFor a', 'headFor c', 'headFor a']);
  });

  test('run steps from the tab stop when no mark is given; from nowhere, nothing happens', async () => {
    const { navigation, focus, log } = await setup();
    navigation.run('next-event');
    expect(log).toEqual([]);
    focus.active = 'b';
    navigation.run('previous-event');
    expect(log).toEqual(['headFor a', 'start reveal a now']);
  });

  test('while the timeline area holds focus for an event, arrows go on from it and Enter opens it', async () => {
    const { viewport, focus, press, log } = await setup();
    focus.heldFor = 'b';
    press(viewport, 'ArrowLeft');
    expect(log).toEqual(['headFor a', 'start reveal a now']);
    log.length = 0;
    expect(press(viewport, 'Enter')).toBe(true);
    expect(log).toEqual(['select b']);
  });

  test('a cluster in a wide view zooms in on its events', async () => {
    const { navigation, zoom, log } = await setup();
    navigation.activateCluster(Date.UTC(2001, 0), Date.UTC(2001, 2), 0);
    expect(log).toEqual(['cancel reveal', 'zoomTo']);
    const to = zoom.zoomTo.mock.calls[0][0];
    expect(to.start).toBeLessThan(Date.UTC(2001, 0));
    expect(to.end).toBeGreaterThan(Date.UTC(2001, 2));
    log.length = 0;
    // A cluster over most of the view steps in around it instead.
    navigation.activateCluster(Date.UTC(2000, 1), Date.UTC(2003, 11), 0);
    expect(log).toEqual(['cancel reveal', 'zoomBy 2 at anchor']);
  });

  test('a cluster at the finest zoom opens its first event', async () => {
    const { navigation, select, log } = await setup({ start: Date.UTC(2002, 0, 1), end: Date.UTC(2002, 0, 8) });
    navigation.activateCluster(Date.UTC(2002, 0, 1), Date.UTC(2002, 0, 2), 1);
    expect(log).toEqual(['cancel reveal', 'select b']);
    expect(select).toHaveBeenCalledExactlyOnceWith('b');
  });

  test('a cluster before there is a window only cancels the reveal; removal from the page cancels it too', async () => {
    const { navigation, log } = await setup(null);
    navigation.activateCluster(0, 1, 0);
    navigation.hostDisconnected();
    expect(log).toEqual(['cancel reveal', 'cancel reveal']);
  });

  test('on a compressed axis, Home and clusters work in axis time', async () => {
    const shift = Date.UTC(2001, 0) - Date.UTC(1990, 0);
    const axis: AxisScale = { mode: 'compressed', gaps: [], toAxis: (t) => t - shift, fromAxis: (p) => p + shift };
    const { viewport, zoom, navigation, press } = await setup({ start: Date.UTC(1989, 0), end: Date.UTC(1993, 0) }, axis);
    press(viewport, 'Home');
    expect(zoom.reveal).toHaveBeenCalledExactlyOnceWith(Date.UTC(1990, 0), story.events[0].calendar.endMs - shift);
    navigation.activateCluster(Date.UTC(2001, 0), Date.UTC(2001, 2), 0);
    const to = zoom.zoomTo.mock.calls[0][0];
    expect(to.start < Date.UTC(1990, 0) && to.end > Date.UTC(1990, 0) + (Date.UTC(2001, 2) - Date.UTC(2001, 0))).toBe(true);
  });
});
