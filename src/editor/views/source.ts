import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { SourceMeta } from '../document';
import type { ProblemsByField } from '../problems';
import { renderField, renderFileInput } from './fields';
import { timeZoneSuggestions } from '../time-zones';
import { count } from '../words';

export interface SourceOptions {
  meta: SourceMeta;
  text: string;
  /** The text is drawn in the next frame (a big story just opened): the field waits, read-only. */
  textLater: boolean;
  problems: ProblemsByField;
  /** Why the last "Draft events" could not draft (no text, relative dates without a date). */
  draftError: string;
  changedSinceDraft: boolean;
  drafting: boolean;
  report: string;
  /** What the last opened story held that could not be read. */
  openNotes: readonly string[];
  /** How many of the text's lines go on with a sentence cut before them (see broken-lines.ts). */
  brokenLines: number;
  onJoinLines(): void;
  onMeta(field: keyof SourceMeta, value: string): void;
  /** A field was left: its problems show from now on. */
  onTouch(field: keyof SourceMeta): void;
  onText(text: string): void;
  onFile(file: File): void;
  onDraft(): void;
}

/** Every IANA time zone the browser knows, as suggestions; drawn once. */
const renderTimeZones = () =>
  guard([], () => html`<datalist id="time-zones">${timeZoneSuggestions(Intl.supportedValuesOf?.('timeZone') ?? []).map((zone) => html`<option value=${zone}></option>`)}</datalist>`);

/** The source form: the article's text (pasted or opened), its title, publisher, URL and date, and "Draft events". */
export function renderSource(o: SourceOptions): TemplateResult {
  const publishedProblems = [...(o.problems.published ?? []), ...(o.draftError.startsWith('The text has relative dates') ? [o.draftError] : [])];
  return html`<label for="file">Open a file (.txt, .md or .story.json)</label>
    ${renderFileInput('file', '.txt,.md,.markdown,.json,text/plain,text/markdown,application/json', o.onFile)}
    <label for="text">Article text</label>
    <textarea
      id="text"
      class="article-input"
      .value=${live(o.text)}
      ?readonly=${o.textLater}
      aria-busy=${o.textLater ? 'true' : nothing}
      aria-describedby="text-hint"
      @input=${(e: Event) => o.onText((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint" id="text-hint">Paste the article: one paragraph per line, or paragraphs separated by blank lines.</p>
    ${o.brokenLines
      ? html`<p class="hint" id="broken-lines">
          ${count(o.brokenLines, 'line goes', 'lines go')} on with a sentence cut before ${o.brokenLines === 1 ? 'it' : 'them'} (as text copied from a table or a PDF comes):
          each piece would be drafted as a paragraph of its own.
          <button type="button" aria-describedby="broken-lines" @click=${o.onJoinLines}>Join broken lines</button>
        </p>`
      : nothing}
    ${o.changedSinceDraft ? html`<p class="hint">The text changed after drafting: Draft events again to use it.</p>` : nothing}
    ${renderField({ id: 'title', label: 'Title', value: o.meta.title, problems: o.problems.title, onInput: (v) => o.onMeta('title', v), onBlur: () => o.onTouch('title'), hint: "The story's title, and the article's unless given below." })}
    ${renderField({
      id: 'article-title',
      label: "The article's own title (optional)",
      value: o.meta.articleTitle,
      problems: o.problems.articleTitle,
      onInput: (v) => o.onMeta('articleTitle', v),
      onBlur: () => o.onTouch('articleTitle'),
      hint: 'When the article was published under another title than the story’s.',
    })}
    ${renderField({ id: 'publisher', label: 'Publisher', value: o.meta.publisher, problems: o.problems.publisher, onInput: (v) => o.onMeta('publisher', v), onBlur: () => o.onTouch('publisher') })}
    ${renderField({ id: 'url', label: 'URL', type: 'url', value: o.meta.url, problems: o.problems.url, placeholder: 'https://', onInput: (v) => o.onMeta('url', v), onBlur: () => o.onTouch('url') })}
    ${renderField({
      id: 'published',
      label: 'Publication date',
      // A native date field holds a day; a story opened with a month or year keeps it as text until it is changed.
      type: o.meta.published === '' || /^\d{4}-\d{2}-\d{2}$/.test(o.meta.published) ? 'date' : 'text',
      value: o.meta.published,
      problems: publishedProblems,
      hint: 'The day the article was published. Needed to draft a text with relative dates ("last year", "in April this year"): they are read from it.',
      onInput: (v) => o.onMeta('published', v),
      onBlur: () => o.onTouch('published'),
    })}
    ${renderField({
      id: 'time-zone',
      label: 'Time zone (optional)',
      value: o.meta.timeZone,
      list: 'time-zones',
      placeholder: 'Asia/Kolkata',
      problems: o.problems.timeZone,
      hint: 'Where the article\'s times of day are: "at 6:04 pm" is then read as 6:04 pm there. Filled in when the article names its zone ("IST"). Type a city to see the names.',
      onInput: (v) => o.onMeta('timeZone', v),
      onBlur: () => o.onTouch('timeZone'),
    })}
    ${renderTimeZones()}
    <div class="bar">
      <button type="button" class="primary" id="draft" ?disabled=${o.drafting} aria-describedby=${o.draftError ? 'draft-error' : nothing} @click=${o.onDraft}>
        ${o.drafting ? 'Drafting…' : 'Draft events'}
      </button>
    </div>
    <div role="alert">${o.draftError ? html`<p class="problem" id="draft-error">${o.draftError}</p>` : nothing}</div>
    ${o.openNotes.length ? html`<ul class="plain">${o.openNotes.map((note) => html`<li class="hint">${note}</li>`)}</ul>` : nothing}
    ${o.report ? html`<p class="hint">${o.report}</p>` : nothing}`;
}
