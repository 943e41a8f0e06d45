import { css, unsafeCSS } from 'lit';
import { AXIS_FONT_PX, AXIS_PX, DEFAULT_LANE_PX } from './views/metrics';

const px = (n: number) => unsafeCSS(`${n}px`);

/**
 * The timeline's stylesheet, after the tokens it shares with the editor (styles/tokens.ts).
 * `all: initial` on the base shields the element from host-page rules such as `* { all: revert }`
 * that would reach the host itself.
 */
export const timelineStyles = css`
  :host {
    --_font-size: var(--history-timeline-font-size, 14px);
    --_lane: var(--history-timeline-lane-height, ${px(DEFAULT_LANE_PX)});
    /* Group colours: each reaches 3:1 against its scheme's background. */
    --_group-0: light-dark(#0b5cad, #6cb6ff);
    --_group-1: light-dark(#b3261e, #ff8182);
    --_group-2: light-dark(#1a7f37, #4ac26b);
    --_group-3: light-dark(#8250df, #c297ff);
    --_group-4: light-dark(#9a6700, #d4a72c);
    --_group-5: light-dark(#0e7c86, #39c5cf);
    display: block;
    contain: content;
    position: relative;
    min-width: 0;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    all: initial;
    /* all: initial resets the colour scheme too: take the page's back, for the tokens' light-dark(). */
    color-scheme: inherit;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    width: 100%;
    /* Transparent unless the page sets a background: the element sits on the page without a seam. */
    background: var(--history-timeline-background, transparent);
    color: var(--_fg);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
    /* Marks are placed from the inline start; right to left their offsets run leftwards (see inlineOffset). */
    --_flip: 1;
  }
  .base[dir='rtl'] {
    --_flip: -1;
  }
  /*
   * The story's own words keep their direction inside the interface's: an English name in a
   * Persian timeline, or a Persian quote in an English one, does not scramble the text around it.
   */
  .label,
  .list-title,
  .chronology-title,
  .legend-item,
  .band-title,
  .era-title,
  .title,
  mark {
    unicode-bidi: isolate;
  }
  .detail-title,
  .story-card-title,
  .summary,
  .date-note,
  .source-title,
  .paragraph p,
  .source-heading,
  blockquote,
  .media figcaption {
    unicode-bidi: plaintext;
  }
  .base *,
  .base *::before,
  .base *::after {
    box-sizing: border-box;
  }
  button {
    all: unset;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    cursor: pointer;
    font: inherit;
    color: inherit;
  }
  svg {
    display: block;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: 8px;
    padding: 6px 0;
    border-bottom: 1px solid var(--_border);
  }
  .toolbar .title {
    flex: 1 1 12em;
    min-width: 0;
    margin: 0;
    font-weight: 600;
    font-size: 1em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .toolbar .spacer {
    flex: 1 1 0;
  }
  .search {
    flex: 1 1 8em;
    min-width: 5em;
    max-width: 16em;
    margin-inline-end: auto;
  }
  .search input {
    box-sizing: border-box;
    width: 100%;
    height: 32px;
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: transparent;
    color: var(--_fg);
    font: inherit;
  }
  .search input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .tool-group {
    display: inline-flex;
    gap: 4px;
    flex: none;
  }
  /* The views: one segmented control. */
  .segmented {
    gap: 0;
  }
  .segmented .tool {
    border-radius: 0;
  }
  .segmented .tool:first-child {
    border-start-start-radius: 6px;
    border-end-start-radius: 6px;
  }
  .segmented .tool:last-child {
    border-start-end-radius: 6px;
    border-end-end-radius: 6px;
  }
  .segmented .tool + .tool {
    margin-inline-start: -1px;
  }
  .tool {
    min-width: 32px;
    height: 32px;
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    gap: 4px;
  }
  .tool[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }
  .tool:hover {
    border-color: var(--_accent);
  }

  /* Viewport: clusters row, lanes, axis */
  .viewport {
    position: relative;
    /* As tall as the story's rows need (set from the layout), unless the page sets a height. */
    height: var(--history-timeline-height, var(--_content-height, 380px));
    overflow: hidden;
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
  /* Eras: a tint behind the events across the full height, the title in the era row at the top. */
  .era {
    position: absolute;
    z-index: 0;
    top: 0;
    bottom: ${px(AXIS_PX)};
    inset-inline-start: 0;
    background: color-mix(in srgb, var(--_accent) 6%, transparent);
    border-inline: 1px solid color-mix(in srgb, var(--_accent) 30%, transparent);
    pointer-events: none;
  }
  .era-title {
    position: absolute;
    inset-inline-start: 0;
    max-width: 100%;
    padding: 0 6px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 0.8em;
    font-weight: 600;
    line-height: 1.6;
    color: var(--_fg);
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    border-radius: 3px;
    pointer-events: auto;
  }
  .era-title[data-thin] {
    font-size: 0;
  }
  .era-title[aria-current='true'] {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  /* Group bands: a title line at the left edge above each band's rows, with the group's colour. */
  .band-title {
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
    height: 19px;
    padding-inline-start: 4px;
    border-top: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    font-size: 0.8em;
    font-weight: 600;
    line-height: 19px;
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    pointer-events: none;
  }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-inline-end: 6px;
    border-radius: 2px;
    background: var(--_accent);
    vertical-align: -1px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    height: 28px;
    padding: 0 10px;
    border: 1px solid var(--_border);
    border-radius: 14px;
    font-size: 0.9em;
  }
  .legend-item[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .legend-item[aria-pressed='false'] .swatch {
    background: transparent;
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .legend-count {
    margin-inline-start: 6px;
    color: var(--_muted);
  }
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
  .event[data-featured][data-shape='point'] .shape {
    top: 1px;
    width: 16px;
    height: 16px;
    margin-inline-start: -2px;
    border-radius: 8px;
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 30%, transparent);
  }
  .gap-label {
    position: absolute;
    left: 0;
    right: 0;
    bottom: 10px;
    text-align: center;
    font-size: ${px(AXIS_FONT_PX)};
    color: var(--_muted);
    white-space: nowrap;
  }
  .gap[data-open] .gap-label {
    display: none;
  }
  .key {
    margin: 4px 12px 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .key summary {
    cursor: pointer;
    width: fit-content;
  }
  .key ul {
    list-style: none;
    margin: 6px 0 4px;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px 20px;
  }
  .key li {
    display: flex;
    align-items: center;
    gap: 8px;
    color: var(--_fg);
  }
  .key-mark.event {
    position: relative;
    display: inline-block;
    width: 28px;
    height: 18px;
    flex: none;
    --_x: 8px;
    --_w: 12px;
  }
  .key-mark.event[data-shape='span'] {
    --_x: 0px;
    --_w: 28px;
  }
  .key-mark.event.wide {
    width: 44px;
    --_w: 44px;
  }
  .overview {
    position: relative;
    border-top: 1px solid var(--_border);
    background: var(--_surface);
  }
  .overview[hidden] {
    display: none;
  }
  /* Right to left the strip is drawn mirrored: d3-brush reads the pointer through the transform. */
  [dir='rtl'] .overview svg {
    transform: scaleX(-1);
  }
  .overview svg {
    display: block;
    overflow: visible;
  }
  .overview .density rect {
    fill: var(--_muted);
  }
  .overview .brush .overlay {
    cursor: pointer;
  }
  .overview .brush .selection {
    fill: color-mix(in srgb, var(--_accent) 12%, transparent);
    fill-opacity: 1;
    stroke: var(--_accent);
    stroke-width: 2px;
    outline: none;
  }
  .overview .brush .selection:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .overview .brush .handle {
    fill: var(--_accent);
    fill-opacity: 0.001;
  }
  /* Rings inside the box: the viewport clips what reaches past its edges, so a mark at an edge keeps its whole ring. */
  .event:focus-visible,
  .cluster:focus-visible {
    outline-offset: -3px;
  }
  .viewport:focus-visible {
    outline-offset: -3px;
  }
  .cluster,
  .event {
    position: absolute;
    /* Above the eras' tints, which come after the marks in the DOM (so Tab reaches the events first). */
    z-index: 1;
    top: 0;
    inset-inline-start: 0;
    will-change: transform;
  }
  .cluster {
    height: 26px;
    border-radius: 13px;
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_fg);
    font-size: 0.85em;
    font-weight: 600;
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
  .event[data-inferred] .shape {
    outline: 2px dotted var(--_muted);
    outline-offset: 2px;
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
    line-height: 17px;
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
  .event[aria-current='true'] .label {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 2px;
  }
  .event[aria-current='true'] .shape {
    outline: 2px solid var(--_fg);
    outline-offset: 1px;
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
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  p,
  ol,
  ul,
  figure,
  blockquote {
    margin: 0;
    padding: 0;
    font: inherit;
    color: inherit;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  mark {
    background: var(--_highlight);
    color: var(--_fg);
    padding: 0 1px;
    border-radius: 2px;
  }
  .link-button {
    color: var(--_accent);
    text-decoration: underline;
  }

  /* Detail panel */
  .detail {
    display: block;
    padding: 14px 16px 16px;
    border-top: 3px solid var(--_accent);
  }
  /* One line length for everything the panel says. */
  .detail > *,
  .detail-heading {
    max-width: 65ch;
  }
  .detail-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
    max-width: none;
  }
  .detail-date {
    font-size: 0.85em;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }
  .date-flag {
    font-weight: 400;
  }
  .detail-title {
    margin-top: 2px;
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }
  .summary {
    margin-top: 10px;
    line-height: 1.5;
  }
  /* How the date was found: a quiet note, not an alarm, whether stated or inferred. */
  .date-note {
    margin-top: 10px;
    padding-inline-start: 10px;
    border-inline-start: 2px solid var(--_border);
    color: var(--_muted);
    font-size: 0.92em;
    line-height: 1.45;
  }
  .date-note strong {
    color: var(--_fg);
    font-weight: 600;
  }
  .detail-source {
    margin-top: 14px;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .citation {
    margin-top: 8px;
  }
  .citation blockquote {
    padding: 8px 12px;
    border-inline-start: 3px solid var(--_border);
    background: var(--_surface);
    line-height: 1.5;
  }
  .citation figcaption {
    margin-top: 4px;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .detail-nav {
    display: flex;
    align-items: center;
    gap: 12px;
    margin-top: 14px;
  }
  .detail-nav .tool[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }

  /* List view */
  .list {
    display: block;
    padding: 8px 12px 12px;
    border-top: 1px solid var(--_border);
  }
  .list ol {
    list-style: none;
  }
  .list li {
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }
  .list-item {
    display: block;
    width: 100%;
    padding: 8px 4px;
    text-align: start;
    line-height: 1.35;
  }
  .list-item[aria-current='true'] {
    background: var(--_surface);
    font-weight: 700;
  }
  .list-date {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* An era's heading over its events, in the list and the print. */
  .list-era {
    margin-top: 12px;
    padding: 4px;
    font-weight: 700;
    border-bottom: 1px solid var(--_border);
  }

  /* The phone chronology: a rule with marks, a sticky heading per year, the detail under its event. */
  .chronology {
    display: block;
    padding: 4px 0 12px;
  }
  .chronology ol {
    list-style: none;
  }
  .chronology-heading {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 6px 0 4px;
    font-weight: 700;
    font-size: 1.05em;
    background: var(--history-timeline-background, var(--_bg));
  }
  .chronology-entry {
    position: relative;
    padding-inline-start: 24px;
  }
  /* The rule down the left, through every mark. */
  .chronology-entry::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 9px;
    border-inline-start: 2px solid color-mix(in srgb, var(--_border) 60%, transparent);
  }
  .chronology-item.event {
    position: relative;
    display: block;
    width: 100%;
    height: auto;
    padding: 8px 4px;
    text-align: start;
    line-height: 1.35;
    --_x: 0px;
    --_w: 12px;
  }
  .chronology-mark {
    position: absolute;
    inset-inline-start: -21px;
    top: 10px;
    width: 12px;
    height: 16px;
  }
  .chronology-item.event[data-shape='span'] .chronology-mark,
  .chronology-item.event[data-shape='interval'] .chronology-mark {
    --_x: 3px;
    --_w: 6px;
  }
  .chronology-item.event[data-shape='span'] .shape,
  .chronology-item.event[data-shape='interval'] .shape {
    height: 16px;
    top: 0;
  }
  .chronology-date {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .chronology-title {
    display: block;
  }
  .chronology-item[data-featured] .chronology-title,
  .chronology-item[aria-current='true'] .chronology-title {
    font-weight: 700;
  }
  .chronology-entry .detail {
    margin: 4px 0 12px;
    padding: 10px 12px 12px;
    border-top-width: 2px;
  }
  .show-more {
    margin-top: 8px;
  }

  /* Source view */
  .sources {
    display: block;
    padding: 12px 16px;
    border-top: 1px solid var(--_border);
  }
  .source + .source {
    margin-top: 24px;
  }
  .source-title {
    font-size: 1.15em;
    font-weight: 700;
  }
  .source-line {
    color: var(--_muted);
    font-size: 0.9em;
    margin-bottom: 8px;
  }
  .source-heading {
    margin: 16px 0 6px;
    font-weight: 700;
  }
  .paragraph {
    display: grid;
    grid-template-columns: 2.2em 1fr;
    gap: 0 8px;
    padding: 6px 4px;
    border-radius: 4px;
    max-width: 80ch;
  }
  .paragraph.focused {
    outline: 2px solid var(--_accent);
  }
  .paragraph-number {
    color: var(--_muted);
    font-size: 0.85em;
    text-align: end;
    padding-top: 0.15em;
  }
  .markers {
    grid-column: 2;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: 4px;
  }
  .marker {
    padding: 2px 8px;
    border: 1px solid var(--_accent);
    border-radius: 12px;
    font-size: 0.85em;
    color: var(--_fg);
    background: var(--_surface);
  }
  .marker[aria-current='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  .print-list {
    display: none;
  }
  @media (forced-colors: active) {
    .shape,
    .event[data-shape] .shape {
      background: CanvasText;
      border: 2px solid CanvasText;
      forced-color-adjust: none;
    }
  }
  /* ── Story mode and media (issue 12) ──────────────────────────────────────────────────────
   * One card at a time (title card, then each event) above a shorter timeline strip; an event's
   * picture with caption and credit in story cards and the detail panel. */
  .story {
    display: block;
    min-width: 0;
    padding: 14px 16px 12px;
    border-bottom: 1px solid var(--_border);
    /* Sideways moves are ours (the swipe); vertical ones still scroll the page. */
    touch-action: pan-y;
  }
  .story-card {
    display: block;
    max-width: 65ch;
    overflow-wrap: anywhere;
    animation: story-card-in 180ms ease-out;
  }
  .story-card[data-direction='back'] {
    animation-name: story-card-back;
  }
  @keyframes story-card-in {
    from {
      opacity: 0;
      transform: translateX(calc(24px * var(--_flip, 1)));
    }
  }
  @keyframes story-card-back {
    from {
      opacity: 0;
      transform: translateX(calc(-24px * var(--_flip, 1)));
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .story-card {
      animation: none;
    }
  }
  .story-date {
    font-size: 0.85em;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }
  .story-card-title {
    margin-top: 2px;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  .story-card[data-card='title'] .story-card-title {
    font-size: 1.8em;
  }
  .story-count {
    margin-top: 8px;
    font-weight: 600;
  }
  .story-sources {
    list-style: none;
    margin-top: 6px;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .story-start {
    margin-top: 14px;
    padding: 0 16px;
  }
  .story-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    margin-top: 14px;
  }
  .story-nav .tool[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
  .story-position {
    font-variant-numeric: tabular-nums;
  }
  /* The strip: the timeline below the card, shorter, unless the page sets its height. */
  .base[data-view='story'] .viewport {
    height: var(--history-timeline-height, min(var(--_content-height, 380px), 260px));
  }
  .media {
    display: block;
    margin-top: 12px;
    max-width: 100%;
  }
  .media-frame {
    position: relative;
    width: fit-content;
    max-width: 100%;
  }
  .media a {
    display: block;
  }
  .media img {
    display: block;
    width: auto;
    height: auto;
    max-width: 100%;
    max-height: min(60vh, 480px);
    border-radius: 4px;
    background: var(--_surface);
  }
  /* A known size keeps the box the same whether the picture has loaded, is loading or failed. */
  .media[data-sized] .media-frame {
    width: min(100%, var(--_media-width));
  }
  .media[data-sized] img {
    width: min(100%, var(--_media-width));
    object-fit: contain;
  }
  .media-broken {
    display: none;
  }
  /* A picture that failed: its box stays (no jump, no broken-image icon), with a note in words. */
  .media[data-broken] .media-frame {
    min-width: min(100%, 16em);
    min-height: 4em;
    /* An outline, not a border: the box must not change size when the picture fails. */
    outline: 1px dashed var(--_border);
    outline-offset: -1px;
    border-radius: 4px;
  }
  .media[data-broken] img {
    visibility: hidden;
  }
  .media[data-broken] .media-broken {
    display: flex;
    position: absolute;
    inset: 0;
    align-items: center;
    justify-content: center;
    padding: 8px;
    text-align: center;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .media figcaption {
    margin-top: 4px;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .media-credit {
    font-style: italic;
  }
  @media print {
    .story {
      display: none !important;
    }
  }
  /* ── end of story mode and media ── */
  @media print {
    .toolbar,
    .viewport,
    .detail,
    .list,
    .sources,
    .notice {
      display: none !important;
    }
    .print-list {
      display: block;
      color: #000;
      background: #fff;
    }
    .print-list li {
      margin-bottom: 10px;
      break-inside: avoid;
    }
    .print-link {
      margin: 2px 0 0;
      overflow-wrap: anywhere;
    }
    .print-list blockquote {
      margin-block: 4px 0;
      margin-inline: 16px 0;
      font-style: italic;
    }
  }
  .message {
    display: block;
    margin: 0;
    padding: 8px 12px;
    color: var(--_fg);
  }
  .message p {
    margin: 0 0 6px;
  }
  .error {
    border-inline-start: 4px solid var(--_focus);
    background: var(--_surface);
  }
  .notice {
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  .notice summary {
    cursor: pointer;
    font-weight: 600;
  }
  .notice ul {
    margin: 6px 0 0;
    padding-inline-start: 1.2em;
  }
  .notice code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
`;
