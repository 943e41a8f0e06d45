import { html } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ResizeController } from '../../../src/timeline/controllers/resize-controller';
import { attach, createHost, detachAll, nextFrame, until } from '../../support/controller-host';

afterEach(detachAll);

/** A host with one box whose content size the test sets; `which` picks one of two boxes to observe. */
async function mountResize(follows: 'size' | 'width' = 'size') {
  const box = { width: '300px', height: '120px', which: 'first' };
  const host = createHost();
  const onResize = vi.fn();
  const resize = new ResizeController(host, () => host.shadowRoot?.querySelector(`.${box.which}`), onResize, follows);
  host.template = () => html`
    <div class="first" style="width: ${box.width}; height: ${box.height}; padding: 5px"></div>
    <div class="second" style="width: 50px; height: 20px"></div>`;
  await attach(host);
  const set = async (change: Partial<typeof box>) => {
    Object.assign(box, change);
    host.requestUpdate();
    await host.updateComplete;
  };
  const sized = (width: number, height: number) =>
    until(() => resize.size.width === width && resize.size.height === height, `size ${width} × ${height}, got ${resize.size.width} × ${resize.size.height}`);
  return { host, resize, onResize, set, sized };
}

/** Two frames: enough for a ResizeObserver to have reported, if it would. */
const quiet = async () => {
  await nextFrame();
  await nextFrame();
};

describe('ResizeController', () => {
  test("knows the target's content box (padding excluded) after the first update, not a frame later", async () => {
    const { resize, onResize } = await mountResize();
    // Read when the target is first observed, so the first frame painted is drawn at the right size.
    expect(resize.size).toEqual({ width: 300, height: 120 });
    expect(onResize).toHaveBeenCalledExactlyOnceWith({ width: 300, height: 120 });
  });

  test('a change the observer reports asks for an update in the next frame', async () => {
    const { host, onResize, set, sized } = await mountResize();
    await set({ width: '420px' });
    const updates = host.updates;
    await sized(420, 120);
    expect(onResize).toHaveBeenLastCalledWith({ width: 420, height: 120 });
    // The update comes a frame later, outside the observer's delivery (no "ResizeObserver loop").
    await until(() => host.updates > updates, 'the host updated after the resize');
  });

  test('follows changes; a change that rounds to the same size is not reported', async () => {
    const { onResize, set, sized } = await mountResize();
    await sized(300, 120);
    await set({ width: '420px' });
    await sized(420, 120);
    expect(onResize).toHaveBeenCalledTimes(2);
    await set({ width: '420.2px' });
    await quiet();
    expect(onResize).toHaveBeenCalledTimes(2);
  });

  test('following the width, a change of height alone asks for no update', async () => {
    const { host, resize, set, sized } = await mountResize('width');
    await set({ height: '200px' });
    const updates = host.updates;
    await until(() => resize.size.height === 200, 'the new height is known');
    await quiet();
    expect(host.updates, 'no update for the height').toBe(updates);
    await set({ width: '420px' });
    await sized(420, 200);
    await until(() => host.updates > updates + 1, 'the host updated for the width');
  });

  test('a size expected before the box reaches it asks for no update when the box does', async () => {
    const { host, resize, onResize, set } = await mountResize();
    resize.expect({ width: 300, height: 200 });
    await set({ height: '200px' });
    const updates = host.updates;
    await quiet();
    expect(resize.size).toEqual({ width: 300, height: 200 });
    expect(host.updates).toBe(updates);
    expect(onResize).toHaveBeenCalledOnce();
  });

  test('a size expected that the box does not reach is reported, though the box did not change', async () => {
    const { host, resize, sized } = await mountResize();
    await sized(300, 120);
    const updates = host.updates;
    resize.expect({ width: 300, height: 200 });
    await sized(300, 120);
    await until(() => host.updates > updates, 'the host updated at the real size');
  });

  test('a host laid out hidden reports 0 × 0, then the real size once shown', async () => {
    const { host, sized } = await mountResize();
    await sized(300, 120);
    host.style.display = 'none';
    await sized(0, 0);
    host.style.display = '';
    await sized(300, 120);
  });

  test('observes the new element when the target changes', async () => {
    const { set, sized } = await mountResize();
    await sized(300, 120);
    await set({ which: 'second' });
    await sized(50, 20);
  });

  test('stops observing when the host leaves the page, and observes again when it comes back', async () => {
    const { host, onResize, set, sized } = await mountResize();
    await sized(300, 120);
    host.remove();
    await set({ width: '200px' });
    await quiet();
    expect(onResize).toHaveBeenCalledOnce();
    document.body.append(host);
    await sized(200, 120);
    expect(onResize).toHaveBeenCalledTimes(2);
  });
});
