/**
 * Sizes that both the layout (in TypeScript) and the stylesheet need. The stylesheet reads them
 * from here, so they are written once.
 */

/** Height of the time axis. */
export const AXIS_PX = 46;
/** Font size of the axis labels. */
export const AXIS_FONT_PX = 12;
/** Height of the row of cluster marks above the lanes. */
export const CLUSTER_ROW_PX = 34;
/** Default height of one lane (a mark and two lines of label); `--history-timeline-lane-height` overrides it. Rows of one-line labels are LABEL_LINE_PX shorter. */
export const DEFAULT_LANE_PX = 52;
/** Height of one line of an event's label: rows of one-line labels are this much shorter than the lane. */
export const LABEL_LINE_PX = 17;
/** Height of the overview strip below the axis. */
export const OVERVIEW_PX = 36;
/** Height of a group band's title line, above its rows. */
export const BAND_HEADER_PX = 20;
/** Height of the era row at the top of the timeline, when the story has eras. */
export const ERA_ROW_PX = 22;
/** Least height of one level of the era row: eras overlapping on more levels than ERA_ROW_PX holds make it taller. */
export const ERA_LEVEL_PX = 8;
/** The era titles' font size, em, and their inline padding on each side: the layout measures titles with both. */
export const ERA_TITLE_EM = 0.8;
export const ERA_TITLE_PAD_PX = 6;
