import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n';
import type { renderKeyEntries } from './key-entries';

/**
 * The key's entries, shown only once the reader unfolds it: they come with the later parts
 * (views/key-entries.ts); until then (or if they cannot load) the key folds away its title alone.
 */
export const keyEntries: { view?: typeof renderKeyEntries } = {};

export interface KeyOptions {
  messages: Translation;
}

/** A short key to the marks, folded away until asked for. */
export function renderKey({ messages: t }: KeyOptions): TemplateResult {
  return html`<details class="key" part="key">
    <summary>${t.t('keySummary')}</summary>
    ${keyEntries.view?.(t) ?? nothing}
  </details>`;
}
