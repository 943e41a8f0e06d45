import { css } from 'lit';
import { LABEL_LINE_PX } from '../views/metrics';
import { px } from './px';

/** The marks in the viewport: events (shape and label) and clusters, as they say their dates. */
export const marks = css`
  /* Events that do not match the search step back, still readable (AA) and still reachable. */
  .event[data-match='false'] .label {
    color: var(--_muted);
  }
  .viewport .event[data-match='false'] .shape {
    filter: grayscale(1);
  }
  /* The event the story is about stands out: a larger mark with a ring, a bolder label. */
  .event[data-featured] .label {
    font-weight: 700;
  }
  /* As wide as its day once the day is wider than the point, like every point: a label moved left ends at it. */
  .event[data-featured][data-shape='point'] .shape {
    top: 1px;
    width: calc(var(--_w, 12px) + 4px);
    height: 16px;
    margin-inline-start: -2px;
    border-radius: 8px;
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 30%, transparent);
  }
  /* Rings inside the box: the viewport clips what reaches past its edges, so a mark at an edge keeps its whole ring. */
  .event:focus-visible,
  .cluster:focus-visible {
    outline-offset: -3px;
  }
  .cluster,
  .event {
    position: absolute;
    /* Above the eras' tints, which come after the marks in the DOM (so Tab reaches the events first). */
    z-index: 1;
    top: 0;
    inset-inline-start: 0;
    /* Each mark lays out on its own: moving or resizing one never lays out the others. */
    contain: layout style;
  }
  .cluster {
    height: 26px;
    border-radius: 13px;
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_fg);
    font-size: 0.85em;
    font-weight: 600;
    /* The layout measures a badge's text against its width less CLUSTER_BADGE_INSET_PX (padding and border). */
    padding: 0 6px;
    white-space: nowrap;
    overflow: hidden;
  }
  .event {
    height: calc(var(--_lane) - 4px);
    display: block;
    text-align: start;
  }
  /*
   * Marks say what their date says, and certainty looks heavier than doubt: a day is a solid
   * circle; a month, a year or a period a solid bar; an approximate or uncertain date the same
   * shape hollow; an open start or end a thin leader where the date stops being known; an
   * inferred date a dotted ring around its mark.
   */
  .shape {
    position: absolute;
    top: 3px;
    inset-inline-start: var(--_x, 0px);
    width: var(--_w, 12px);
    height: 12px;
    box-sizing: border-box;
    background: var(--_accent);
    border-radius: 6px;
  }
  .event[data-shape='span'] .shape,
  .event[data-shape='interval'] .shape {
    top: 4px;
    height: 10px;
    border-radius: 2px;
  }
  .event[data-approximate] .shape,
  .event[data-uncertain] .shape {
    background: transparent;
    border: 2px solid var(--_accent);
  }
  .event[data-open-start] .shape {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    border-inline-start: none;
  }
  .event[data-open-end] .shape {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
    border-inline-end: none;
  }
  /* A gradient's sides are physical: an open start is on the left, right to left on the right. */
  .event[data-open-start] .shape,
  [dir='rtl'] .event[data-open-end] .shape {
    --_open-side: left;
    --_closed-side: right;
  }
  .event[data-open-end] .shape,
  [dir='rtl'] .event[data-open-start] .shape {
    --_open-side: right;
    --_closed-side: left;
  }
  /* The bar stops 24px short of the open side, where the leader fades in. The right-to-left
     selectors keep their weight: forced-colors.ts's bar replaces this left to right only. */
  .event[data-open-start] .shape,
  .event[data-open-end] .shape,
  [dir='rtl'] .event[data-open-start]:not([data-open-end]) .shape,
  [dir='rtl'] .event[data-open-end]:not([data-open-start]) .shape {
    background:
      linear-gradient(var(--_accent), var(--_accent)) var(--_closed-side) / calc(100% - 24px) 100% no-repeat,
      linear-gradient(to var(--_closed-side), transparent, var(--_accent)) var(--_open-side) center / 24px 2px no-repeat;
  }
  .event[data-open-start][data-open-end] .shape {
    background: linear-gradient(to right, transparent, var(--_accent) 24px, var(--_accent) calc(100% - 24px), transparent) center / 100% 2px no-repeat;
  }
  .label {
    position: absolute;
    top: 15px;
    inset-inline-start: 0;
    box-sizing: border-box;
    width: var(--_lw, auto);
    max-width: 100%;
    padding-inline-end: 6px;
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    text-wrap: balance;
    overflow-wrap: anywhere;
    line-height: ${px(LABEL_LINE_PX)};
    color: var(--_fg);
  }
  .event[data-lines='1'] .label {
    white-space: nowrap;
    -webkit-line-clamp: 1;
    line-clamp: 1;
  }
  .event[data-align-end] .label {
    inset-inline-start: auto;
    inset-inline-end: 0;
    text-align: end;
    padding-inline: 6px 0;
  }
  /* Selected: a ring and weight, never a hue, which belongs to the groups. The weight is a stroke,
     which keeps the width the label was laid out with, so the label is not cut. */
  .event[aria-current='true'] .label {
    -webkit-text-stroke: 0.04em currentColor;
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 2px;
  }
  .event[aria-current='true'] .shape {
    outline: 2px solid var(--_fg);
    outline-offset: 1px;
  }
  /* How many sources report an event; a dashed, bold badge with "≠" when their dates disagree. */
  .reports {
    font-size: 10px;
    line-height: 12px;
    padding: 0 3px;
    border: 1px solid currentColor;
    border-radius: 6px;
  }
  .reports[data-differ] {
    border-style: dashed;
    font-weight: 700;
  }
  .event .reports {
    position: absolute;
    top: 0;
    inset-inline-start: calc(var(--_x) + var(--_w) + 2px);
  }
`;
