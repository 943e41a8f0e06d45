import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { geometry } from '../../timeline/views/geometry';
import type { CardWindow } from '../card-window';
import type { Candidate } from '../document';
import { inlineEditHint } from './candidate';
import { problemsList } from './fields';
import { numeral } from '../words';

export interface EventsOptions {
  /** Every candidate, in time order. */
  ordered: readonly Candidate[];
  /** The cards drawn now, of `ordered`. */
  window: CardWindow;
  /** One sentence on what an opened story keeps with no field here; '' when nothing. */
  kept: string;
  /** Problems with no field here (kept eras, groups, other sources). */
  other: readonly string[];
  renderCard(candidate: Candidate): TemplateResult;
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
    ${o.kept ? html`<p class="hint">${o.kept}</p>` : nothing} ${problemsList('other-problems', o.other)} ${inlineEditHint}
    <div class="cards" ${geometry({ 'padding-top': `${o.window.before}px`, 'padding-bottom': `${o.window.after}px` })}>
      ${repeat(drawn, (c) => c.id, (c) => o.renderCard(c))}
    </div>`;
}
