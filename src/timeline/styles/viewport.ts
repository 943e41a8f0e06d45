import { css } from 'lit';
import { AXIS_FONT_PX, AXIS_PX } from '../views/metrics';
import { px } from './px';

/** The zoomable viewport and its time axis: compressed stretches, the publication date's rule. */
export const viewport = css`
  .viewport {
    position: relative;
    /* As tall as the story's rows need (set from the layout), unless the page sets a height. */
    height: var(--history-timeline-height, var(--_content-height, 380px));
    /* Takes the room the base keeps for the static HTML it replaced, if any (see base.ts). */
    flex-grow: 1;
    overflow: hidden;
    /* A zoom frame moves what is inside: its style, layout and paint stop at this box. */
    contain: layout paint style;
    touch-action: pan-y;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .viewport:active {
    cursor: grabbing;
  }
  /* A compressed stretch: a faint band over the lanes, a zig-zag break across the axis line. */
  .gap {
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: 0;
    pointer-events: none;
    background: repeating-linear-gradient(135deg, transparent 0 6px, color-mix(in srgb, var(--_border) 14%, transparent) 6px 8px);
  }
  /* The source's publication date: where "now" is in the story. */
  .publication {
    position: absolute;
    top: 0;
    bottom: ${px(AXIS_PX)};
    inset-inline-start: 0;
    width: 0;
    border-inline-start: 1px dashed var(--_muted);
    pointer-events: none;
  }
  .publication-label {
    position: absolute;
    top: 2px;
    inset-inline-end: 4px;
    white-space: nowrap;
    font-size: ${px(AXIS_FONT_PX)};
    color: var(--_muted);
  }
  .publication-label[data-after] {
    inset-inline-end: auto;
    inset-inline-start: 4px;
  }
  /* On the tick labels' line (their baseline is 20 px below the axis line), which keeps it clear of them. */
  .gap-label {
    position: absolute;
    left: 0;
    right: 0;
    bottom: ${px(AXIS_PX - 20 - 4)};
    line-height: ${px(AXIS_FONT_PX + 4)};
    text-align: center;
    font-size: ${px(AXIS_FONT_PX)};
    color: var(--_muted);
    white-space: nowrap;
  }
  /* Its ring inside its box, as the marks' rings are (marks.ts). */
  .viewport:focus-visible {
    outline-offset: -3px;
  }
  .axis {
    position: absolute;
    left: 0;
    right: 0;
    bottom: 0;
    height: ${px(AXIS_PX)};
    overflow: visible;
    pointer-events: none;
  }
  .axis .baseline {
    stroke: var(--_border);
    stroke-width: 1px;
  }
  .axis .break {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1.5px;
  }
  .axis text {
    fill: var(--_muted);
    font-family: var(--_font);
    font-size: ${px(AXIS_FONT_PX)};
  }
  .axis .axis-context {
    font-weight: 600;
  }
  .axis line {
    stroke: var(--_border);
  }
`;
