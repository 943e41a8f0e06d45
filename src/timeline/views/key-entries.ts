import { html, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n';

/** One entry of the key: a sample mark drawn with the marks' own styles, and what it means. */
const ENTRIES: readonly { sample: TemplateResult; text: 'keyDay' | 'keySpan' | 'keyApproximate' | 'keyOpen' | 'keySources' | 'keyDiffer' }[] = [
  { sample: html`<span class="key-mark event" data-shape="point"><span class="shape"></span></span>`, text: 'keyDay' },
  { sample: html`<span class="key-mark event" data-shape="span"><span class="shape"></span></span>`, text: 'keySpan' },
  { sample: html`<span class="key-mark event" data-shape="point" data-approximate><span class="shape"></span></span>`, text: 'keyApproximate' },
  { sample: html`<span class="key-mark event wide" data-shape="span" data-open-start><span class="shape"></span></span>`, text: 'keyOpen' },
  { sample: html`<span class="key-mark event" data-shape="point"><span class="shape"></span><span class="reports">3</span></span>`, text: 'keySources' },
  { sample: html`<span class="key-mark event" data-shape="point"><span class="shape"></span><span class="reports" data-differ>3≠</span></span>`, text: 'keyDiffer' },
];

/** The folded key's entries (views/key.ts draws the key): each sample mark and what it means. */
export function renderKeyEntries(t: Translation): TemplateResult {
  return html`<ul>
    ${ENTRIES.map((entry) => html`<li>${entry.sample}<span>${t.t(entry.text)}</span></li>`)}
  </ul>`;
}
