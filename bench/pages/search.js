// bench/search.ts: the time from a keystroke in <history-timeline>'s search field to the painted
// frame that shows its matches. Added to ours.html by the benchmark after the first render.
'use strict';
window.benchSearch = {
  pending: null,
  /** The last announcement seen while waiting, for the report when the wait times out. */
  seen: null,

  /**
   * Resolves once the page has given `quiet` idle callbacks in a row a near-full budget (the
   * element indexes the story for search in idle time), or after `limitMs`: true if it went idle.
   */
  idle(quiet, limitMs) {
    const until = performance.now() + limitMs;
    return new Promise((resolve) => {
      let inRow = 0;
      const check = (deadline) => {
        inRow = deadline.timeRemaining() >= 40 ? inRow + 1 : 0;
        if (inRow >= quiet) resolve(true);
        else if (performance.now() > until) resolve(false);
        else requestIdleCallback(check);
      };
      requestIdleCallback(check);
    });
  },

  /** The element's search announcement ("3 of 16 events match", "No event matches …"), or null. */
  announcement(el) {
    const live = [...el.shadowRoot.querySelectorAll('[role="status"]')].map((node) => node.textContent.trim());
    return live.find((text) => /\bmatch/i.test(text)) ?? null;
  },

  /** The numbers in an announcement, separators removed: "8,123 of 100,000" → [8123, 100000]; none → [0]. */
  counts(text) {
    const numbers = (text.match(/\d[\d,.\u00a0\u202f]*/g) ?? []).map((n) => Number(n.replace(/\D/g, '')));
    return numbers.length ? numbers : [0];
  },

  /**
   * Arms the clock for the next keystroke. It starts at the keydown's timestamp (when the browser
   * received the key) and stops at the second animation frame after the element shows `query`
   * with `expected` matches in its announcement: the frame after the one that painted them.
   */
  arm(query, expected) {
    const el = document.querySelector('history-timeline');
    let startedAt = null;
    el.addEventListener('keydown', (event) => (startedAt ??= event.timeStamp), { capture: true, once: true });
    this.pending = new Promise((resolve) => {
      el.addEventListener(
        'input',
        async () => {
          let said = null;
          for (;;) {
            await el.updateComplete;
            said = this.seen = this.announcement(el);
            if (el.search === query && said !== null && this.counts(said)[0] === expected) break;
            await new Promise((frame) => requestAnimationFrame(frame));
          }
          await bench.twoFrames();
          const ms = performance.now() - startedAt;
          const marks = el.shadowRoot.querySelectorAll('[part~="event"]');
          const dimmed = el.shadowRoot.querySelectorAll('[part~="event"][data-match="false"]');
          resolve({ ms, said, marks: marks.length, dimmed: dimmed.length });
        },
        { once: true },
      );
    });
  },

  result() {
    return this.pending;
  },
};
