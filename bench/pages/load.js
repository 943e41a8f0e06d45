// bench/load.ts: load a story by `src` into a fresh <history-timeline>, recording every long task,
// what the progress bar said, and when the first marks were drawn. An external file, so that
// load-strict.html's policy (no inline script) applies to the page as a publisher's would.
'use strict';
window.benchLongTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch (error) {
  window.benchError = `no longtask PerformanceObserver in this browser: ${error}`;
}

window.benchLoad = (src) =>
  new Promise((resolve) => {
    const el = document.createElement('history-timeline');
    el.className = 'bench-timeline';
    const errors = [];
    el.addEventListener('timeline-error', (e) => errors.push(JSON.stringify(e.detail).slice(0, 300)));
    const bars = [];
    const started = performance.now();
    el.src = src;
    document.body.append(el);
    const watch = () => {
      const root = el.shadowRoot;
      const bar = root && root.querySelector('[role="progressbar"]');
      if (bar) {
        const said = `${bar.getAttribute('aria-label')}: ${bar.getAttribute('aria-valuenow') ?? 'indeterminate'}`;
        if (bars[bars.length - 1] !== said) bars.push(said);
      }
      if (root && root.querySelector('[part~="event"], [part~="cluster"]')) {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const ended = performance.now();
            // Late tasks (idle-time search indexing) land within a second; they count too.
            setTimeout(() => resolve({ started, drawnMs: ended - started, bars, errors, events: el.events.length }), 1000);
          }),
        );
        return;
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
