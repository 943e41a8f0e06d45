import { html, svg } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { OverviewController } from '../../../src/timeline/controllers/overview-controller';
import type { ZoomController } from '../../../src/timeline/controllers/zoom-controller';
import type { TimeWindow } from '../../../src/layout/time-window';
import { attach, createHost, detachAll } from '../../support/controller-host';

afterEach(detachAll);

const WIDTH = 500;
const bounds: TimeWindow = { start: 0, end: 1000 };

/** The overview over a stand-in zoom whose window the test sets. */
async function mountOverview(window: TimeWindow = { start: 200, end: 300 }) {
  const zoom = { bounds, window, minSpan: 10, zoomTo: vi.fn() };
  const state = { shown: true };
  const onUserMove = vi.fn();
  const host = createHost();
  const group = () => host.shadowRoot?.querySelector<SVGGElement>('g.brush');
  const overview = new OverviewController(host, {
    zoom: zoom as unknown as ZoomController,
    group: () => (state.shown ? group() : null),
    width: () => WIDTH,
    height: () => 30,
    onUserMove,
    describe: (w) => `${w.start} to ${w.end}`,
  });
  host.afterUpdate = () => overview.draw();
  host.template = () => html`<svg width=${WIDTH} height="30" style="display: block">${state.shown ? svg`<g class="brush"></g>` : null}</svg>`;
  await attach(host);
  // d3-brush's own markup: the window it draws, which the controller makes a slider.
  const slider = () => group()!.querySelector<SVGRectElement>('.selection')!;
  const press = (key: string, init: KeyboardEventInit = {}) =>
    !slider().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  const redraw = async () => {
    host.requestUpdate();
    await host.updateComplete;
  };
  return { host, zoom, state, onUserMove, overview, group, slider, press, redraw };
}

describe('OverviewController', () => {
  test("shows the main view's window on the strip as a labelled slider, without sending it back", async () => {
    const { zoom, slider, redraw } = await mountOverview();
    const rect = slider();
    expect(Number(rect.getAttribute('x'))).toBeCloseTo(100, 0);
    expect(Number(rect.getAttribute('width'))).toBeCloseTo(50, 0);
    expect(rect.getAttribute('role')).toBe('slider');
    expect(rect.getAttribute('tabindex')).toBe('0');
    expect(rect.getAttribute('aria-valuetext')).toBe('200 to 300');
    expect(rect.getAttribute('aria-valuenow')).toBe('25');
    zoom.window = { start: 500, end: 700 };
    await redraw();
    expect(Number(slider().getAttribute('x'))).toBeCloseTo(250, 0);
    expect(zoom.zoomTo).not.toHaveBeenCalled();
  });

  test('arrow keys move the window, Shift + arrows resize it, Home and End go to the ends', async () => {
    const { zoom, onUserMove, press } = await mountOverview();
    expect(press('ArrowRight')).toBe(true);
    expect(zoom.zoomTo).toHaveBeenLastCalledWith({ start: 210, end: 310 }, false);
    press('ArrowLeft', { shiftKey: true });
    expect(zoom.zoomTo).toHaveBeenLastCalledWith({ start: 200, end: 280 }, false);
    press('Home');
    expect(zoom.zoomTo).toHaveBeenLastCalledWith({ start: 0, end: 100 }, false);
    press('End');
    expect(zoom.zoomTo).toHaveBeenLastCalledWith({ start: 900, end: 1000 }, false);
    expect(onUserMove).toHaveBeenCalledTimes(4);
    expect(press('ArrowRight', { ctrlKey: true }), 'modified keys are not ours').toBe(false);
    expect(press('a')).toBe(false);
    expect(zoom.zoomTo).toHaveBeenCalledTimes(4);
  });

  test('dragging the window pans the main view', async () => {
    const { zoom, onUserMove, slider } = await mountOverview();
    const box = slider().getBoundingClientRect();
    const y = box.top + box.height / 2;
    await commands.drag(box.left + box.width / 2, y, box.left + box.width / 2 + 100, y);
    expect(onUserMove).toHaveBeenCalled();
    const last: TimeWindow = zoom.zoomTo.mock.lastCall![0];
    expect(last.start).toBeCloseTo(400, -1);
    expect(last.end - last.start).toBeCloseTo(100, -1);
  });

  test('when the strip is hidden it lets go of it', async () => {
    const { state, group, redraw } = await mountOverview();
    const g = group()!;
    expect(g.childElementCount).toBeGreaterThan(0);
    state.shown = false;
    await redraw();
    expect(g.childElementCount, "d3-brush's nodes removed").toBe(0);
  });
});
