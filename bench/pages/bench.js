// Page-side helpers shared by ours.html and vis.html: loading data, frame gaps, heap.
'use strict';
window.bench = {
  twoFrames() {
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  },

  async loadJson(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    return response.json();
  },

  /** Starts an rAF loop that records the time between consecutive animation frames. */
  startFrames() {
    const state = { gaps: [], running: true, last: performance.now(), started: performance.now() };
    const tick = () => {
      const now = performance.now();
      state.gaps.push(now - state.last);
      state.last = now;
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__frames = state;
  },

  /** Lets the frames that handle the last input land, then stops the loop and returns the gaps. */
  async stopFrames() {
    await window.bench.twoFrames();
    const state = window.__frames;
    state.running = false;
    return { gaps: state.gaps, durationMs: performance.now() - state.started };
  },

  /** Used JS heap after a forced full GC (needs --js-flags=--expose-gc and --enable-precise-memory-info). */
  async heap() {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (typeof window.gc === 'function') {
      window.gc();
      window.gc();
    }
    return {
      usedJSHeapSize: performance.memory ? performance.memory.usedJSHeapSize : null,
      forcedGc: typeof window.gc === 'function',
    };
  },

  /** Element count as a sanity check that something was drawn. */
  countNodes(root) {
    return root ? root.querySelectorAll('*').length : 0;
  },
};
