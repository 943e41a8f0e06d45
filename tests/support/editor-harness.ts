import { expect } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../../src/editor/history-timeline-editor';
import type { HistoryTimelineEditor } from '../../src/editor/history-timeline-editor';
import { draftEventFromQuote } from '../../src/authoring/quote-event';
import articleText from '../../data/russia-recognizes-taliban.article.txt?raw';
import { nextFrame, until } from './until';

export { articleText, nextFrame, until };

/** Helpers that drive `<history-timeline-editor>` as a person would: through its labelled controls. */

const mounted: HTMLElement[] = [];
let databases = 0;

/** A fresh database name per test, so drafts of one test never reach another. */
export const freshDatabase = () => `editor-test-${Date.now()}-${databases++}`;

/** Mounts an editor saving to `database` and waits until it has opened its last draft (or a new one). */
export async function mountEditor(database: string, width = 1280): Promise<HistoryTimelineEditor> {
  const container = document.createElement('div');
  container.classList.add('editor-test');
  container.style.width = `${width}px`;
  const el = document.createElement('history-timeline-editor');
  el.database = database;
  container.append(el);
  document.body.append(container);
  mounted.push(container);
  await until(() => el.shadowRoot?.querySelector('#text') !== null, 'the editor opened its draft');
  await el.updateComplete;
  return el;
}

export function unmountEditors(): void {
  for (const container of mounted.splice(0)) container.remove();
}

export function q<T extends Element = HTMLElement>(el: HistoryTimelineEditor, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the editor`);
  return found;
}

export function all<T extends Element = HTMLElement>(el: HistoryTimelineEditor, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The labelled field whose <label> reads `label` (inside `scope`, default the whole editor). */
export function field<T extends HTMLInputElement | HTMLTextAreaElement = HTMLInputElement>(el: HistoryTimelineEditor, label: string, scope?: Element): T {
  const root = scope ?? el.shadowRoot!;
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  if (!found) throw new Error(`no field labelled "${label}"`);
  return (found.control ?? el.shadowRoot!.getElementById(found.htmlFor)) as T;
}

/** The button whose visible text is `text` (inside `scope`). */
export function button(el: HistoryTimelineEditor, text: string, scope?: Element): HTMLButtonElement {
  const root = scope ?? el.shadowRoot!;
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** Types into a field the way a paste does: the whole value at once, then an input event. */
export async function fill(el: HistoryTimelineEditor, input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function click(el: HistoryTimelineEditor, target: HTMLElement): Promise<void> {
  await userEvent.click(target);
  await el.updateComplete;
}

/** The review cards of the drafted events (an <article> each, named by its heading), in order. */
export function cards(el: HistoryTimelineEditor): HTMLElement[] {
  return all(el, '[data-candidate]');
}

/** A card's title, as its heading reads. */
export const titleOf = (card: HTMLElement) => card.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim();

/** The review card of the candidate whose title (its heading) is `title`. */
export function card(el: HistoryTimelineEditor, title: string): HTMLElement {
  const found = cards(el).find((a) => titleOf(a) === title);
  if (!found) throw new Error(`no event "${title}" among ${cards(el).map(titleOf).join(' | ')}`);
  return found;
}

/** Activates a card's title or date, as a person clicks it to edit it in place; returns the field. */
export async function startEditing(el: HistoryTimelineEditor, title: string, what: 'title' | 'date'): Promise<HTMLInputElement> {
  const found = card(el, title);
  const id = found.dataset.candidate!;
  await click(el, found.querySelector<HTMLButtonElement>(what === 'title' ? 'h3 button' : '.meta-line button')!);
  await until(() => el.shadowRoot!.activeElement?.id === `c-${id}-${what}`, `the ${what} of "${title}" is edited in place`);
  return el.shadowRoot!.activeElement as HTMLInputElement;
}

/** Edits a card's title or date in place: click it, type the words (they replace the selected old ones), Enter. */
export async function editInPlace(el: HistoryTimelineEditor, title: string, what: 'title' | 'date', text: string): Promise<void> {
  const input = await startEditing(el, title, what);
  await userEvent.keyboard(text.replace(/[{[]/g, (c) => c + c));
  expect(input.value).toBe(text);
  await userEvent.keyboard('{Enter}');
  await el.updateComplete;
}

/** A card's event is accepted: its Accept toggle is pressed. */
export function isAccepted(el: HistoryTimelineEditor, card: HTMLElement): boolean {
  return button(el, 'Accept', card).getAttribute('aria-pressed') === 'true';
}

/** The <summary> whose text starts with `text` (inside `scope`): a fold the reader opens. */
export function summary(el: HistoryTimelineEditor, text: string, scope?: Element): HTMLElement {
  const found = [...(scope ?? el.shadowRoot!).querySelectorAll<HTMLElement>('summary')].find((s) => s.textContent!.trim().startsWith(text));
  if (!found) throw new Error(`no fold "${text}"`);
  return found;
}

/** The entries of the saved drafts' list. */
export function savedDrafts(el: HistoryTimelineEditor): HTMLLIElement[] {
  return [...summary(el, 'Saved drafts').parentElement!.querySelectorAll('li')];
}

/** Unfolds a card's fields ("Edit this event"), as a person does before editing them; returns the card. */
export async function edit(el: HistoryTimelineEditor, title: string): Promise<HTMLElement> {
  const found = card(el, title);
  const fold = summary(el, 'Edit this event', found);
  if (!(fold.parentElement as HTMLDetailsElement).open) await click(el, fold);
  // The fields are drawn once the details report that they opened.
  await until(() => summary(el, 'Edit this event', card(el, title)).parentElement!.querySelector('input') !== null, `the fields of "${title}" unfolded`);
  return card(el, title);
}

/** Fills the source form with the repository's article and its date, and drafts. */
export async function draftArticle(el: HistoryTimelineEditor, text = articleText): Promise<void> {
  await fill(el, field<HTMLTextAreaElement>(el, 'Article text'), text);
  await fill(el, field(el, 'Title'), 'Russia recognizes the Taliban government');
  await fill(el, field(el, 'Publication date'), '2025-07-03');
  await click(el, button(el, 'Draft events'));
  await until(() => cards(el).length > 0, 'candidates were drafted');
  await el.updateComplete;
}

/** Chooses a file in "Open a file", as the file picker does, and waits until the editor has opened it. */
export async function openFile(el: HistoryTimelineEditor, name: string, text: string): Promise<void> {
  const input = field(el, 'Open a file (.txt, .md or .story.json)');
  const before = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/plain' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent !== before || el.shadowRoot!.querySelector('#draft-error') !== null, `${name} was opened`);
  await el.saved();
  await el.updateComplete;
}

/** Catches an exported file: the blob given to the download link, and the name it is saved as. */
export function catchDownload(): { file: () => Promise<{ name: string; blob: Blob; text: string }>; restore: () => void } {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | null = null;
  let name = '';
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return create(b);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  return {
    file: async () => {
      await until(() => blob !== null && name !== '', 'a file was exported');
      return { name, blob: blob!, text: await blob!.text() };
    },
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/**
 * A new event from the words `quote` of paragraph `paragraph`, as the person sees it: its card
 * holds the quote, its title field has the focus with the title the drafting module drafts for
 * those words selected (typing replaces it), and it is to review while it has no date. Returns
 * the card and the drafted title and date.
 */
export async function expectNewEvent(el: HistoryTimelineEditor, paragraph: string, quote: string): Promise<{ card: HTMLElement; title: string; date: string | null }> {
  await until(() => el.shadowRoot!.activeElement instanceof HTMLInputElement && el.shadowRoot!.activeElement.classList.contains('inline-field'), 'the new title field has the focus');
  const paragraphs = el.story.sources[0].paragraphs;
  const published = field(el, 'Publication date').value;
  const drafted = draftEventFromQuote({ paragraphs, paragraphIndex: paragraphs.findIndex((p) => p.id === paragraph), quote, published });
  const input = el.shadowRoot!.activeElement as HTMLInputElement;
  const added = input.closest<HTMLElement>('[data-candidate]')!;
  expect(input).toBe(field(el, 'Event title', added));
  expect(input.value).toBe(drafted.title);
  expect([input.selectionStart, input.selectionEnd]).toEqual([0, drafted.title.length]);
  expect(added.querySelector('blockquote')!.textContent).toBe(quote);
  expect(isAccepted(el, added)).toBe(drafted.date !== null);
  if (drafted.date === null) expect(added.querySelector('.meta-line')!.textContent).toContain('to review');
  return { card: added, title: drafted.title, date: drafted.date };
}

/** Where `phrase` is drawn in paragraph `id` of the drafted text: the boxes of its first and last characters (client coordinates). */
export function phraseBoxes(el: HistoryTimelineEditor, id: string, phrase: string, occurrence = 0): { first: DOMRect; last: DOMRect } {
  const words = q(el, `[data-paragraph-text="${id}"]`);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = words.textContent!.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`"${phrase}" is not in ${id}`);
  const point = (offset: number): [Text, number] => {
    const walker = document.createTreeWalker(words, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (offset < node.length) return [node, offset];
      offset -= node.length;
    }
    throw new Error('past the end');
  };
  const box = (offset: number) => {
    const range = document.createRange();
    const [node, inNode] = point(offset);
    range.setStart(node, inNode);
    range.setEnd(node, inNode + 1);
    return range.getBoundingClientRect();
  };
  return { first: box(at), last: box(at + phrase.length - 1) };
}

/** Drags the mouse over `phrase` in paragraph `id` of the drafted text, as a person chooses words, and waits until they are offered. */
export async function dragOver(el: HistoryTimelineEditor, id: string, phrase: string): Promise<void> {
  q(el, `[data-paragraph-text="${id}"]`).scrollIntoView({ block: 'center' });
  const { first, last } = phraseBoxes(el, id, phrase);
  await commands.drag(first.left + 1, first.top + first.height / 2, last.right - 1, last.top + last.height / 2, 12);
  await until(() => q(el, '.selection-bar .selected').textContent!.includes(phrase), `"${phrase}" is offered`);
}

/** Chooses `phrase` of paragraph `id` by dragging over it, then "New event from this quote". */
export async function newEventFromDrag(el: HistoryTimelineEditor, id: string, phrase: string): Promise<void> {
  await dragOver(el, id, phrase);
  await click(el, button(el, 'New event from this quote', q(el, '.selection-bar')));
}
