/**
 * A validated story as static HTML, to sit inside `<history-timeline>` as its light-DOM children:
 * the story as JSON for the element to read, and the events as a list readers, search engines and
 * feed readers get whole without JavaScript. Strings only, no DOM: it runs in Node (the render CLI)
 * and in the browser (the editor's web-page export). Never part of the viewer's bundle.
 */
import { Translation, provideCatalogs } from '../i18n';
import { OTHER_CATALOGS } from '../i18n/other-catalogs';
import { eraSpans } from '../layout/eras';
import { eraSections } from '../layout/era-sections';
import { corroborate } from '../model/corroboration';
import { sourceNamer, sourcesDifferPhrase } from '../model/corroboration-phrase';
import { capitalized } from '../model/date-phrase';
import { headingLevel } from '../model/heading-level';
import { canonicalLocale } from '../model/locale';
import { safeHref } from '../model/safe-url';
import { paragraphKey, buildSourceIndex, type SourceIndex } from '../model/source-index';
import { sourceLine } from '../model/source-line';
import type { Citation, Era, EraInput, Story, StoryEventInput, StoryInput, TimelineEvent } from '../model/types';

export interface StaticHtmlOptions {
  /** The page's `heading-level` (1–6): eras' headings take it, events' titles the level below (default 2). */
  headingLevel?: number;
  /** Language of the dates and the few words, as `lang` on the element (default `en`). */
  lang?: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for HTML, in an element or in a quoted attribute: `&`, `<`, `>` and both quotes as
 * references; control characters too (but tab and line breaks), so a terminal shown the HTML
 * prints them instead of obeying them (C1 controls, which no story means, then read as the
 * windows-1252 characters HTML maps them to).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, (c) => HTML_ESCAPES[c] ?? `&#x${c.charCodeAt(0).toString(16)};`);
}

/**
 * JSON that cannot end or bend the `<script>` it sits in: `<`, `>` and `&` (only ever inside
 * strings) as `\u` escapes, so no `</script>` or `<!--` survives; U+2028 and U+2029 too, for
 * readers that take the text as JavaScript, and DEL and the C1 controls, for terminals
 * (JSON.stringify escapes the C0 ones). `JSON.parse` gives back the same value.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\x7f-\x9f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The story as written in JSON: the validated story without the dates the validator parsed. */
export function storyInputOf(story: Story): StoryInput {
  const { events, eras, ...rest } = story;
  const input: StoryInput = { ...rest, events: events.map(({ calendar: _, ...event }): StoryEventInput => event) };
  if (eras) input.eras = eras.map(({ calendar: _, ...era }): EraInput => era);
  return input;
}

/** `<script type="application/json">` holding the story, which `<history-timeline>` reads instead of fetching `src`. */
export function storyScript(story: Story): string {
  return `<script type="application/json">${scriptSafeJson(storyInputOf(story))}</script>`;
}

/**
 * The story as `<history-timeline>`'s light-DOM children: its JSON (see `storyScript`), then every
 * event in time order in an `<ol>` under its era's heading (as the element's list groups them):
 * the date as `<time datetime="EDTF">` with the phrase the element shows, the group, the title as
 * a heading, the summary, how an inferred date was found, how many sources report it and whether
 * their dates differ (in words), and each quote, grouped by source, as
 * `<blockquote cite="source URL">` with its source, paragraph number and link. Every text from the
 * story is escaped; only http(s) URLs become `cite` or `href`.
 */
export function renderStaticHtml(story: Story, options: StaticHtmlOptions = {}): string {
  const locale = canonicalLocale(options.lang ?? 'en') ?? 'en';
  // Written in one go, in any language: every catalog is there at once.
  provideCatalogs(OTHER_CATALOGS);
  const t = new Translation(locale);
  const level = Number(headingLevel(options.headingLevel ?? 2));
  const eras = story.eras ?? [];
  const sections = eras.length ? eraSections(story.events.map((e) => e.calendar.startMs), eraSpans(eras)) : [];
  const headed = sections.length > 1 || (sections.length === 1 && sections[0].era !== null);
  const context: Context = {
    t,
    sources: buildSourceIndex(story.sources),
    groups: new Map((story.groups ?? []).map((g) => [g.id, g.title])),
    nameOf: sourceNamer(story.sources),
    titleLevel: Math.min(6, headed ? level + 1 : level),
  };
  const list = (events: readonly TimelineEvent[]) => `<ol>\n${events.map((e) => renderEvent(e, context)).join('\n')}\n</ol>`;
  const body = headed
    ? sections
        .map(({ era, items }) => `${renderEraHeading(era === null ? null : eras[era], level, context)}\n${list(items.map((i) => story.events[i]))}`)
        .join('\n')
    : list(story.events);
  const attributes = `lang="${escapeHtml(locale)}"${t.dir === 'rtl' ? ' dir="rtl"' : ''} aria-label="${escapeHtml(t.t('listLabel', { title: story.title }))}"`;
  return `${storyScript(story)}\n<section class="history-timeline-static" ${attributes}>\n${body}\n</section>\n`;
}

interface Context {
  t: Translation;
  sources: SourceIndex;
  groups: ReadonlyMap<string, string>;
  nameOf: (sourceId: string) => string;
  titleLevel: number;
}

/** An era's heading as the element's list writes it ("The Taliban's first government (1996 – 2001)"), with its summary and quotes. */
function renderEraHeading(era: Era | null, level: number, context: Context): string {
  const { t } = context;
  if (!era) return `<h${level}>${escapeHtml(t.t('otherEvents'))}</h${level}>`;
  const title = t.t('eraTitle', { title: era.title, date: capitalized(t.date(era.calendar)) });
  return [
    `<h${level} data-era-id="${escapeHtml(era.id)}">${escapeHtml(title)}</h${level}>`,
    era.summary ? `<p>${escapeHtml(era.summary)}</p>` : '',
    ...era.citations.map((c) => renderCitation(c, context)),
  ].filter(Boolean).join('\n');
}

function renderEvent(event: TimelineEvent, context: Context): string {
  const { t, titleLevel } = context;
  const group = event.group ? context.groups.get(event.group) : undefined;
  const date = `<time datetime="${escapeHtml(event.calendar.edtf)}">${escapeHtml(t.date(event.calendar))}</time>`;
  const note = event.dateBasis === 'inferred'
    ? `<p><strong>${escapeHtml(t.t('dateNotStated'))}</strong>${event.dateNote ? ` ${escapeHtml(event.dateNote)}` : ''}</p>`
    : event.dateNote ? `<p>${escapeHtml(event.dateNote)}</p>` : '';
  return [
    `<li data-event-id="${escapeHtml(event.id)}">`,
    `<p>${date}${group ? ` · <bdi>${escapeHtml(group)}</bdi>` : ''}</p>`,
    `<h${titleLevel}>${escapeHtml(event.title)}</h${titleLevel}>`,
    event.summary ? `<p>${escapeHtml(event.summary)}</p>` : '',
    note,
    renderCorroboration(event, context),
    ...bySource(event.citations).map((c) => renderCitation(c, context)),
    '</li>',
  ].filter(Boolean).join('\n');
}

/** From two sources: "Reported by 3 sources", and when their dates cannot all be true, "Sources differ: …". */
function renderCorroboration(event: TimelineEvent, context: Context): string {
  const { t } = context;
  const corroboration = corroborate(event);
  if (corroboration.sources.length < 2) return '';
  const differ = sourcesDifferPhrase(corroboration, context.nameOf, t);
  return [`<p>${escapeHtml(t.plural('sourceCount', corroboration.sources.length))}</p>`, differ ? `<p><strong>${escapeHtml(differ)}</strong></p>` : ''].filter(Boolean).join('\n');
}

/** The citations grouped by source, in the order each source is first cited. */
function bySource(citations: readonly Citation[]): Citation[] {
  const order = new Map<string, number>();
  for (const c of citations) if (!order.has(c.source)) order.set(c.source, order.size);
  return citations.map((c, i) => ({ c, i })).sort((a, b) => (order.get(a.c.source) as number) - (order.get(b.c.source) as number) || a.i - b.i).map(({ c }) => c);
}

/** A quote with where it comes from: "Title · Publisher · 3 July 2025 · paragraph 4 · Open the source". */
function renderCitation(citation: Citation, context: Context): string {
  const { t, sources } = context;
  const source = sources.sources.get(citation.source);
  if (!source) return '';
  const number = sources.paragraphNumber.get(paragraphKey(source.id, citation.paragraph));
  const href = safeHref(source.url);
  const caption = [
    escapeHtml(sourceLine(source, t)),
    number === undefined ? '' : escapeHtml(t.t('paragraphLabel', { number: t.number(number) })),
    href ? `<a href="${escapeHtml(href)}">${escapeHtml(t.t('openSource'))}</a>` : '',
  ].filter(Boolean).join(' · ');
  return `<figure>\n<blockquote${href ? ` cite="${escapeHtml(href)}"` : ''}><p>${escapeHtml(citation.quote)}</p></blockquote>\n<figcaption>${caption}</figcaption>\n</figure>`;
}
