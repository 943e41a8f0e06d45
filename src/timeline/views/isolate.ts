import { html, type TemplateResult } from 'lit';

/** Story text in a <bdi>: its own direction inside the element's, so an English title keeps its punctuation in Persian. */
export function isolate(text: unknown): TemplateResult {
  return html`<bdi>${text}</bdi>`;
}
