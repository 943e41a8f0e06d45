import { html, type TemplateResult } from 'lit';

/** One entry of the key: a sample mark drawn with the marks' own styles, and what it means. */
const ENTRIES: readonly { sample: TemplateResult; text: string }[] = [
  { sample: html`<span class="key-mark event" data-shape="point"><span class="shape"></span></span>`, text: 'A day' },
  { sample: html`<span class="key-mark event" data-shape="span"><span class="shape"></span></span>`, text: 'A month, a year or a period' },
  { sample: html`<span class="key-mark event" data-shape="point" data-approximate><span class="shape"></span></span>`, text: 'An approximate or uncertain date (uncertain ones end with “(?)”)' },
  { sample: html`<span class="key-mark event wide" data-shape="span" data-open-start><span class="shape"></span></span>`, text: 'Known only to have happened by then (“By 1994:”), or from then on' },
  { sample: html`<span class="key-mark event" data-shape="point" data-inferred><span class="shape"></span></span>`, text: 'A date the source does not state: inferred, with a note in the detail' },
];

/** A short key to the marks, folded away until asked for. */
export function renderKey(): TemplateResult {
  return html`<details class="key" part="key">
    <summary>How to read the marks</summary>
    <ul>
      ${ENTRIES.map((entry) => html`<li>${entry.sample}<span>${entry.text}</span></li>`)}
    </ul>
  </details>`;
}
