import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ArticleDraft, ArticleField } from '../document';
import { renderField, renderFileInput } from './fields';

export interface ArticleTabsOptions {
  /** The tabs' names: the first article's, then each added one's. */
  names: readonly string[];
  /** The tab shown: 0 is the first article, 1 the first added. */
  active: number;
  onSelect(index: number): void;
  onAdd(): void;
  onAddFile(file: File): void;
}

/** A tab's name: its publisher, else its title, else "Article N". */
export function articleTabName(index: number, publisher: string, title: string): string {
  return publisher.trim() || title.trim() || `Article ${index + 1}`;
}

/** Arrow keys, Home and End move between tabs (the tabs pattern of the ARIA practices): the tab chosen is shown and focused. */
function onTabKey(o: ArticleTabsOptions) {
  return (e: KeyboardEvent) => {
    const last = o.names.length - 1;
    const next = { ArrowRight: o.active + 1, ArrowLeft: o.active - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const index = next < 0 ? last : next > last ? 0 : next;
    o.onSelect(index);
    const list = (e.currentTarget as HTMLElement).closest('[role=tablist]');
    void Promise.resolve().then(() => list?.querySelector<HTMLElement>(`#article-tab-${index}`)?.focus());
  };
}

/** One tab per article above the source column (when there are two or more), and "Add an article" by paste or file. */
export function renderArticleTabs(o: ArticleTabsOptions): TemplateResult {
  const tabs =
    o.names.length > 1
      ? html`<div role="tablist" aria-label="Articles" class="article-tabs">
          ${o.names.map(
            (name, i) =>
              html`<button
                type="button"
                role="tab"
                id=${`article-tab-${i}`}
                aria-selected=${i === o.active ? 'true' : 'false'}
                aria-controls="article-panel"
                tabindex=${i === o.active ? '0' : '-1'}
                @click=${() => o.onSelect(i)}
                @keydown=${onTabKey(o)}
              >
                ${name}
              </button>`,
          )}
        </div>`
      : nothing;
  return html`${tabs}
    <div class="bar add-article">
      <button type="button" id="add-article" @click=${o.onAdd}>Add an article</button>
      <label for="add-article-file">or from a file (.txt, .md)</label>
      ${renderFileInput('add-article-file', '.txt,.md,.markdown,text/plain,text/markdown', o.onAddFile)}
    </div>`;
}

export interface AddedArticleOptions {
  article: ArticleDraft;
  index: number;
  drafting: boolean;
  onField(field: ArticleField, value: string): void;
  onRemove(): void;
  onDraft(): void;
}

/** An added article's form: its text, title, publisher, URL and publication date. */
export function renderAddedArticle(o: AddedArticleOptions): TemplateResult {
  const a = o.article;
  const field = (id: Exclude<ArticleField, 'text'>, label: string, extra: { type?: 'text' | 'url' | 'date'; hint?: string; placeholder?: string } = {}) =>
    renderField({ id: `added-${id}`, label, value: a[id], problems: undefined, onInput: (v) => o.onField(id, v), ...extra });
  return html`<label for="added-text">Article text</label>
    <textarea id="added-text" class="article-input" .value=${live(a.text)} @input=${(e: Event) => o.onField('text', (e.target as HTMLTextAreaElement).value)}></textarea>
    ${field('title', 'Title')} ${field('publisher', 'Publisher')} ${field('url', 'URL', { type: 'url', placeholder: 'https://' })}
    ${field('published', 'Publication date', {
      type: a.published === '' || /^\d{4}-\d{2}-\d{2}$/.test(a.published) ? 'date' : 'text',
      hint: "The day this article was published: its relative dates are read from it.",
    })}
    <div class="bar">
      <button type="button" class="primary" ?disabled=${o.drafting} @click=${o.onDraft}>${o.drafting ? 'Drafting…' : 'Draft events'}</button>
      <button type="button" @click=${o.onRemove}>Remove this article</button>
    </div>`;
}
