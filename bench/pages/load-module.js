// The built element, then ready (an external module: load-strict.html allows no inline script).
try {
  await import('/dist/history-timeline.js');
  if (!customElements.get('history-timeline')) throw new Error('/dist/history-timeline.js did not define <history-timeline>');
  if (!window.benchError) window.benchReady = true;
} catch (error) {
  window.benchError = `could not load /dist/history-timeline.js: ${error && error.stack ? error.stack : error}`;
}
