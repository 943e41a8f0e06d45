// Luxon's part of the story model (a date's DateTime bounds) comes with these parts.
import '../../model/luxon-dates';
// The English words of these parts' views.
import '../../i18n/later-english';
// Times of day in a zone: in phrases and as the axis's hours and minutes.
import '../../model/time-phrase';
import '../../layout/time-ticks';
import { fromAxisWindow } from '../../layout/axis-scale';
import { annotateFeatured, type PlacedAnnotation } from '../../layout/annotation';
import { EventListController } from '../controllers/event-list-controller';
import { OverviewController } from '../controllers/overview-controller';
import { PrintController } from '../controllers/print-controller';
import { SearchController } from '../controllers/search-controller';
import { SourceViewController } from '../controllers/source-view-controller';
import { StoryModeController } from '../controllers/story-mode-controller';
import type { LaterStyles } from '../styles';
import { listAndChronology } from '../styles/list-and-chronology';
import { print } from '../styles/print';
import { sources } from '../styles/sources';
import { storyMode } from '../styles/story-mode';
import { annotation } from '../styles/annotation';
import { media } from '../styles/media';
import { overviewWindow } from '../styles/overview-window';
import { keyEntries as keyEntriesSheet } from '../styles/key-entries';
import { renderAnnotation } from '../views/annotation';
import { pictures } from '../views/detail';
import { keyEntries } from '../views/key';
import { renderKeyEntries } from '../views/key-entries';
import { renderMedia } from '../views/media';
import { longParagraphs } from '../views/citation-text';
import { excerptedParagraph } from '../views/long-paragraph';
import { BAND_HEADER_PX, CLUSTER_ROW_PX, OVERVIEW_PX } from '../views/metrics';
import { longParagraph } from '../styles/long-paragraph';
import { css } from 'lit';
import type { TimelineHost, TimelineInternals } from './timeline-internals';
import { MeasuredEraRow } from './measured-era-row';

/** The validator's words: a story's problems read in the first frame are worded with them (part-loader.ts). */
export { sentence } from '../../model/validation/messages';

/** The later parts' sheets, which the element adds to its own in cascade order. */
export const laterStyles: LaterStyles = { listAndChronology, sources: css`${sources}${longParagraph}`, storyMode, print, annotation, media, overviewWindow, keyEntries: keyEntriesSheet };

// The detail (a first-frame view) draws long paragraphs with this part's excerpt, and pictures, from now on; the key its entries.
longParagraphs.view = excerptedParagraph;
pictures.view = renderMedia;
keyEntries.view = renderKeyEntries;

/** The featured event's deck (layout/annotation.ts): placed after each layout, drawn over the marks. */
export interface FeaturedAnnotation {
  place(): PlacedAnnotation | null;
  render(placed: PlacedAnnotation | null): unknown;
}

/** The controllers of the parts the first frame does without (see ../parts.ts). */
export interface LaterParts {
  print: PrintController;
  overview: OverviewController;
  searching: SearchController;
  sourceView: SourceViewController;
  lists: EventListController;
  storyMode: StoryModeController;
  annotation: FeaturedAnnotation;
}

/** Makes the later parts' controllers, wired to the element's others as the first frame's are. */
export function createLaterParts(host: TimelineHost, internals: TimelineInternals): LaterParts {
  const story = () => internals.loaded;
  const select = (id: string | null) => internals.selection.select(id);
  const viewport = () => internals.viewport;
  const focus = internals.rovingFocus;
  const sourceView = new SourceViewController(host, { story, select, focus, viewport });
  const showInArticle = sourceView.showInArticle.bind(sourceView);
  internals.layouts.useEraRow(new MeasuredEraRow());
  return {
    print: new PrintController(host),
    overview: new OverviewController(host, {
      zoom: internals.zoom,
      group: () => (host.hideOverview ? null : internals.brushRef.value),
      width: () => internals.viewportSize.size.width,
      height: () => OVERVIEW_PX,
      onUserMove: () => internals.reveal.cancel(),
      describe: (w) => internals.messages.monthRange(fromAxisWindow(internals.time.axis, w)),
      label: () => internals.messages.t('overviewWindow'),
    }),
    searching: new SearchController(host, { story, select, messages: () => internals.messages, moving: () => internals.zoom.moving }),
    sourceView,
    lists: new EventListController(host, { story, chronology: () => internals.chronologyShown, listed: () => internals.shown.listed(), gaps: () => internals.time.axis.gaps, select, focus }),
    storyMode: new StoryModeController(host, { story, startAt: () => host.startAt, autoplay: () => host.autoplay, select, focus, showInArticle }),
    annotation: {
      place: () => {
        const loaded = internals.loaded;
        const { layouts } = internals;
        return annotateFeatured({
          layout: layouts.layout,
          featured: loaded?.featured ? loaded.positionOf(loaded.featured) : undefined,
          rowTop: (m) => layouts.rowTop(m),
          clusterTop: layouts.eraRow(loaded),
          clusterRow: CLUSTER_ROW_PX,
          bandHeader: BAND_HEADER_PX,
          width: internals.viewportSize.size.width,
        });
      },
      render: (placed) => renderAnnotation(placed, placed ? internals.events[placed.event] : undefined, (id) => internals.detail.openFromMark(id)),
    },
  };
}
