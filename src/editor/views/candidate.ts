import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Paragraph } from '../../model/types';
import type { EditCommand } from '../edit-commands';
import type { Candidate } from '../document';
import type { DateReading } from '../date-input';
import type { ProblemsByField } from '../problems';
import { problemsList, renderField } from './fields';
import { renderParagraphPicker } from './paragraph-picker';
import { renderPicture } from './picture';
import { picturePath } from '../picture';
import type { TextSelection } from './article';
import type { CardSources } from '../card-sources';

/** A title or date being edited in place on its card: the words typed, not saved yet. */
export interface InPlaceEdit {
  id: string;
  field: 'title' | 'date';
  value: string;
}

export interface CandidateOptions {
  candidate: Candidate;
  /** The problems to show now (after the field was touched, or Draft or Export pressed). */
  problems: ProblemsByField;
  /** The article's paragraphs, and its source id. */
  paragraphs: Map<string, Paragraph>;
  sourceId: string;
  /** Who reports it and with which dates (and whether they differ). */
  sources: CardSources;
  /** The events it can be merged with: its neighbours in time. */
  mergeChoices: readonly Candidate[];
  /** The event asked to be merged into this one, waiting for the person to confirm. */
  merging: Candidate | null;
  /** The id the event is exported with, for links to it (`#event=…`), and whether an export froze it; asked for only when the fields are unfolded. */
  link(): { id: string; frozen: boolean };
  /** What the card says about fields kept with no field here (group, unknown fields); '' when none. */
  kept: string;
  /** Why a card to review is not ready to accept as it is ([] when it is; null when not known, or not to review). */
  notReady: readonly string[] | null;
  /** The title or date being edited in place on this card, if any. */
  editing: InPlaceEdit | null;
  /** The fields are unfolded ("Edit this event"); folded, they are not rendered at all. */
  unfolded: boolean;
  readDate(text: string): DateReading;
  onToggle(open: boolean): void;
  run(command: EditCommand): void;
  onNewEvent(selection: TextSelection): void;
  /** Starts editing the title or date in place, with `value` in the field. */
  onEdit(edit: InPlaceEdit | null): void;
  /** Saves the edit in place (Enter; or leaving the field, which names its edit: a field Enter replaced by the next one saves nothing then). */
  onSaveEdit(left?: InPlaceEdit): void;
  /** A picture file chosen or dropped for this event. */
  onPictureFile(file: File): void;
  onMergeAsk(from: string): void;
  onMergeAnswer(merge: boolean): void;
  onTouch(field: string): void;
}

const HINT_ID = 'inline-edit-hint';

/** The shared description of every title and date shown on a card: they are buttons that edit in place. */
export const inlineEditHint = html`<p class="visually-hidden" id=${HINT_ID}>Activate to edit it here; Enter saves, Escape cancels.</p>`;

function editKeys(o: CandidateOptions) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      o.onSaveEdit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      o.onEdit(null);
    }
  };
}

/** The title: a heading that is a button; activated, a field in its place. */
function renderTitle(o: CandidateOptions, prefix: string): TemplateResult {
  const c = o.candidate;
  const editing = o.editing?.field === 'title' ? o.editing : null;
  const heading = html`<h3 id=${`${prefix}-heading`}>
    ${editing
      ? html`<label class="visually-hidden" for=${`${prefix}-title`}>Event title</label>
          <input
            id=${`${prefix}-title`}
            class="inline-field"
            type="text"
            .value=${live(editing.value)}
            aria-describedby=${`${prefix}-title-hint`}
            @input=${(e: Event) => o.onEdit({ ...editing, value: (e.target as HTMLInputElement).value })}
            @keydown=${editKeys(o)}
            @blur=${() => o.onSaveEdit(editing)}
          />`
      : html`<button type="button" class="inline" aria-describedby=${HINT_ID} @click=${() => o.onEdit({ id: c.id, field: 'title', value: c.title })}>
          ${c.title || 'Untitled event'}
        </button>`}
  </h3>`;
  return html`${heading}
    ${editing
      ? html`<p class="hint" id=${`${prefix}-title-hint`}>Enter saves${c.date.trim() ? '' : ' and goes on to its date'}, Escape cancels.</p>`
      : nothing}
    ${problemsList(`${prefix}-title-problems`, o.problems.title)}`;
}

/** The date as it reads, a button; activated, a field with what the words typed read as. */
function renderDate(o: CandidateOptions, prefix: string): TemplateResult {
  const c = o.candidate;
  const status = c.status === 'pending' ? 'to review' : c.status;
  const editing = o.editing?.field === 'date' ? o.editing : null;
  const saved = o.readDate(c.date);
  if (!editing) {
    return html`<p class="meta-line">
        <button type="button" class="inline" aria-describedby=${HINT_ID} @click=${() => o.onEdit({ id: c.id, field: 'date', value: c.date })}>
          ${!c.date.trim() ? 'No date yet: add one' : saved.ok ? saved.reads : c.date}
        </button>
        · ${status}
      </p>
      ${problemsList(`${prefix}-date-problems`, o.problems.date)}`;
  }
  const reading = o.readDate(editing.value);
  const id = `${prefix}-date`;
  return html`<div class="inline-date">
    <label for=${id}>Date</label>
    <input
      id=${id}
      class="inline-field"
      type="text"
      .value=${live(editing.value)}
      aria-invalid=${reading.ok ? 'false' : 'true'}
      aria-describedby=${`${id}-reads ${id}-hint`}
      @input=${(e: Event) => o.onEdit({ ...editing, value: (e.target as HTMLInputElement).value })}
      @keydown=${editKeys(o)}
      @blur=${() => o.onSaveEdit(editing)}
    />
    <p id=${`${id}-reads`} class=${reading.ok ? 'ok' : 'problem'}>${reading.ok ? html`Reads as: <strong>${reading.reads}</strong>` : reading.message}</p>
    <p class="hint" id=${`${id}-hint`}>Enter saves, Escape cancels. As you would write it: 27 October 2022, Oct 2022, 27/10/2022, 2022, by 1994, about 1996, the 1990s, 1990 to 1995.</p>
  </div>`;
}

function renderQuote(o: CandidateOptions, prefix: string, index: number): TemplateResult {
  const c = o.candidate;
  const citation = c.citations[index];
  const several = o.sources.sources.length > 1;
  const from = several ? `${o.sources.sources.find((s) => s.id === citation.source)?.name ?? citation.source}, ${citation.paragraph}` : citation.paragraph;
  return html`<p class="label" id=${`${prefix}-quote-${index}`}>Quote from ${from}</p>
    <blockquote aria-labelledby=${`${prefix}-quote-${index}`}>${citation.quote}</blockquote>
    ${c.citations.length > 1 && c.status !== 'rejected'
      ? html`<button type="button" class="split" aria-describedby=${`${prefix}-quote-${index}`} @click=${() => o.run({ type: 'split', id: c.id, citation: index })}>Split off into its own event</button>`
      : nothing}
    ${problemsList(`${prefix}-quote-${index}-problems`, o.problems[`quote:${index}`])}`;
}

/** The cited paragraph, whose words can be selected (by mouse or caret) to change the quote. */
function renderPicker(o: CandidateOptions, prefix: string, index: number): TemplateResult | typeof nothing {
  const c = o.candidate;
  // A quote from another source of an opened story is kept as it is: its paragraphs are not here.
  const paragraph = c.citations[index].source === o.sourceId ? o.paragraphs.get(c.citations[index].paragraph) : undefined;
  if (!paragraph) return nothing;
  return html`<div class="citation">
    ${renderParagraphPicker({
      id: `${prefix}-picker-${index}`,
      label: `Paragraph ${paragraph.id}: select words, then use them`,
      paragraph,
      actions: [
        {
          text: 'Use selection as quote',
          onPick: (picked) => {
            o.onTouch(`quote:${index}`);
            o.run({ type: 'set-quote', id: c.id, citation: index, quote: picked.quote });
          },
        },
        { text: 'New event from this quote', onPick: o.onNewEvent },
      ],
    })}
    ${c.citations.length > 1
      ? html`<button type="button" @click=${() => o.run({ type: 'remove-citation', id: c.id, citation: index })}>Remove this citation</button>`
      : nothing}
  </div>`;
}

/** A short view of an event, for the merge question: title, date, quotes. */
function eventGist(c: Candidate, readDate: CandidateOptions['readDate']): TemplateResult {
  const date = readDate(c.date);
  return html`<div class="gist">
    <p><strong>${c.title || 'Untitled event'}</strong></p>
    <p class="hint">${date.ok ? date.reads : c.date}</p>
    ${c.citations.map((citation) => html`<blockquote>${citation.quote}</blockquote>`)}
  </div>`;
}

function renderMerge(o: CandidateOptions, prefix: string): TemplateResult | typeof nothing {
  const c = o.candidate;
  if (o.merging) {
    const from = o.merging;
    return html`<div class="merge-question" role="group" aria-labelledby=${`${prefix}-merge-question`}>
      <p id=${`${prefix}-merge-question`} tabindex="-1"><strong>Merge “${from.title || 'Untitled event'}” into “${c.title || 'Untitled event'}”?</strong></p>
      <div class="merge-pair">${eventGist(c, o.readDate)}${eventGist(from, o.readDate)}</div>
      <p class="hint">
        One event stays, titled “${c.title || 'Untitled event'}”, with the quotes of both and the more precise of the two dates; the other is
        removed. Undo brings it back.
      </p>
      <div class="bar">
        <button type="button" class="primary" @click=${() => o.onMergeAnswer(true)}>Merge these two</button>
        <button type="button" @click=${() => o.onMergeAnswer(false)}>Cancel</button>
      </div>
    </div>`;
  }
  if (o.mergeChoices.length === 0) return nothing;
  const selectId = `${prefix}-merge`;
  const ask = (e: Event) => {
    const select = ((e.currentTarget as Element).getRootNode() as ShadowRoot).getElementById(selectId) as HTMLSelectElement | null;
    if (select?.value) o.onMergeAsk(select.value);
  };
  return html`<label for=${selectId}>Merge another event into this one</label>
    <div class="bar">
      <select id=${selectId}>
        ${o.mergeChoices.map((other) => {
          const date = o.readDate(other.date);
          return html`<option value=${other.id}>${other.title || 'Untitled event'} (${date.ok ? date.reads : other.date})</option>`;
        })}
      </select>
      <button type="button" @click=${ask}>Merge…</button>
    </div>`;
}

/** Fields whose problems show beside a field of their own; every other problem (the event's, a kept group's, …) shows once under the fields. */
const FIELDS_SHOWN = new Set(['title', 'date', 'summary', 'dateNote', 'media']);
const problemsWithoutField = (problems: ProblemsByField): string[] =>
  Object.entries(problems).flatMap(([field, messages]) => (FIELDS_SHOWN.has(field) || field.startsWith('quote:') ? [] : messages));

/** The fields behind "Edit this event": summary, inferred and its note, the quotes, merge. */
function renderFields(o: CandidateOptions, prefix: string): TemplateResult {
  const c = o.candidate;
  const link = o.link();
  const set = (field: 'summary' | 'dateNote') => (value: string) => {
    o.onTouch(field);
    o.run({ type: 'set-field', id: c.id, field, value });
  };
  return html`${renderField({ id: `${prefix}-summary`, label: 'Summary', multiline: true, value: c.summary, problems: o.problems.summary, onInput: set('summary') })}
    <p class="hint link">
      Link: <code>#event=${link.id}</code>
      ${link.frozen ? '(kept since it was exported, so published links work)' : '(follows the title until the story is first exported)'}
    </p>
    <label class="check">
      <input
        type="checkbox"
        .checked=${live(c.dateBasis === 'inferred')}
        @change=${(e: Event) => {
          o.onTouch('dateNote');
          o.run({ type: 'set-inferred', id: c.id, inferred: (e.target as HTMLInputElement).checked });
        }}
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
      onInput: set('dateNote'),
    })}
    ${renderPicture({
      prefix,
      path: c.media?.file ? picturePath(link.id, c.media.file) : '',
      picture: c.media,
      problems: o.problems.media,
      onField: (field, value) => o.run({ type: 'set-picture-field', id: c.id, field, value }),
      onFile: o.onPictureFile,
      onRemove: () => o.run({ type: 'set-picture', id: c.id, picture: null }),
      onTouch: () => o.onTouch('media'),
    })}
    ${problemsList(`${prefix}-problems`, problemsWithoutField(o.problems))}
    ${c.citations.map((_, i) => renderPicker(o, prefix, i))}`;
}

/** "Sources: A (13 March 2023) · B (14 March 2023)" and "Sources differ: …", when two or more sources report the event. */
function renderSources(sources: CardSources): TemplateResult | typeof nothing {
  if (sources.sources.length < 2) return nothing;
  return html`<p class="sources">Sources: ${sources.sources.map((s) => (s.date ? `${s.name} (${s.date})` : s.name)).join(' · ')}</p>
    ${sources.differ ? html`<p class="differ">${sources.differ}</p>` : nothing}`;
}

/**
 * One candidate: Accept and Reject at the same place on every card, the title and the date
 * (each edited in place), the quotes and date note, and, unless rejected, "Edit this event" with
 * its other fields and merge.
 */
export function renderCandidate(o: CandidateOptions): TemplateResult {
  const c = o.candidate;
  const prefix = `c-${c.id}`;
  const heading = `${prefix}-heading`;
  const setStatus = (status: Candidate['status']) => o.run({ type: 'set-status', id: c.id, status: c.status === status ? 'pending' : status });
  // A picture file dropped anywhere on the card becomes its picture.
  const onDragOver = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };
  const onDrop = (e: DragEvent) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    o.onPictureFile(file);
  };
  return html`<article class=${`candidate ${c.status}`} aria-labelledby=${heading} data-candidate=${c.id} @dragover=${onDragOver} @drop=${onDrop}>
    <header>
      <div class="decision">
        <button type="button" aria-pressed=${c.status === 'accepted' ? 'true' : 'false'} aria-describedby=${heading} @click=${() => setStatus('accepted')}>Accept</button>
        <button type="button" aria-pressed=${c.status === 'rejected' ? 'true' : 'false'} aria-describedby=${heading} @click=${() => setStatus('rejected')}>Reject</button>
      </div>
      <div class="headline">
        ${renderTitle(o, prefix)} ${renderDate(o, prefix)}
        ${o.notReady?.length ? html`<p class="hint not-ready" id=${`${prefix}-not-ready`}>To review: ${o.notReady.join(' ')}</p>` : nothing}
      </div>
    </header>
    ${c.status === 'rejected'
      ? nothing
      : html`${renderSources(o.sources)} ${c.citations.map((_, i) => renderQuote(o, prefix, i))}
          ${c.dateNote ? html`<p class="hint">${c.dateBasis === 'inferred' ? 'Inferred: ' : ''}${c.dateNote}</p>` : nothing}
          ${o.kept ? html`<p class="hint">${o.kept}</p>` : nothing} ${o.merging ? renderMerge(o, prefix) : nothing}
          <details class="edit" ?open=${o.unfolded} @toggle=${(e: Event) => o.onToggle((e.target as HTMLDetailsElement).open)}>
            <summary>Edit this event</summary>
            ${o.unfolded ? html`${renderFields(o, prefix)} ${o.merging ? nothing : renderMerge(o, prefix)}` : nothing}
          </details>`}
  </article>`;
}
