import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n';
import type { Problem } from '../../model/types';

export interface ProblemsOptions {
  /** A failed load, in one sentence. */
  loadError: string | null;
  loading: boolean;
  /** A story is shown (it may have no events). */
  hasStory: boolean;
  eventCount: number;
  problems: readonly Problem[];
  retry(): void;
  messages: Translation;
}

/** The notice lists this many problems at most: 200,000 `<li>` took a 2.2 s task. All are in `timeline-error`. */
export const MAX_LISTED_PROBLEMS = 50;

/**
 * What went wrong, or what is going on: a failed load with Retry (saying so when the story below
 * is the previous one), loading (over a story already shown, too), no events, or the story's problems.
 */
export function renderProblems(options: ProblemsOptions): TemplateResult | typeof nothing {
  const t = options.messages;
  if (options.loadError) {
    return html`<div class="message error" part="error" role="alert">
      <p>${options.loadError}</p>
      ${options.hasStory ? html`<p>${t.t('previousStoryShown')}</p>` : nothing}
      <button class="tool" type="button" @click=${options.retry}>${t.t('retry')}</button>
    </div>`;
  }
  if (options.loading && !options.hasStory) return html`<p class="message" role="status">${t.t('loading')}</p>`;
  const loadingOver = options.loading ? html`<p class="message" role="status">${t.t('loadingOverStory')}</p>` : nothing;
  const problems = options.problems;
  const empty = options.hasStory && !options.eventCount
    ? html`<p class="message" role="status">${t.t('noEventsToShow')}</p>`
    : nothing;
  if (!problems.length) return html`${loadingOver}${empty}`;
  const invalid = new Set<string>();
  for (const p of problems) {
    // A warning leaves its event shown.
    const event = p.severity === 'warning' ? undefined : /^events\[\d+\]/.exec(p.path)?.[0];
    if (event) invalid.add(event);
  }
  const summary = invalid.size
    ? t.plural('invalidEvents', invalid.size)
    : t.plural('storyProblems', problems.length);
  return html`${loadingOver}${empty}<details class="message notice" part="notice">
    <summary>${summary}</summary>
    <ul>
      ${problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => html`<li><code>${p.path || t.t('wholeStory')}</code>: ${p.message}</li>`)}
      ${problems.length > MAX_LISTED_PROBLEMS ? html`<li class="more">${t.plural('moreProblems', problems.length - MAX_LISTED_PROBLEMS)}</li>` : nothing}
    </ul>
  </details>`;
}
