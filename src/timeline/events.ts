import type { Problem, TimelineEvent } from '../model/types';

/** `detail` of `timeline-viewchange`: the visible window as ISO date-times (UTC). */
export interface TimelineViewDetail {
  start: string;
  end: string;
}

/** `detail` of `timeline-select`. */
export interface TimelineSelectDetail {
  id: string | null;
  event: TimelineEvent | null;
}

/** `detail` of `timeline-error`. */
export interface TimelineErrorDetail {
  problems: Problem[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-viewchange': CustomEvent<TimelineViewDetail>;
    'timeline-select': CustomEvent<TimelineSelectDetail>;
    'timeline-error': CustomEvent<TimelineErrorDetail>;
  }
}
