import { LitElement, html, css } from 'lit';
import { customElement } from 'lit/decorators.js';

/** Placeholder, replaced by the real element. */
@customElement('history-timeline')
export class HistoryTimeline extends LitElement {
  static override styles = css`:host { display: block; }`;
  override render() {
    return html`<div part="base">history-timeline</div>`;
  }
}
