import { html, nothing, type TemplateResult } from 'lit';
import { TOOLBAR_COMMANDS, type TimelineCommand } from '../commands';

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
  run(command: TimelineCommand): void;
  toggleList(): void;
  toggleSource(): void;
  /** Story mode (one card at a time): whether it is on, and the switch. */
  story?: { active: boolean; toggle(): void };
}

/**
 * One row: the story's title when asked for, the zoom commands (icons, named for screen readers),
 * and the views as one segmented group of toggles: the list (or, on a phone, the horizontal
 * timeline instead of the chronology) and the article.
 */
export function renderToolbar(options: ToolbarOptions): TemplateResult {
  const { narrow } = options;
  return html`<div class="toolbar" part="toolbar">
    ${options.title ? html`<p class="title">${options.title}</p>` : nothing}
    <label class="search">
      <span class="visually-hidden">Search events</span>
      <input
        type="search"
        part="search"
        placeholder="Search"
        autocomplete="off"
        aria-keyshortcuts="Enter Shift+Enter Escape"
        aria-description="Enter and Shift+Enter go to the next and previous match; Escape clears."
        .value=${options.search.value}
        @input=${options.search.onInput}
        @keydown=${options.search.onKeyDown}
      />
    </label>
    ${options.showTimeline
      ? html`<span class="tool-group" role="group" aria-label="Zoom">${TOOLBAR_COMMANDS.map(({ command, text, label, title }) =>
          html`<button class="tool" type="button" aria-label=${label} title=${title} @click=${() => options.run(command)}>${text}</button>`)}</span>`
      : nothing}
    <span class="tool-group segmented" role="group" aria-label="Views">
      ${narrow
        ? html`<button class="tool" type="button" aria-pressed=${narrow.horizontal ? 'true' : 'false'} @click=${narrow.toggle}>Timeline</button>`
        : html`<button class="tool" type="button" aria-pressed=${options.showList ? 'true' : 'false'} @click=${options.toggleList}>List</button>`}
      ${options.story ? html`<button class="tool" type="button" aria-pressed=${options.story.active ? 'true' : 'false'} @click=${options.story.toggle}>Story</button>` : nothing}
      <button class="tool" type="button" aria-pressed=${options.showSource ? 'true' : 'false'} @click=${options.toggleSource}>Article</button>
    </span>
  </div>`;
}
