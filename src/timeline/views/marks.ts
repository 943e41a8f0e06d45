import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { EventShape, TimelineLayout } from '../../layout/marks';
import type { PlacedAnnotation } from '../../layout/annotation';
import { ENGLISH, type Translation } from '../../i18n';
import type { TimelineEvent } from '../../model/types';
import { geometry, inlineOffset } from './geometry';
import { CLUSTER_ROW_PX } from './metrics';
import { capitalized } from '../../model/date-phrase';
import { renderReports } from './reports';
import { isolate } from './isolate';
import type { ReusedKeys } from '../../layout/reused-keys';

/** Id of an event's mark, to find it after a render. */
export function markId(eventId: string): string {
  return `mark-${eventId}`;
}

/** The id of the event whose mark `node` is or is inside, if any. */
export function eventIdOfMark(node: EventTarget | null): string | undefined {
  return node instanceof Element ? node.closest<HTMLElement>('[part~="event"]')?.dataset.eventId : undefined;
}

/**
 * Phrases of the drawn marks and clusters, for one locale: a zoom frame redraws the same marks and
 * clusters and should not format their dates and words again.
 */
export class PhraseCache {
  private phrases = new Map<string, string>();
  private words: Translation | null = null;

  /** The phrase of an event's date in `words`' language (its locale and qualifiers). */
  get(event: TimelineEvent, words: Translation): string {
    return this.text(`d${event.id}`, words, () => words.date(event.calendar));
  }

  /** A text made in `words`' language, by a key that says everything it is made from (and what it is, in its first letter). */
  text(key: string, words: Translation, make: () => string): string {
    if (words !== this.words) {
      this.phrases.clear();
      this.words = words;
    }
    let phrase = this.phrases.get(key);
    if (phrase === undefined) {
      phrase = make();
      if (this.phrases.size > 5000) this.phrases.clear();
      this.phrases.set(key, phrase);
    }
    return phrase;
  }

  clear(): void {
    this.phrases.clear();
  }
}

export { capitalized } from '../../model/date-phrase';

/**
 * The words on an event's mark: its title; an open-ended date leads with its phrase ("By 1994:
 * …", "From April 2025: …") since the mark alone cannot say where the date stops. Doubt is the
 * hollow shape's to show (the key says so), and the detail's to say in words.
 */
export function markLabel(event: TimelineEvent, messages: Translation, phrases: PhraseCache): string {
  return isOpen(event) ? messages.t('openDateLabel', { date: capitalized(phrases.get(event, messages)), title: event.title }) : event.title;
}

/** The same label as it is drawn: the title in an isolate, inside the language's own pattern for an open date. */
function drawnLabel(event: TimelineEvent, messages: Translation, phrases: PhraseCache): unknown {
  const title = isolate(event.title);
  return isOpen(event) ? messages.parts('openDateLabel', { date: capitalized(phrases.get(event, messages)), title }) : title;
}

const isOpen = (event: TimelineEvent) => event.calendar.openStart || event.calendar.openEnd;

export interface MarksOptions {
  layout: TimelineLayout;
  events: readonly TimelineEvent[];
  shapes: readonly EventShape[];
  laneHeight: number;
  locale: string;
  /** The event whose mark holds the one tab stop. */
  tabStop: string | null;
  /** The event the story is about, drawn to stand out. */
  featured: string | null;
  selected: string | null;
  phrases: PhraseCache;
  /** Whether the event at a position matches the search (all do without one). */
  isMatch?(position: number): boolean;
  /** The top of a mark's row, px (below the cluster row and its band's title); lanes of `laneHeight` when absent. */
  rowTop?(mark: { lane: number; band?: number }): number;
  /** The reading direction, which mirrors the marks' offsets (see inlineOffset). */
  direction?: 'ltr' | 'rtl';
  /** An event's colour (its group's, by position), when the story has groups; in bands or not (story mode's strip). */
  colorOf?(position: number): string | undefined;
  activate(id: string): void;
  messages: Translation;
  /** A live story's event not seen yet. */
  isNew?(id: string): boolean;
  /** The featured event's deck, which stands for its label. */
  annotation?: PlacedAnnotation | null;
  /** The marks' keys from render to render: a mark for an event that came into view reuses the node of one that left. */
  keys: ReusedKeys;
  /** The event that holds the tab stop, drawn or not: its node, which may have focus, is never handed to another event. */
  active: string | null;
}

/** The style that gives an element an event's group colour, if it has one. */
export function withAccent(color: string | undefined): Record<string, string> {
  return color ? { '--_accent': color } : {};
}

/** One button per drawn event: its shape, its label, and its date for screen readers. */
export function renderMarks(options: MarksOptions): unknown {
  const { events, shapes, tabStop, selected, laneHeight, messages: t } = options;
  return repeat(
    options.layout.marks,
    options.keys.assign(options.layout.marks.map((m) => events[m.event].id), options.active),
    (m) => {
      const event = events[m.event];
      const date = event.calendar;
      return html`<button
        id=${markId(event.id)}
        class="event"
        part="event"
        type="button"
        data-event-id=${event.id}
        data-shape=${shapes[m.event].shape}
        data-precision=${date.precision}
        ?data-open-start=${date.openStart}
        ?data-open-end=${date.openEnd}
        ?data-approximate=${date.approximate}
        ?data-uncertain=${date.uncertain}
        ?data-inferred=${event.dateBasis === 'inferred'}
        ?data-featured=${event.id === options.featured}
        ?data-annotated=${m.event === options.annotation?.event}
        ?data-new=${options.isNew?.(event.id)}
        data-match=${options.isMatch?.(m.event) === false ? 'false' : nothing}
        ?data-align-end=${m.alignEnd}
        data-lines=${m.lines}
        tabindex=${event.id === tabStop ? 0 : -1}
        aria-current=${event.id === selected ? 'true' : 'false'}
        @click=${() => options.activate(event.id)}
        ${geometry({
          transform: `translate(${inlineOffset(m.left, options.direction)}, ${(options.rowTop?.(m) ?? CLUSTER_ROW_PX + m.lane * laneHeight).toFixed(0)}px)`,
          ...withAccent(options.colorOf?.(m.event)),
          width: `${(m.right - m.left).toFixed(1)}px`,
          // Rows of one line are shorter than the theme's lane (LayoutController.laneHeight).
          height: `${laneHeight - 4}px`,
          '--_x': `${(m.x0 - m.left).toFixed(1)}px`,
          '--_w': `${(m.x1 - m.x0).toFixed(1)}px`,
          '--_lw': `${m.labelWidth.toFixed(0)}px`,
        })}
        title=${event.title}
      ><span class="shape" aria-hidden="true"></span><span class="label">${drawnLabel(event, t, options.phrases)}</span><span class="visually-hidden">${`, ${options.phrases.get(event, t)}${event.dateBasis === 'inferred' ? `, ${t.t('dateInferred')}` : ''}`}</span>${renderReports(event, t)}</button>`;
    },
  );
}

export interface ClustersOptions {
  layout: TimelineLayout;
  /** The cluster row's top, px (below the era row). */
  top?: number;
  locale: string;
  /** The reading direction, which mirrors the clusters' offsets (see inlineOffset). */
  direction?: 'ltr' | 'rtl';
  /** The cluster (by start time) that holds the tab stop when no mark is drawn. */
  tabStop: number | null;
  activate(start: number, end: number, firstEvent: number): void;
  messages: Translation;
  /** The clusters' keys from render to render, by their first events (no two share one): a cluster that re-forms as the view zooms keeps a node. */
  keys: ReusedKeys;
  /** The badges' words, kept from frame to frame. */
  phrases: PhraseCache;
  /** The focused cluster's place among the drawn clusters (-1: none): its node is never handed to another cluster. */
  focused: number;
}

/** The place of `active` among the drawn clusters, when it is one (-1 otherwise): the order of the last render's clusters. */
export function focusedCluster(active: Element | null | undefined): number {
  return active?.matches('.cluster') ? [...active.parentElement!.querySelectorAll(':scope > .cluster')].indexOf(active) : -1;
}

/** One button per cluster, with the count of the events it stands for. */
export function renderClusters(options: ClustersOptions): unknown {
  const { tabStop, messages: t } = options;
  return repeat(
    options.layout.clusters,
    options.keys.assign(options.layout.clusters.map((c) => c.first), options.keys.idAt(options.focused)),
    (c) => {
      // "+5 · 2021–24" for labels that did not fit; the count alone for a dense bin or where the years do not fit.
      const text = c.members && !c.countOnly ? clusterYearsText(c, t, options.phrases) : options.phrases.text(`n${c.count}`, t, () => t.number(c.count));
      return html`<button
      class="cluster"
      part="cluster"
      type="button"
      tabindex=${c.start === tabStop ? 0 : -1}
      data-count=${c.count}
      ${geometry({ transform: `translate(${inlineOffset(c.left, options.direction)}, ${((options.top ?? 0) + 4).toFixed(0)}px)`, width: `${Math.max(0, c.right - c.left).toFixed(1)}px` })}
      aria-label=${options.phrases.text(`l${text} ${c.start} ${c.end}`, t, () => t.plural('clusterLabel', c.count, { text, range: t.t('dateRange', { from: t.day(c.start), to: t.day(c.end - 1) }) }))}
      title=${options.phrases.text(`t${c.count}`, t, () => t.plural('clusterTitle', c.count))}
      @click=${() => options.activate(c.start, c.end, c.first)}
    >${text}</button>`;
    },
  );
}

/** A cluster's count with its years, "+5 · 2021–24": what the layout measures against the badge (what it shows where they fit). */
export function clusterYearsText(c: { count: number; start: number; end: number }, t: Translation, phrases: PhraseCache): string {
  return phrases.text(`y${c.count} ${c.start} ${c.end}`, t, () => t.t('clusterText', { count: t.number(c.count), years: yearsPhrase(c.start, c.end, t) }));
}

/** The years a cluster covers, short: "2021", "2021–24", "1998–2003", "44 BCE–12" (in the language's digits and words). */
export function yearsPhrase(start: number, end: number, t: Translation = ENGLISH): string {
  const first = new Date(start).getUTCFullYear();
  const last = new Date(Math.max(start, end - 1)).getUTCFullYear();
  if (first === last) return t.year(first);
  const sameCentury = first > 0 && Math.floor(first / 100) === Math.floor(last / 100);
  return t.t('yearRange', { from: t.year(first), to: sameCentury ? t.twoDigits(last % 100) : t.year(last) });
}
