import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Paragraph } from '../../model/types';
import type { EditCommand } from '../edit-commands';
import type { Candidate } from '../document';
import { dateFeedback, type ProblemsByField } from '../problems';
import { problemsList, renderField } from './fields';
import { renderParagraphPicker } from './paragraph-picker';
import type { TextSelection } from './article';

export interface CandidateOptions {
  candidate: Candidate;
  problems: ProblemsByField;
  paragraphs: Map<string, Paragraph>;
  /** The candidates it can be merged with. */
  others: readonly Candidate[];
  locale: string;
  /** What the card says about fields kept with no field here (group, unknown fields); '' when none. */
  kept: string;
  /** The fields are unfolded ("Edit this event"); folded, they are not rendered at all. */
  unfolded: boolean;
  onToggle(open: boolean): void;
  run(command: EditCommand): void;
  onNewEvent(selection: TextSelection): void;
}

function renderDate(o: CandidateOptions, prefix: string): TemplateResult {
  const c = o.candidate;
  const feedback = dateFeedback(c.date, o.locale);
  const problems = feedback.ok ? (o.problems.date ?? []) : [feedback.error];
  const invalid = problems.length > 0;
  const id = `${prefix}-date`;
  return html`<label for=${id}>Date (EDTF)</label>
    <input
      id=${id}
      type="text"
      .value=${live(c.date)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${`${id}-feedback`}
      @input=${(e: Event) => o.run({ type: 'set-field', id: c.id, field: 'date', value: (e.target as HTMLInputElement).value })}
    />
    <div id=${`${id}-feedback`}>
      ${feedback.ok ? html`<p class="ok">Reads as: <strong>${feedback.phrase}</strong></p>` : nothing}
      ${problemsList(`${id}-problems`, problems)}
    </div>
    <p class="hint">For example 2021-08-15, 2021-08, 1994, ../1994 (by 1994), 1996-09~ (about), 2001/2005.</p>`;
}

function renderQuote(o: CandidateOptions, prefix: string, index: number): TemplateResult {
  const citation = o.candidate.citations[index];
  return html`<p class="label" id=${`${prefix}-quote-${index}`}>Quote from ${citation.paragraph}</p>
    <blockquote aria-labelledby=${`${prefix}-quote-${index}`}>${citation.quote}</blockquote>
    ${problemsList(`${prefix}-quote-${index}-problems`, o.problems[`quote:${index}`])}`;
}

/** The cited paragraph, whose words can be selected (by mouse or caret) to change the quote. */
function renderPicker(o: CandidateOptions, prefix: string, index: number): TemplateResult | typeof nothing {
  const c = o.candidate;
  const paragraph = o.paragraphs.get(c.citations[index].paragraph);
  if (!paragraph) return nothing;
  return html`<div class="citation">
    ${renderParagraphPicker({
      id: `${prefix}-picker-${index}`,
      label: `Paragraph ${paragraph.id}: select words, then use them`,
      paragraph,
      actions: [
        { text: 'Use selection as quote', onPick: (picked) => o.run({ type: 'set-quote', id: c.id, citation: index, quote: picked.quote }) },
        { text: 'New event from this quote', onPick: o.onNewEvent },
      ],
    })}
    ${c.citations.length > 1
      ? html`<button type="button" @click=${() => o.run({ type: 'remove-citation', id: c.id, citation: index })}>Remove this citation</button>`
      : nothing}
  </div>`;
}

function renderMerge(o: CandidateOptions, prefix: string): TemplateResult | typeof nothing {
  if (o.others.length === 0) return nothing;
  const selectId = `${prefix}-merge`;
  const merge = (e: Event) => {
    const select = ((e.currentTarget as Element).getRootNode() as ShadowRoot).getElementById(selectId) as HTMLSelectElement | null;
    if (select?.value) o.run({ type: 'merge', into: o.candidate.id, from: select.value });
  };
  return html`<label for=${selectId}>Merge another event into this one</label>
    <div class="bar">
      <select id=${selectId}>
        ${o.others.map((other) => html`<option value=${other.id}>${other.title || other.id} (${other.date || 'no date'})</option>`)}
      </select>
      <button type="button" @click=${merge}>Merge</button>
    </div>`;
}

/** Everything that can be edited: title, summary, date, inferred and its note, the quotes, merge. */
function renderFields(o: CandidateOptions, prefix: string): TemplateResult {
  const c = o.candidate;
  return html`${renderField({ id: `${prefix}-title`, label: 'Event title', value: c.title, problems: o.problems.title, onInput: (value) => o.run({ type: 'set-field', id: c.id, field: 'title', value }) })}
    ${renderField({ id: `${prefix}-summary`, label: 'Summary', multiline: true, value: c.summary, problems: o.problems.summary, onInput: (value) => o.run({ type: 'set-field', id: c.id, field: 'summary', value }) })}
    ${renderDate(o, prefix)}
    <label class="check">
      <input
        type="checkbox"
        .checked=${live(c.dateBasis === 'inferred')}
        @change=${(e: Event) => o.run({ type: 'set-inferred', id: c.id, inferred: (e.target as HTMLInputElement).checked })}
      />
      Date inferred (the source does not state it)
    </label>
    ${renderField({
      id: `${prefix}-note`,
      label: 'Date note',
      multiline: true,
      value: c.dateNote,
      problems: o.problems.dateNote,
      hint: c.dateBasis === 'inferred' ? 'Required: say how the date was worked out.' : 'How the date was read from the text.',
      onInput: (value) => o.run({ type: 'set-field', id: c.id, field: 'dateNote', value }),
    })}
    ${problemsList(`${prefix}-problems`, [...(o.problems.event ?? []), ...(o.problems.id ?? []), ...(o.problems.citations ?? [])])}
    ${c.citations.map((_, i) => renderPicker(o, prefix, i))} ${renderMerge(o, prefix)}`;
}

/** One candidate: Accept and Reject, its quotes and date note, and, unless rejected, its fields, paragraphs and merge to edit. */
export function renderCandidate(o: CandidateOptions): TemplateResult {
  const c = o.candidate;
  const prefix = `c-${c.id}`;
  const heading = `${prefix}-heading`;
  const feedback = dateFeedback(c.date, o.locale);
  const setStatus = (status: Candidate['status']) => o.run({ type: 'set-status', id: c.id, status: c.status === status ? 'pending' : status });
  return html`<article class=${`candidate ${c.status}`} aria-labelledby=${heading} data-candidate=${c.id}>
    <header>
      <div>
        <h3 id=${heading}>${c.title || 'Untitled event'}</h3>
        <p class="meta-line">${feedback.ok ? feedback.phrase : 'No valid date'} · ${c.status === 'pending' ? 'to review' : c.status}</p>
      </div>
      <div class="bar">
        <button type="button" aria-pressed=${c.status === 'accepted' ? 'true' : 'false'} aria-describedby=${heading} @click=${() => setStatus('accepted')}>Accept</button>
        <button type="button" aria-pressed=${c.status === 'rejected' ? 'true' : 'false'} aria-describedby=${heading} @click=${() => setStatus('rejected')}>Reject</button>
      </div>
    </header>
    ${c.status === 'rejected'
      ? nothing
      : html`${c.citations.map((_, i) => renderQuote(o, prefix, i))}
          ${c.dateNote ? html`<p class="hint">${c.dateBasis === 'inferred' ? 'Inferred: ' : ''}${c.dateNote}</p>` : nothing}
          ${o.kept ? html`<p class="hint">${o.kept}</p>` : nothing}
          <details class="edit" ?open=${o.unfolded} @toggle=${(e: Event) => o.onToggle((e.target as HTMLDetailsElement).open)}>
            <summary>Edit this event</summary>
            ${o.unfolded ? renderFields(o, prefix) : nothing}
          </details>`}
  </article>`;
}
