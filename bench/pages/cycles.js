// bench/lifecycle.ts: create <history-timeline> with a story, let it draw, remove it; again and again.
// Added to ours.html by the benchmark; the page keeps the parsed story and nothing of the elements.
'use strict';
window.benchCycles = {
  story: null,
  errors: 0,
  nodes: 0,

  async load(url) {
    this.story = await bench.loadJson(url);
    return this.story.events.length;
  },

  /** `count` cycles: create, set the story, append, wait for the frame after the draw, remove. */
  async run(count) {
    for (let i = 0; i < count; i++) {
      let el = document.createElement('history-timeline');
      el.setAttribute('style', 'display:block;width:1280px;height:600px');
      el.addEventListener('timeline-error', () => this.errors++);
      el.story = this.story;
      document.body.append(el);
      await el.updateComplete;
      await bench.twoFrames();
      this.nodes = bench.countNodes(el.shadowRoot ?? el);
      el.remove();
      el = null;
    }
    // Whatever the removals queued (disconnected callbacks, observers) runs before the heap is read.
    await bench.twoFrames();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { errors: this.errors, nodes: this.nodes, left: document.querySelectorAll('history-timeline').length };
  },
};
