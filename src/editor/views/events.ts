import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { geometry } from '../../timeline/views/geometry';
import type { CardWindow } from '../card-window';
import type { Candidate } from '../document';
import { inlineEditHint } from './candidate';
import { problemsList } from './fields';
import { count, numeral } from '../words';

export interface EventsOptions {
  /** Every candidate, in time order. */
  ordered: readonly Candidate[];
  /** The cards drawn now, of `ordered`. */
  window: CardWindow;
  /** One sentence on what an opened story keeps with no field here; '' when nothing. */
  kept: string;
  /** Problems with no field here (kept eras, groups, other sources). */
  other: readonly string[];
  /** How many cards to review are ready to accept as they are. */
  ready: number;
  /** How many "Accept all ready" just accepted, while its Undo is offered (0 when not). */
  acceptedReady: number;
  onAcceptReady(): void;
  onUndoAcceptReady(): void;
  renderCard(candidate: Candidate): TemplateResult;
}

/** "Accept all ready (N)", and after it what it did with its Undo; for one card ready, its own Accept does the same. */
function renderAcceptReady(o: EventsOptions): TemplateResult | typeof nothing {
  const offered = o.ready > 1;
  if (!offered && !o.acceptedReady) return nothing;
  return html`<div class="bar accept-ready">
    ${offered
      ? html`<button type="button" id="accept-ready" aria-describedby="accept-ready-hint" @click=${o.onAcceptReady}>Accept all ready (${numeral(o.ready)})</button>`
      : nothing}
    ${o.acceptedReady
      ? html`<span class="done">Accepted ${count(o.acceptedReady, 'event', 'events')}.</span>
          <button type="button" id="undo-accept-ready" @click=${o.onUndoAcceptReady}>Undo</button>`
      : nothing}
  </div>
  <p class="hint" id="accept-ready-hint">Ready: to review, with a date, a title that reads as a headline, and no problem. The others stay to review, each saying why.</p>`;
}

/** The Events pane: how many are accepted, what is kept, and the review cards in time order (those near the view when there are many). */
export function renderEvents(o: EventsOptions): TemplateResult {
  const all = o.ordered.length;
  let [accepted, pending] = [0, 0];
  for (const c of o.ordered) {
    if (c.status === 'accepted') accepted++;
    else if (c.status === 'pending') pending++;
  }
  const drawn = o.ordered.slice(o.window.start, o.window.end);
  return html`<h2 id="events-heading">Events</h2>
    <p class="hint">
      ${all
        ? `${numeral(accepted)} accepted, ${numeral(pending)} to review, ${numeral(all - accepted - pending)} rejected, in time order.`
        : 'Draft events from the text to review them here.'}
    </p>
    ${renderAcceptReady(o)} ${o.kept ? html`<p class="hint">${o.kept}</p>` : nothing} ${problemsList('other-problems', o.other)} ${inlineEditHint}
    <div class="cards" ${geometry({ 'padding-top': `${o.window.before}px`, 'padding-bottom': `${o.window.after}px` })}>
      ${repeat(drawn, (c) => c.id, (c) => o.renderCard(c))}
    </div>`;
}
