import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Translation } from '../../i18n';
import '../../i18n/later-english';
import type { SourceIndex } from '../../model/source-index';
import { storySpan } from '../../model/story-summary';
import type { Citation, Source, TimelineEvent } from '../../model/types';
import { TITLE_CARD, type StoryCommand } from '../story-mode-commands';
import { headingLevel, sourceLine } from './citation-text';
import { sourcedParts } from './detail';
import { capitalized, withAccent } from './marks';
import { geometry } from './geometry';
import { renderReports } from './reports';
import { isolate } from './isolate';

/** Id of the card's heading, which takes focus when the reader moves to another card. */
export const STORY_CARD_TITLE_ID = 'story-card-title';

/** How the card is set: `wide` puts the picture or quotes beside the words; `phone` keeps Previous / Next in a bar at the window's bottom. */
export type StoryLayout = 'phone' | 'column' | 'wide';

export interface StoryCardOptions {
  storyTitle: string;
  /** The story's dek, under its title. */
  description?: string;
  layout: StoryLayout;
  sources: readonly Source[];
  /** The valid events in time order. */
  events: readonly TimelineEvent[];
  /** The card shown: TITLE_CARD, or the event's position in `events`. */
  position: number;
  /** Which way the reader went, for the card's brief entrance. */
  direction: 'forward' | 'back';
  sourceIndex: SourceIndex;
  locale: string;
  headingLevel: number;
  /** An event's group colour, if the story has groups. */
  color?(event: TimelineEvent): string | undefined;

  /** With the `autoplay` attribute: whether the cards are advancing, and the Pause / Play switch. */
  autoplay: { playing: boolean; toggle(): void } | null;
  run(command: StoryCommand): void;
  start(): void;
  showInArticle(citation: Citation): void;
  /** The card's listeners: keys, the touch swipe, pausing on hover and on focus. */
  onKeyDown(event: KeyboardEvent): void;
  onPointerDown(event: PointerEvent): void;
  onPointerUp(event: PointerEvent): void;
  onPointerEnter(event: PointerEvent): void;
  onPointerLeave(event: PointerEvent): void;
  onFocusIn(event: FocusEvent): void;
  messages: Translation;
}

function heading(text: string, level: number): TemplateResult {
  return html`<div id=${STORY_CARD_TITLE_ID} class="story-card-title" role="heading" aria-level=${headingLevel(level)} tabindex="-1">${isolate(text)}</div>`;
}

/** The title card: the headline and dek, then how many events over what span, the sources, and Start. */
function renderTitleCard(options: StoryCardOptions): TemplateResult {
  const { sources, events, messages: t } = options;
  return html`<section class="story-card" part="story-card" aria-labelledby=${STORY_CARD_TITLE_ID} data-card="title">
    <div class="story-card-words">
      ${heading(options.storyTitle, options.headingLevel)}
      ${options.description ? html`<p class="story-dek" part="story-dek">${isolate(options.description)}</p>` : nothing}
    </div>
    <div class="story-card-aside">
      <p class="story-count">${events.length ? t.plural('storySummary', events.length, { span: storySpan(events, t.locale) }) : t.t('storyNoEvents')}</p>
      ${sources.length
        ? html`<ul class="story-sources" aria-label=${t.t('storySources')}>${sources.map((source) => html`<li><bdi>${sourceLine(source, t)}</bdi></li>`)}</ul>`
        : nothing}
      ${events.length ? html`<button class="tool story-start" type="button" @click=${options.start}>${t.t('storyStart')}</button>` : nothing}
    </div>
  </section>`;
}

/**
 * One event's card: date and its count of sources, title, summary and the date's note; then its
 * picture and each source's cited paragraphs, which a wide card sets beside the words.
 */
function renderEventCard(event: TimelineEvent, options: StoryCardOptions): TemplateResult {
  const { messages: t } = options;
  const { media, words, citations } = sourcedParts(event, options);
  return html`<section class="story-card" part="story-card" aria-labelledby=${STORY_CARD_TITLE_ID} data-event-id=${event.id} data-direction=${options.direction} ${geometry(withAccent(options.color?.(event)))}>
    <div class="story-card-words">
      <p class="story-date"><span part="date">${capitalized(t.date(event.calendar))}</span>${renderReports(event, t)}</p>
      ${heading(event.title, options.headingLevel)}
      ${words}
    </div>
    ${media === nothing && !citations.length ? nothing : html`<div class="story-card-aside">${media}${citations}</div>`}
  </section>`;
}

/**
 * Story mode: one card at a time (the title card, then each event in time order), with Previous,
 * Next and the position below it. Each card is a new node, so its entrance plays once and its
 * picture loads only when it is shown.
 */
export function renderStoryCard(options: StoryCardOptions): TemplateResult {
  const { events, position, messages: t } = options;
  const event = position === TITLE_CARD ? undefined : events[position];
  const atTitle = event === undefined;
  const atEnd = position >= events.length - 1;
  return html`<div
    class="story"
    part="story"
    data-layout=${options.layout}
    @keydown=${options.onKeyDown}
    @pointerdown=${options.onPointerDown}
    @pointerup=${options.onPointerUp}
    @pointerenter=${options.onPointerEnter}
    @pointerleave=${options.onPointerLeave}
    @focusin=${options.onFocusIn}
  >
    ${keyed(event?.id ?? '', event ? renderEventCard(event, options) : renderTitleCard(options))}
    <nav class="story-nav" part="story-nav" aria-label=${t.t('storyCards')}>
      ${options.autoplay
        ? html`<button class="tool story-autoplay" type="button" data-autoplay @click=${options.autoplay.toggle}>${options.autoplay.playing ? html`<span aria-hidden="true">❚❚</span> ${t.t('pause')}` : html`<span aria-hidden="true">${t.dir === 'rtl' ? '◀' : '▶'}</span> ${t.t('play')}`}</button>`
        : nothing}
      <button class="tool" type="button" aria-disabled=${atTitle ? 'true' : 'false'} @click=${() => options.run('previous-card')}>${t.t('previous')}</button>
      <span class="story-position">${atTitle ? t.plural('storyTitlePosition', events.length) : t.t('position', { position: t.number(position + 1), total: t.number(events.length) })}</span>
      <button class="tool" type="button" aria-disabled=${atEnd ? 'true' : 'false'} @click=${() => options.run('next-card')}>${t.t('next')}</button>
    </nav>
  </div>`;
}
