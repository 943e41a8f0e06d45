import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n';

export interface LiveBarOptions {
  follow: boolean;
  paused: boolean;
  /** Updates since the reader moved away from the latest. */
  unseen: number;
  /** Updates held back while paused. */
  queued: number;
  /** The batches' summaries, newest last. */
  log: readonly string[];
  togglePause(): void;
  jumpToLatest(): void;
  messages: Translation;
}

/**
 * A live story's bar: Pause / Resume (WCAG 2.2.2) with the count held back, the "3 new updates"
 * button when the reader has moved away from the latest, and a polite log of each batch.
 */
export function renderLiveBar(options: LiveBarOptions): TemplateResult {
  const { messages: t } = options;
  return html`<div class="live-bar" part="live-bar" role="group" aria-label=${t.t('liveControls')}>
    <button class="tool live-pause" type="button" aria-pressed=${options.paused ? 'true' : 'false'} @click=${options.togglePause}>${t.t(options.paused ? 'liveResume' : 'livePause')}</button>
    ${options.paused && options.queued ? html`<span class="live-queued">${t.plural('liveQueued', options.queued)}</span>` : nothing}
    ${!options.follow && options.unseen ? html`<button class="tool live-latest" type="button" @click=${options.jumpToLatest}>${t.plural('liveNewUpdates', options.unseen)}</button>` : nothing}
    <div class="live" role="log" aria-live="polite">${options.log.map((line) => html`<p>${line}</p>`)}</div>
  </div>`;
}
