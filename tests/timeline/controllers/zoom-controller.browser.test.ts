import { html } from 'lit';
import { afterEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { ZoomController } from '../../../src/timeline/controllers/zoom-controller';
import type { TimeWindow } from '../../../src/layout/time-window';
import { WEEK_MS } from '../../../src/model/time-constants';
import { attach, createHost, detachAll, nextFrame, until } from '../../support/controller-host';

afterEach(detachAll);

const YEAR = 365.25 * 86_400_000;
const bounds: TimeWindow = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2010, 0, 1) };
const WIDTH = 800;
const span = (w: TimeWindow | null) => w!.end - w!.start;

/** Windows equal to within a millisecond per pixel (d3-zoom works in pixels). */
function expectWindow(actual: TimeWindow | null, expected: TimeWindow) {
  const tolerance = span(expected) / WIDTH;
  expect(actual).not.toBeNull();
  expect(Math.abs(actual!.start - expected.start), `start ${new Date(actual!.start).toISOString()}`).toBeLessThan(tolerance);
  expect(Math.abs(actual!.end - expected.end), `end ${new Date(actual!.end).toISOString()}`).toBeLessThan(tolerance);
}

async function mountZoom(options: { wheelZoom?: boolean; bounds?: TimeWindow | null } = {}) {
  const settings = { wheelZoom: options.wheelZoom ?? false };
  const host = createHost();
  const onWindowChange = vi.fn();
  const onUserGesture = vi.fn();
  const target = () => host.shadowRoot?.querySelector<HTMLElement>('.viewport');
  const zoom = new ZoomController(host, {
    target,
    width: () => WIDTH,
    height: () => 200,
    wheelZoom: () => settings.wheelZoom,
    onWindowChange,
    onUserGesture,
  });
  host.template = () => html`<div class="viewport" style="width: ${WIDTH}px; height: 200px; touch-action: none"></div>`;
  await attach(host);
  if (options.bounds !== null) {
    zoom.setBounds(options.bounds ?? bounds);
    await until(() => onWindowChange.mock.calls.length > 0, 'the bounds were reported');
  }
  const centre = () => {
    // Other test files share this page and may leave it scrolled: bring the target into the window.
    target()!.scrollIntoView({ block: 'center', inline: 'center' });
    const box = target()!.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  };
  return { host, zoom, settings, onWindowChange, onUserGesture, viewport: () => target()!, centre };
}

async function frames(n: number) {
  for (let i = 0; i < n; i++) await nextFrame();
}

describe('ZoomController', () => {
  test('no window before a story; setBounds shows the bounds and reports them in the next frame', async () => {
    const { zoom, onWindowChange } = await mountZoom({ bounds: null });
    expect(zoom.window).toBeNull();
    zoom.setBounds(bounds);
    expectWindow(zoom.window, bounds);
    expect(onWindowChange).not.toHaveBeenCalled();
    await until(() => onWindowChange.mock.calls.length > 0, 'reported in a frame');
    expect(onWindowChange).toHaveBeenCalledOnce();
    expectWindow(onWindowChange.mock.calls[0][0], bounds);
  });

  test('a window asked for before the story arrives is shown once it does, within the bounds', async () => {
    const { zoom, onWindowChange } = await mountZoom({ bounds: null });
    zoom.zoomTo({ start: Date.UTC(2008, 0), end: Date.UTC(2012, 0) });
    expect(zoom.window).toBeNull();
    zoom.setBounds(bounds);
    await until(() => onWindowChange.mock.calls.length > 0, 'the window was shown and reported');
    expectWindow(zoom.window, { start: Date.UTC(2006, 0), end: bounds.end });
  });

  test('zoomTo without animation moves at once, clamped to the bounds and the narrowest span', async () => {
    const { zoom } = await mountZoom();
    const w = { start: Date.UTC(2003, 0), end: Date.UTC(2005, 0) };
    zoom.zoomTo(w, false);
    expectWindow(zoom.window, w);
    zoom.zoomTo({ start: Date.UTC(2009, 0), end: Date.UTC(2012, 0) }, false);
    expectWindow(zoom.window, { start: Date.UTC(2007, 0), end: bounds.end });
    zoom.zoomTo({ start: Date.UTC(2004, 0, 1), end: Date.UTC(2004, 0, 2) }, false);
    expect(span(zoom.window)).toBeCloseTo(zoom.minSpan, -3);
    expect(zoom.minSpan).toBe(WEEK_MS);
  });

  test('zoomBy around the centre or an anchor, panBy a share of the span, fit shows the bounds', async () => {
    const { zoom } = await mountZoom();
    zoom.zoomBy(2, undefined, false);
    expectWindow(zoom.window, { start: bounds.start + span(bounds) / 4, end: bounds.end - span(bounds) / 4 });
    const before = zoom.window!;
    zoom.panBy(-0.25, false);
    expectWindow(zoom.window, { start: before.start - span(before) / 4, end: before.end - span(before) / 4 });
    const anchor = zoom.window!.start; // the left edge stays put
    zoom.zoomBy(2, anchor, false);
    expect(Math.abs(zoom.window!.start - anchor)).toBeLessThan(span(zoom.window) / WIDTH);
    zoom.fit(false);
    expectWindow(zoom.window, bounds);
  });

  test('reveal pans the least to show a range, and leaves a shown range alone', async () => {
    const { zoom } = await mountZoom();
    zoom.zoomTo({ start: Date.UTC(2001, 0), end: Date.UTC(2002, 0) }, false);
    zoom.reveal(Date.UTC(2001, 5), Date.UTC(2001, 6), false);
    expectWindow(zoom.window, { start: Date.UTC(2001, 0), end: Date.UTC(2002, 0) });
    zoom.reveal(Date.UTC(2004, 0), Date.UTC(2004, 1), false);
    const w = zoom.window!;
    expect(span(w) / YEAR).toBeCloseTo(1, 2);
    expect(w.end).toBeGreaterThan(Date.UTC(2004, 1));
    expect(w.start).toBeGreaterThan(Date.UTC(2003, 0));
  });

  test('many moves in one frame: one update and one report, of the last window', async () => {
    const { host, zoom, onWindowChange } = await mountZoom();
    onWindowChange.mockClear();
    const updates = host.updates;
    for (let year = 2001; year <= 2005; year++) zoom.zoomTo({ start: Date.UTC(year, 0), end: Date.UTC(year + 1, 0) }, false);
    await until(() => onWindowChange.mock.calls.length > 0, 'the moves were reported');
    // An absence: a second report or update would come a frame later.
    await nextFrame();
    expect(onWindowChange).toHaveBeenCalledOnce();
    expectWindow(onWindowChange.mock.calls[0][0], { start: Date.UTC(2005, 0), end: Date.UTC(2006, 0) });
    expect(host.updates).toBe(updates + 1);
  });

  test('a frame that finds its window drawn already (markDrawn) asks for no update', async () => {
    const { host, zoom, onWindowChange } = await mountZoom();
    const updates = host.updates;
    const w = { start: Date.UTC(2002, 0), end: Date.UTC(2003, 0) };
    zoom.zoomTo(w, false);
    zoom.markDrawn(zoom.window);
    // The update it would ask for comes in the frame that reports the move.
    await until(() => onWindowChange.mock.calls.length === 2, 'the move was reported');
    expect(host.updates).toBe(updates);
    expect(onWindowChange).toHaveBeenCalledTimes(2);
  });

  test('an animated move: moving while it runs, at the target after, then an update for work that waited', async () => {
    const { host, zoom } = await mountZoom();
    // As the element does: each update draws the window, so frames that find it drawn ask for none.
    const movingAtUpdate: boolean[] = [];
    host.beforeRender = () => {
      zoom.markDrawn(zoom.window);
      movingAtUpdate.push(zoom.moving);
    };
    const to = { start: Date.UTC(2004, 0), end: Date.UTC(2005, 0) };
    zoom.zoomTo(to);
    expect(zoom.moving).toBe(true);
    await until(() => !zoom.moving, 'the animation ended');
    expectWindow(zoom.window, to);
    await until(() => movingAtUpdate.at(-1) === false, 'an update once the move is over');
    expect(movingAtUpdate.length).toBeGreaterThan(3);
    expect(movingAtUpdate.at(-1), 'an update once the move is over').toBe(false);
  });

  test('with reduced motion a move is not animated', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    onTestFinished(() => commands.emulateMedia({ reducedMotion: null }));
    const { zoom } = await mountZoom();
    zoom.zoomTo({ start: Date.UTC(2004, 0), end: Date.UTC(2005, 0) });
    expect(zoom.moving).toBe(false);
    expectWindow(zoom.window, { start: Date.UTC(2004, 0), end: Date.UTC(2005, 0) });
  });

  describe('gestures (real input)', () => {
    test('Ctrl + wheel zooms in; the reader takes over the view', async () => {
      const { zoom, onUserGesture, centre } = await mountZoom();
      const { x, y } = centre();
      await commands.wheel(x, y, 0, -200, ['ctrl']);
      await until(() => span(zoom.window) < span(bounds) * 0.9, 'the window narrowed');
      expect(onUserGesture).toHaveBeenCalled();
    });

    test('a plain wheel scrolls the page unless wheel-zoom is set', async () => {
      const { zoom, settings, centre } = await mountZoom();
      const { x, y } = centre();
      await commands.wheel(x, y, 0, -200);
      // An absence: the frames in which a zoom would have moved the window.
      await frames(3);
      expectWindow(zoom.window, bounds);
      settings.wheelZoom = true;
      await commands.wheel(x, y, 0, -200);
      await until(() => span(zoom.window) < span(bounds) * 0.9, 'the window narrowed');
    });

    test('Shift + wheel and a drag pan without zooming', async () => {
      const { zoom, onUserGesture, centre } = await mountZoom();
      zoom.zoomTo({ start: Date.UTC(2004, 0), end: Date.UTC(2005, 0) }, false);
      const { x, y } = centre();
      const start = zoom.window!.start;
      await commands.wheel(x, y, 0, 100, ['shift']);
      await until(() => zoom.window!.start > start, 'panned towards the future');
      expect(onUserGesture).toHaveBeenCalled();
      const after = zoom.window!.start;
      await commands.drag(x, y, x + 200, y);
      await until(() => zoom.window!.start < after, 'dragged towards the past');
      expect(span(zoom.window) / YEAR, 'the span is unchanged').toBeCloseTo(1, 2);
    });

    test('a double click zooms in around the pointer', async () => {
      const { zoom, viewport } = await mountZoom();
      await userEvent.dblClick(viewport(), { position: { x: WIDTH / 4, y: 100 } });
      await until(() => !zoom.moving && span(zoom.window) < span(bounds) * 0.6, 'zoomed in');
      const anchor = bounds.start + span(bounds) / 4;
      const w = zoom.window!;
      expect((anchor - w.start) / span(w)).toBeCloseTo(0.25, 1);
    });
  });

  test('a removal keeps the window and detaches; back on the page, gestures work again', async () => {
    const { host, zoom, centre } = await mountZoom();
    const w = { start: Date.UTC(2002, 0), end: Date.UTC(2004, 0) };
    zoom.zoomTo(w, false);
    const parent = host.parentNode!;
    host.remove();
    expectWindow(zoom.window, w);
    expect(zoom.moving).toBe(false);
    parent.append(host);
    await host.updateComplete;
    // An absence: coming back must not move the window in the next frame.
    await frames(1);
    expectWindow(zoom.window, w);
    const { x, y } = centre();
    await commands.wheel(x, y, 0, -200, ['ctrl']);
    await until(() => span(zoom.window) < span(w) * 0.9, 'zoomed after coming back');
  });
});
