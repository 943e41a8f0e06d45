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
/** Labels are cut (with the full title in `title=`) beyond this width. */
export const MAX_LABEL_PX = 300;
/** Room between a label and the next box in its lane. */
export const LABEL_PAD_PX = 6;
/** Default height of one lane; `--history-timeline-lane-height` overrides it. */
export const DEFAULT_LANE_PX = 40;
