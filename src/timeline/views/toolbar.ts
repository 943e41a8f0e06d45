import { html, nothing, type TemplateResult } from 'lit';
import { TOOLBAR_COMMANDS, type TimelineCommand } from '../commands';

export interface ToolbarOptions {
  title: string;
  /** The timeline is shown: its zoom buttons are too. */
  showTimeline: boolean;
  showList: boolean;
  showSource: boolean;
  run(command: TimelineCommand): void;
  toggleList(): void;
  toggleSource(): void;
}

/** The story's title, the zoom commands, and the List and Article toggles. */
export function renderToolbar(options: ToolbarOptions): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    <p class="title">${options.title}</p>
    ${options.showTimeline
      ? TOOLBAR_COMMANDS.map(({ command, text, label, title }) =>
          html`<button class="tool" type="button" aria-label=${label} title=${title} @click=${() => options.run(command)}>${text}</button>`)
      : nothing}
    <button class="tool" type="button" aria-pressed=${options.showList ? 'true' : 'false'} @click=${options.toggleList}>List</button>
    <button class="tool" type="button" aria-pressed=${options.showSource ? 'true' : 'false'} @click=${options.toggleSource}>Article</button>
  </div>`;
}
