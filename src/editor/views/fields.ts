import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { count } from '../words';

/** A labelled field with its hint and problems, tied together by ids so a screen reader reads them. */
export interface FieldOptions {
  id: string;
  label: string;
  value: string;
  hint?: string;
  problems?: readonly string[];
  type?: 'text' | 'url' | 'date';
  multiline?: boolean;
  placeholder?: string;
  /** Id of a <datalist> of suggestions. */
  list?: string;
  onInput(value: string): void;
  /** The field was left: its problems show from now on. */
  onBlur?(): void;
}

/** A list shows this many problems at most, then says how many more there are. */
export const SHOWN_PROBLEMS = 50;

/** Problems as a list: the first SHOWN_PROBLEMS, then "and N more". */
export function problemsList(id: string, problems: readonly string[] | undefined): TemplateResult | typeof nothing {
  if (!problems?.length) return nothing;
  const more = problems.length - SHOWN_PROBLEMS;
  return html`<ul class="plain" id=${id}>
    ${problems.slice(0, SHOWN_PROBLEMS).map((p) => html`<li class="problem">${p}</li>`)}
    ${more > 0 ? html`<li class="hint">and ${count(more, 'more problem', 'more problems')}.</li>` : nothing}
  </ul>`;
}

export function renderField(o: FieldOptions): TemplateResult {
  const invalid = (o.problems?.length ?? 0) > 0;
  const described = [o.hint ? `${o.id}-hint` : '', invalid ? `${o.id}-problems` : ''].filter(Boolean).join(' ');
  const onInput = (e: Event) => o.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<label for=${o.id}>${o.label}</label>
    ${o.multiline
      ? html`<textarea
          id=${o.id}
          rows="3"
          .value=${live(o.value)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${described || nothing}
          @input=${onInput}
          @blur=${() => o.onBlur?.()}
        ></textarea>`
      : html`<input
          id=${o.id}
          type=${o.type ?? 'text'}
          .value=${live(o.value)}
          placeholder=${o.placeholder ?? nothing}
          list=${o.list ?? nothing}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${described || nothing}
          @input=${onInput}
          @blur=${() => o.onBlur?.()}
        />`}
    ${o.hint ? html`<p class="hint" id=${`${o.id}-hint`}>${o.hint}</p>` : nothing} ${problemsList(`${o.id}-problems`, o.problems)}`;
}

/** A file input whose chosen file goes to `onFile`; it is cleared, so choosing the same file again counts. */
export function renderFileInput(id: string, accept: string, onFile: (file: File) => void): TemplateResult {
  return html`<input
    id=${id}
    type="file"
    accept=${accept}
    @change=${(e: Event) => {
      const input = e.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file) onFile(file);
      input.value = '';
    }}
  />`;
}
