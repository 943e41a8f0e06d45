import type { ReactiveControllerHost } from 'lit';

/** What the panels below the timeline (the detail, the list and chronology, the source view) read from the element. */
export interface PanelHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null;
  viewMode: string;
  showSource: boolean;
  headingLevel: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}
