import type { ReactiveControllerHost } from 'lit';
import type { MessageOverrides } from '../../i18n';
import type { TimeScaleMode } from '../../layout/axis-scale';

/** What the wiring reads from the element: its documented properties. */
export interface TimelineHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  story?: unknown;
  wheelZoom: boolean;
  strings?: MessageOverrides;
  selected: string | null;
  syncUrl: boolean;
  viewMode: 'timeline' | 'list' | 'both' | 'story';
  startAt: string;
  autoplay: number | null;
  showSource: boolean;
  headingLevel: number;
  timeScale: TimeScaleMode;
  hideOverview: boolean;
  narrowView: 'chronology' | 'timeline';
  search: string;
  showTitle: boolean;
  loadTimeout: number;
  /** `local`, an IANA zone, or unset: the story's. */
  timeZone?: string;
  live: number | null;
  readonly locale: string;
  readonly hasUpdated: boolean;
  readonly isUpdatePending: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Below this width the element is a phone's: the chronology replaces the horizontal timeline. */
export const NARROW_PX = 480;
/** From this width the detail opens as a panel beside the mark rather than under the timeline. */
export const SIDE_DETAIL_PX = 760;
