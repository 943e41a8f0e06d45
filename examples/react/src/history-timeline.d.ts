import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { HistoryTimeline, TimelineErrorDetail, TimelineSelectDetail, TimelineViewDetail } from 'history-timeline';

// React 19 sets a custom element's props as properties when the element has them (`story`), and
// listens to `on<event-name>` props with addEventListener; this tells TypeScript about both.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'history-timeline': DetailedHTMLProps<HTMLAttributes<HistoryTimeline>, HistoryTimeline> &
        Partial<Pick<HistoryTimeline, 'src' | 'story' | 'selected' | 'wheelZoom' | 'syncUrl' | 'viewMode' | 'showSource' | 'headingLevel'>> & {
          'ontimeline-select'?: (event: CustomEvent<TimelineSelectDetail>) => void;
          'ontimeline-viewchange'?: (event: CustomEvent<TimelineViewDetail>) => void;
          'ontimeline-error'?: (event: CustomEvent<TimelineErrorDetail>) => void;
        };
    }
  }
}
