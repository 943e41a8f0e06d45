import { expect } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { DateTime } from 'luxon';
import '../../src/index';
import type { HistoryTimeline, TimelineSelectDetail } from '../../src/timeline/history-timeline';
import { validateStory } from '../../src/model/validate';
import { renderStaticHtml } from '../../src/render/static-html';
import articleStory from '../../data/russia-recognizes-taliban.story.json';
import { nextFrame, until } from './until';

export { articleStory, nextFrame, until };

/**
 * Waits for the update that follows a synchronous change (a property, select(), a click): Lit's
 * update, the frame the element draws in, and the update that frame asks for. Not for motion:
 * wait for a moving view with atRest() or for a state with until().
 */
export async function settle(el: HistoryTimeline): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/** Waits until the view has not moved for a few frames: a reveal or an animation is over. */
export async function atRest(el: HistoryTimeline, frames = 4): Promise<void> {
  let last = JSON.stringify(el.view);
  let still = 0;
  await until(() => {
    const now = JSON.stringify(el.view);
    still = now === last ? still + 1 : 0;
    last = now;
    return still >= frames;
  }, 'the view came to rest');
  await el.updateComplete;
}

export interface MountOptions {
  story?: unknown;
  src?: string;
  width?: number;
  attributes?: Record<string, string>;
  /** Called on the element before it is attached. */
  before?: (el: HistoryTimeline) => void;
  /** How long the first drawing may take (a huge story validates for a while). */
  timeoutMs?: number;
}

const mounted: HTMLElement[] = [];

/**
 * A timeline in a container of the given width, on the page but not waited for: for what happens
 * before a drawing, or instead of one. `setup` runs before it is attached.
 */
export function place(setup: (el: HistoryTimeline) => void = () => {}, width = 1000): HistoryTimeline {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  const el = document.createElement('history-timeline');
  setup(el);
  container.append(el);
  document.body.append(container);
  mounted.push(container);
  return el;
}

/** Where the element is placed and what shows it has drawn: a selector in its shadow root. */
export interface PlaceOptions {
  width: number;
  attributes?: Record<string, string>;
  drawn: string;
}

/** Places the element with `story` set as a property; resolves once `drawn` is there. */
export async function placeStory(story: unknown, options: PlaceOptions): Promise<HistoryTimeline> {
  return placed(place((el) => {
    setAttributes(el, options.attributes);
    el.story = structuredClone(story) as HistoryTimeline['story'];
  }, options.width), options.drawn);
}

/**
 * Places the element as a published page does: the story and its static HTML inside it (what the
 * editor's "Export web page" writes), read as it upgrades; resolves once `drawn` is there.
 */
export async function placeWithStaticHtml(story: unknown, options: PlaceOptions): Promise<HistoryTimeline> {
  const { story: validated, problems } = validateStory(structuredClone(story));
  expect(problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  return placed(place((el) => {
    setAttributes(el, options.attributes);
    el.insertAdjacentHTML('afterbegin', renderStaticHtml(validated!));
  }, options.width), options.drawn);
}

function setAttributes(el: HistoryTimeline, attributes: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
}

async function placed(el: HistoryTimeline, drawn: string): Promise<HistoryTimeline> {
  await until(() => el.shadowRoot?.querySelector(drawn) != null, `the element drew ${drawn}`);
  await settle(el);
  return el;
}

/** Creates a timeline in a container of the given width and waits for its first drawing. */
export async function mount(options: MountOptions = {}): Promise<HistoryTimeline> {
  const el = place((el) => {
    for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
    if (options.src) el.src = options.src;
    el.story = options.story ?? (options.src ? undefined : structuredClone(articleStory));
    options.before?.(el);
  }, options.width);
  await until(() => el.view !== null && viewport(el).clientWidth > 0 && (el.shadowRoot?.querySelectorAll(MARK_OR_CLUSTER).length ?? 0) > 0, 'the timeline drew its events', options.timeoutMs);
  await settle(el);
  return el;
}

/**
 * Mounts with the viewport at 380 px (`--history-timeline-height`, the old fixed height): too short for
 * the article's rows, so its full view gathers events into clusters (at its own height every event of
 * the article has a mark of its own). For tests whose subject is clusters.
 */
export async function mountClustered(options: MountOptions = {}): Promise<HistoryTimeline> {
  return mount({
    ...options,
    before: (el) => {
      el.style.setProperty('--history-timeline-height', '380px');
      options.before?.(el);
    },
  });
}

/**
 * A timeline in a container `width` px wide (a phone: under 480 px), waiting for its chronology:
 * mount() waits for marks, which the chronology does not draw.
 */
export async function mountNarrow(width = 360, attributes: Record<string, string> = {}): Promise<HistoryTimeline> {
  const el = place((el) => {
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.story = structuredClone(articleStory);
  }, width);
  await until(() => el.shadowRoot?.querySelector('[part~="chronology"] [data-event-id]') != null, 'the chronology drew its events');
  await settle(el);
  return el;
}

/**
 * Focuses the timeline area and presses Tab until focus is on an event: the era row's titles
 * (buttons, above the events) come first in the tab order. Returns the focused event's mark.
 */
export async function tabIntoEvents(el: HistoryTimeline): Promise<HTMLElement | null> {
  viewport(el).focus();
  await userEvent.tab();
  const active = () => shadow(el).activeElement as HTMLElement | null;
  for (let i = 0; i < 10 && active()?.closest('[part~="era"]'); i++) await userEvent.tab();
  return active();
}

/**
 * A client y 20 px above the viewport's bottom (over the axis), with the page scrolled so that it is
 * inside the window: the viewport is as tall as the story's rows, which may be taller than the window.
 * Scroll the page back (window.scrollTo(0, 0)) after the test.
 */
export function bottomY(el: HistoryTimeline): number {
  const box = viewport(el).getBoundingClientRect();
  if (box.bottom > window.innerHeight) window.scrollBy(0, box.bottom - window.innerHeight + 10);
  return viewport(el).getBoundingClientRect().bottom - 20;
}

/** Removes every timeline the harness put on the page, and scrolls the page back to its top. */
export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
  window.scrollTo(0, 0);
}

export function shadow(el: HistoryTimeline): ShadowRoot {
  return el.shadowRoot!;
}

/** A node by its documented `part` name (docs/api.md, CSS parts): tests find nodes as a page's CSS would. */
export function part<T extends Element = HTMLElement>(el: HistoryTimeline, name: string): T | null {
  return shadow(el).querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends Element = HTMLElement>(el: HistoryTimeline, name: string): T[] {
  return [...shadow(el).querySelectorAll<T>(`[part~="${name}"]`)];
}

const MARK_OR_CLUSTER = '[part~="event"], [part~="cluster"]';

export function viewport(el: HistoryTimeline): HTMLElement {
  return part(el, 'viewport')!;
}

export function marks(el: HistoryTimeline): HTMLElement[] {
  return parts(el, 'event');
}

export function clusters(el: HistoryTimeline): HTMLElement[] {
  return parts(el, 'cluster');
}

export function mark(el: HistoryTimeline, id: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`[part~="event"][data-event-id="${CSS.escape(id)}"]`);
}

/** The visible label of an event's mark: its child that shows the title (the rest is a decorative shape and a screen-reader date). */
export function labelOf(mark: HTMLElement): HTMLElement {
  const title = mark.getAttribute('title') ?? '';
  const children = [...mark.children].filter((c): c is HTMLElement => c instanceof HTMLElement && c.getAttribute('aria-hidden') !== 'true');
  // The title alone, or the title with what the mark must say about its date: "By 1994: …".
  const label = children.find((c) => c.textContent === title) ?? children.find((c) => title !== '' && (c.textContent ?? '').includes(title));
  if (!label) throw new Error(`no label with the title "${title}" in the mark of ${mark.dataset.eventId}`);
  return label;
}

/** The drawn shape of an event's mark: its decorative (aria-hidden) child. */
export function shapeOf(mark: HTMLElement): HTMLElement {
  return mark.querySelector<HTMLElement>(':scope > [aria-hidden="true"]')!;
}

/** The selected event's detail panel, or null when none is open. */
export function detail(el: HistoryTimeline): HTMLElement | null {
  return part(el, 'detail');
}

/** A button of the toolbar by its accessible name (its aria-label, else its text). */
export function toolbarButton(el: HistoryTimeline, name: string): HTMLButtonElement {
  const buttons = [...part(el, 'toolbar')!.querySelectorAll<HTMLButtonElement>('button')];
  const found = buttons.find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (!found) throw new Error(`no toolbar button "${name}" among ${buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim()).join(', ')}`);
  return found;
}

/** Zooms to `start … end` through the public API and waits until the move is over. */
export async function zoomAndWait(el: HistoryTimeline, start: string, end: string): Promise<void> {
  if (!el.zoomTo(start, end)) throw new Error(`zoomTo(${start}, ${end}) could not read the window`);
  await atRest(el);
}

export function visibleEventIds(el: HistoryTimeline): string[] {
  return marks(el).map((m) => m.dataset.eventId!);
}

export function tickLabels(el: HistoryTimeline): { label: string; x: number }[] {
  // `g.tick` is d3-axis's own markup inside the documented `axis` part.
  return [...shadow(el).querySelectorAll<SVGGElement>('[part~="axis"] g.tick')].map((g) => ({
    label: g.querySelector('text')!.textContent ?? '',
    x: g.getBoundingClientRect().left,
  }));
}

/** The visible window in ms. */
export function windowMs(el: HistoryTimeline): { start: number; end: number } {
  const view = el.view!;
  return { start: DateTime.fromISO(view.start).toMillis(), end: DateTime.fromISO(view.end).toMillis() };
}

/** The time (ms) under a client x coordinate: the element's public `timeAt()`, right in either time scale. */
export function timeAt(el: HistoryTimeline, clientX: number): number {
  const at = el.timeAt(clientX);
  if (at === null) throw new Error(`no time at x = ${clientX}: outside the timeline`);
  return Date.parse(at);
}

/**
 * The real time (ms) one pixel covers around client x, from the public timeAt(): a zoom by a factor
 * changes it by that factor in either time scale (around a point away from a break).
 */
export function msPerPx(el: HistoryTimeline, x: number): number {
  const a = el.timeAt(x - 10);
  const b = el.timeAt(x + 10);
  return a === null || b === null ? Number.NaN : (Date.parse(b) - Date.parse(a)) / 20;
}

/**
 * The centre of the timeline area in client coordinates, with the page scrolled so that it is in the
 * window: real input lands where the window shows, and an earlier test may have scrolled the page.
 * The page alone scrolls (scrollIntoView would also scroll the overflow-hidden viewport).
 */
export function centre(el: HistoryTimeline): { x: number; y: number } {
  const middle = () => {
    const box = viewport(el).getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  };
  const { y } = middle();
  if (y < 0 || y > window.innerHeight) window.scrollBy(0, y - window.innerHeight / 2);
  return middle();
}

export const input = commands;

/** The boxes of all drawn events: each mark with its label, as the `event` part draws them. */
export function labelBoxes(el: HistoryTimeline): { id: string; box: DOMRect }[] {
  return marks(el).map((m) => ({ id: m.dataset.eventId!, box: m.getBoundingClientRect() }));
}

export function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** Whether a node is on screen: it has a size, is displayed, visible and not transparent. */
export function isShown(node: Element): boolean {
  const box = node.getBoundingClientRect();
  const style = getComputedStyle(node);
  return box.width > 0 && box.height > 0 && style.display !== 'none' && style.visibility === 'visible' && Number(style.opacity) > 0;
}

/** The alert the element shows when its story cannot be loaded. */
export function alertOf(el: HistoryTimeline): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[role="alert"]');
}

/**
 * The detail shows this event of the article: title, and every citation's paragraph with its quote
 * highlighted. A quote that is (nearly) its whole paragraph, 90 % of it or more, is shown as the
 * paragraph with no highlight (the design: a highlight over everything would say nothing).
 */
export function expectDetailOf(el: HistoryTimeline, id: string): void {
  type StoryEvent = (typeof articleStory.events)[number];
  const event = articleStory.events.find((e) => e.id === id)! as StoryEvent;
  const panel = detail(el);
  expect(panel, `detail open for ${id}`).not.toBeNull();
  expect(panel!.querySelector('[role="heading"]')!.textContent).toBe(event.title);
  const source = articleStory.sources[0];
  const paragraphOf = (c: StoryEvent['citations'][number]) => source.paragraphs.find((p) => p.id === c.paragraph)!.text;
  // Each cited paragraph once, in the order first cited, with its quotes marked in text order.
  const cited = event.citations.filter((c, i) => event.citations.findIndex((d) => d.paragraph === c.paragraph) === i);
  const quotesIn = (c: StoryEvent['citations'][number]) => event.citations
    .filter((d) => d.paragraph === c.paragraph && d.quote.trim().length < paragraphOf(d).trim().length * 0.9)
    .sort((a, b) => paragraphOf(a).indexOf(a.quote) - paragraphOf(b).indexOf(b.quote))
    .map((d) => d.quote);
  const highlighted = [...panel!.querySelectorAll('blockquote mark')].map((m) => m.textContent);
  expect(highlighted).toEqual(cited.flatMap(quotesIn));
  const paragraphs = [...panel!.querySelectorAll('blockquote')].map((b) => b.textContent);
  expect(paragraphs).toEqual(cited.map(paragraphOf));
}

/** The timeline-select events `el` fires from now on. */
export function selections(el: HistoryTimeline): CustomEvent<TimelineSelectDetail>[] {
  const seen: CustomEvent<TimelineSelectDetail>[] = [];
  el.addEventListener('timeline-select', (e) => seen.push(e));
  return seen;
}

/** Two timelines of the article, ids `one` and `two`, each counting its timeline-select events. */
export async function twoTimelines(attributes: Record<string, string> = {}) {
  let oneEvents: CustomEvent<TimelineSelectDetail>[] = [];
  let twoEvents: CustomEvent<TimelineSelectDetail>[] = [];
  const one = await mount({ attributes: { id: 'one', ...attributes }, before: (el) => (oneEvents = selections(el)) });
  const two = await mount({ attributes: { id: 'two', ...attributes }, before: (el) => (twoEvents = selections(el)) });
  return { one, two, oneEvents, twoEvents };
}

/**
 * Vitest's locator over `root` and, inside it, its shadow root: find by role, accessible name and
 * text (`getByRole`, `getByText`), as a reader would. `.query()` is the element or null.
 */
export function within(root: Element) {
  return page.elementLocator(root);
}

/** What the element's polite live regions say now (the selection's, the search's). */
export function announcements(el: HistoryTimeline): string[] {
  return [...shadow(el).querySelectorAll('[role="status"]')].map((s) => s.textContent!.trim());
}

/** Selecting each event in turn, the detail's date part says its phrase (`phrases`: event id to phrase). */
export async function expectDatePhrases(el: HistoryTimeline, phrases: Record<string, string>): Promise<void> {
  for (const [id, phrase] of Object.entries(phrases)) {
    el.select(id);
    await settle(el);
    expect(detail(el)!.querySelector('[part~="date"]')?.textContent, id).toBe(phrase);
  }
}
