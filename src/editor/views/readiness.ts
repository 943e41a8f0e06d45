import { html, nothing, type TemplateResult } from 'lit';
import type { SourceMeta } from '../document';
import { NAMED_AT_MOST, eventName, needWords, readinessLead, readyToPublish, type Need, type Readiness } from '../readiness';

export interface ReadinessOptions {
  readiness: Readiness;
  /** Goes to the field of event `id` that `need` names, its card scrolled to. */
  onEvent(id: string, need: Need): void;
  /** Goes to the source form's `field`. */
  onSource(field: keyof SourceMeta): void;
}

/**
 * The line beside Export that says, before it is pressed, what stands between the draft and a
 * publishable page, each event named by a button that goes to its field. It is the hint's colour,
 * not red: nothing here is an error until the person acts.
 */
export function renderReadiness(o: ReadinessOptions): TemplateResult {
  const r = o.readiness;
  const named = !readyToPublish(r) && r.accepted > 0 && r.unchecked === 0;
  return html`<div class="readiness" id="export-state" tabindex="-1">
    <p>${readinessLead(r)}</p>
    ${named
      ? html`<ul class="plain">
          ${r.source.map((s) => html`<li><button type="button" class="inline" @click=${() => o.onSource(s.field)}>${s.message}</button></li>`)}
          ${r.groups.map((g) => {
            const shown = g.events.slice(0, NAMED_AT_MOST);
            const more = g.events.length - shown.length;
            return html`<li>
              ${needWords(g)}:
              ${shown.map((e, i) => html`${i ? ', ' : ''}<button type="button" class="inline" @click=${() => o.onEvent(e.id, g.need)}>${eventName(e)}</button>`)}${more > 0 ? ` and ${more} more` : ''}.
            </li>`;
          })}
        </ul>`
      : nothing}
  </div>`;
}
