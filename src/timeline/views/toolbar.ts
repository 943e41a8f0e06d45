import { html, nothing, type TemplateResult } from 'lit';
import type { TextKey, Translation } from '../../i18n';
import { TOOLBAR_COMMANDS, type NavigationCommand } from '../navigation-commands';
import { isolate } from './isolate';

export interface ToolbarOptions {
  /** The story's title; empty leaves it out (the page's heading says it). */
  title: string;
  /** The search field: its value and its handlers (see SearchController). */
  search: { value: string; onInput(event: Event): void; onKeyDown(event: KeyboardEvent): void };
  /** On a narrow element: whether the horizontal timeline is shown instead of the chronology, and the switch. */
  narrow: { horizontal: boolean; toggle(): void } | null;
  /** The timeline is shown: its zoom buttons are too. */
  showTimeline: boolean;
  showList: boolean;
  showSource: boolean;
  run(command: NavigationCommand): void;
  toggleList(): void;
  toggleSource(): void;
  /** Story mode (one card at a time): whether it is on, and the switch. */
  story?: { active: boolean; toggle(): void };
  /** The filter for events two or more sources report, when the story has any. */
  reportedByTwo?: { active: boolean; toggle(): void };
  /** The element's words, in its language. */
  messages: Translation;
}

/** Each zoom button's words: visible text, name for screen readers, tooltip with its key. */
const BUTTON_WORDS: Partial<Record<NavigationCommand, { text?: TextKey; label: TextKey; title: TextKey }>> = {
  'zoom-in': { label: 'zoomIn', title: 'zoomInTitle' },
  'zoom-out': { label: 'zoomOut', title: 'zoomOutTitle' },
  fit: { text: 'fit', label: 'fitLabel', title: 'fitTitle' },
};

/**
 * One row: the story's title when asked for, the zoom commands (icons, named for screen readers),
 * and the views as one segmented group of toggles: the list (or, on a phone, the horizontal
 * timeline instead of the chronology) and the article.
 */
export function renderToolbar(options: ToolbarOptions): TemplateResult {
  const { narrow, messages: t } = options;
  // One button that changes its job rather than two templates, so that focus stays on it when
  // pressing List turns a phone's story mode into its chronology, where the button is Timeline.
  const viewToggle = narrow
    ? { pressed: narrow.horizontal, toggle: narrow.toggle, text: t.t('viewTimeline') }
    : { pressed: options.showList, toggle: options.toggleList, text: t.t('viewList') };
  return html`<div class="toolbar" part="toolbar">
    ${options.title ? html`<p class="title">${isolate(options.title)}</p>` : nothing}
    <label class="search">
      <span class="visually-hidden">${t.t('searchLabel')}</span>
      <input
        type="search"
        part="search"
        placeholder=${t.t('searchPlaceholder')}
        autocomplete="off"
        aria-keyshortcuts="Enter Shift+Enter Escape"
        aria-description=${t.t('searchHelp')}
        .value=${options.search.value}
        @input=${options.search.onInput}
        @keydown=${options.search.onKeyDown}
      />
    </label>
    ${options.showTimeline
      ? html`<span class="tool-group" role="group" aria-label=${t.t('zoomGroup')}>${TOOLBAR_COMMANDS.map(({ command, text }) => {
          const words = BUTTON_WORDS[command];
          return html`<button class="tool" type="button" aria-label=${words ? t.t(words.label) : text} title=${words ? t.t(words.title) : text} @click=${() => options.run(command)}>${words?.text ? t.t(words.text) : text}</button>`;
        })}</span>`
      : nothing}
    ${options.reportedByTwo
      ? html`<button class="tool" type="button" aria-pressed=${options.reportedByTwo.active ? 'true' : 'false'} title=${t.t('filterCorroboratedTitle')} @click=${options.reportedByTwo.toggle}>${t.t('filterCorroborated')}</button>`
      : nothing}
    <span class="tool-group segmented" role="group" aria-label=${t.t('viewsGroup')}>
      <button class="tool" type="button" aria-pressed=${viewToggle.pressed ? 'true' : 'false'} @click=${viewToggle.toggle}>${viewToggle.text}</button>
      ${options.story ? html`<button class="tool" type="button" aria-pressed=${options.story.active ? 'true' : 'false'} @click=${options.story.toggle}>${t.t('viewStory')}</button>` : nothing}
      <button class="tool" type="button" aria-pressed=${options.showSource ? 'true' : 'false'} @click=${options.toggleSource}>${t.t('viewArticle')}</button>
    </span>
  </div>`;
}
