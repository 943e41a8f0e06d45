import type { MultiDraftResult } from '../../authoring/multi-draft';
import type { Drafter } from '../drafting/drafter';
import { count } from '../words';
import type { EditorInternals } from './editor-internals';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A draft's articles beyond the first: a tab each, added by paste or file (its header lines read),
 * removed with their quotes, and drafted together, each against its own publication date.
 */
export class Articles {
  constructor(
    private readonly editor: EditorInternals,
    private readonly drafter: Drafter,
  ) {}

  /** Shows article `index`'s tab (0 the first, 1 the first added). */
  selectArticle(index: number): void {
    this.editor.show({ article: Math.max(0, Math.min(index, this.editor.docs.doc.articles.length)) });
  }

  /** Adds an article (empty to paste into, or a file's text with its header lines read) and shows its tab. */
  addArticle(text = '', fields: Partial<Record<'title' | 'publisher' | 'url' | 'published', string>> = {}): void {
    this.editor.run({ type: 'add-article', article: { title: '', publisher: '', url: '', published: '', ...fields, text } });
    const index = this.editor.docs.doc.articles.length;
    this.editor.show({ article: index, announcement: `Article ${index + 1} added: paste its text and give its publisher and date, then Draft events.` });
    void this.editor.host.updateComplete.then(() => this.editor.host.renderRoot.querySelector<HTMLElement>(fields.title ? '#article-tab-' + index : '#added-text')?.focus());
  }

  async addArticleFile(file: File): Promise<void> {
    const { readArticleHeader } = await import('../../authoring/article-header');
    const header = readArticleHeader(await file.text());
    this.addArticle(header.text.replace(/^\s+/, ''), { title: file.name.replace(/\.[^.]+$/, ''), ...header.fields });
  }

  removeArticle(index: number): void {
    if (this.editor.run({ type: 'remove-article', index: index - 1 })) this.editor.show({ article: 0, announcement: 'Article removed, with the quotes from it (Undo brings it back).' });
  }

  /** Drafts every article, each against its own publication date, merging what they report alike. */
  async draftAll(): Promise<void> {
    const doc = this.editor.docs.doc;
    const inputs = [
      { text: doc.text, published: doc.meta.published.trim() || undefined, publisher: doc.meta.publisher, url: doc.meta.url, title: doc.meta.articleTitle || doc.meta.title, id: doc.sourceId },
      ...doc.articles.map((a) => ({ text: a.text, published: a.published.trim() || undefined, publisher: a.publisher, url: a.url, title: a.title, id: a.sourceId })),
    ];
    const empty = inputs.findIndex((a) => !/\S/.test(a.text));
    if (empty >= 0) {
      this.editor.show({ draftError: `Article ${empty + 1} has no text: paste it, or remove the article, before drafting.`, article: empty });
      return;
    }
    this.editor.show({ drafting: true });
    let result: MultiDraftResult;
    try {
      result = await this.drafter.articles(inputs, { title: doc.meta.title, timeZone: doc.meta.timeZone.trim() || undefined });
    } catch (error) {
      this.editor.show({ drafting: false, draftError: `The articles could not be drafted: ${error instanceof Error ? error.message : String(error)}` });
      return;
    } finally {
      this.editor.show({ drafting: false });
    }
    const undated = result.articles.findIndex((r, i) => r.unresolved.length > 0 && !inputs[i].published);
    if (undated >= 0) {
      this.editor.show({ article: undated, draftError: `Article ${undated + 1} has relative dates (“${result.articles[undated].unresolved[0].phrase}”): give its publication date to draft them.` });
      return;
    }
    this.editor.show({ draftError: '' });
    await nextTask();
    const replaced = this.editor.docs.doc.candidates.length;
    this.editor.run({ type: 'draft-many', result, text: doc.text, texts: doc.articles.map((a) => a.text) });
    this.editor.revealProblems();
    this.editor.show({ announcement: `${count(result.story.events.length, 'event', 'events')} proposed from ${count(inputs.length, 'article', 'articles')}, to review under Events${replaced ? ' (Undo brings back the ones drafted before)' : ''}.` });
  }
}
