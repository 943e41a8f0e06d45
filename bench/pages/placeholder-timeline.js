// Harness self-test only (npm run bench -- --ours-module bench/pages/placeholder-timeline.js):
// a trivial stand-in with the element's API (story, updateComplete). Never a source of real figures.
class PlaceholderTimeline extends HTMLElement {
  #story = null;
  updateComplete = Promise.resolve(true);
  set story(value) {
    this.#story = value;
    this.updateComplete = new Promise((resolve) =>
      queueMicrotask(() => {
        this.#render();
        resolve(true);
      }),
    );
  }
  get story() {
    return this.#story;
  }
  connectedCallback() {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
  }
  #render() {
    const root = this.shadowRoot;
    root.replaceChildren();
    for (const event of (this.#story?.events ?? []).slice(0, 200)) {
      const div = document.createElement('div');
      div.textContent = event.title;
      root.append(div);
    }
  }
}
customElements.define('history-timeline', PlaceholderTimeline);
