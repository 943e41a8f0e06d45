import { css, unsafeCSS } from 'lit';
import { AXIS_FONT_PX, AXIS_PX, DEFAULT_LANE_PX } from './views/metrics';

const px = (n: number) => unsafeCSS(`${n}px`);

/**
 * Theme tokens are `--history-timeline-*` custom properties with defaults on :host; private
 * geometry passes through `--_*` properties. `all: initial` on the base shields the element
 * from host-page rules such as `* { all: revert }` that would reach the host itself.
 */
export const timelineStyles = css`
  :host {
    --_bg: var(--history-timeline-background, #ffffff);
    --_fg: var(--history-timeline-color, #1b1f24);
    --_muted: var(--history-timeline-muted-color, #57606a);
    --_accent: var(--history-timeline-accent, #0b5cad);
    --_accent-fg: var(--history-timeline-accent-contrast, #ffffff);
    --_surface: var(--history-timeline-surface, #f3f5f7);
    --_border: var(--history-timeline-border-color, #8c959f);
    --_highlight: var(--history-timeline-highlight, #fff3b0);
    --_focus: var(--history-timeline-focus-ring, #c2410c);
    --_font: var(--history-timeline-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--history-timeline-font-size, 14px);
    --_height: var(--history-timeline-height, 380px);
    --_lane: var(--history-timeline-lane-height, ${px(DEFAULT_LANE_PX)});
    display: block;
    contain: content;
    position: relative;
    min-width: 0;
    text-align: start;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--history-timeline-background, #15191e);
      --_fg: var(--history-timeline-color, #e6edf3);
      --_muted: var(--history-timeline-muted-color, #a4adb8);
      --_accent: var(--history-timeline-accent, #6cb6ff);
      --_accent-fg: var(--history-timeline-accent-contrast, #0a0d10);
      --_surface: var(--history-timeline-surface, #222831);
      --_border: var(--history-timeline-border-color, #768390);
      --_highlight: var(--history-timeline-highlight, #5c4a00);
      --_focus: var(--history-timeline-focus-ring, #ffb86b);
    }
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    all: initial;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    width: 100%;
    background: var(--_bg);
    color: var(--_fg);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
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
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 6px 8px;
    border-bottom: 1px solid var(--_border);
  }
  .toolbar .title {
    flex: 1 1 12em;
    margin: 0;
    font-weight: 600;
    font-size: 1em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
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
    height: var(--_height);
    overflow: hidden;
    touch-action: pan-y;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .viewport:active {
    cursor: grabbing;
  }
  .viewport:focus-visible {
    outline-offset: -3px;
  }
  .cluster,
  .event {
    position: absolute;
    top: 0;
    left: 0;
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
  .shape {
    position: absolute;
    top: 4px;
    left: var(--_x, 0px);
    width: var(--_w, 12px);
    height: 10px;
    background: var(--_accent);
    border-radius: 5px;
  }
  .event[data-shape='span'] .shape {
    height: 8px;
    top: 5px;
    border-radius: 2px;
    background: color-mix(in srgb, var(--_accent) 45%, transparent);
    border-inline: 2px solid var(--_accent);
  }
  .event[data-shape='interval'] .shape {
    border-radius: 2px;
  }
  .event[data-approximate] .shape,
  .event[data-uncertain] .shape {
    background: repeating-linear-gradient(90deg, var(--_accent) 0 6px, transparent 6px 9px);
    border-inline-style: dashed;
  }
  .event[data-shape='point'][data-approximate] .shape,
  .event[data-shape='point'][data-uncertain] .shape {
    background: transparent;
    border: 2px dashed var(--_accent);
  }
  .event[data-open-start] .shape {
    border-inline-start: none;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    mask-image: linear-gradient(90deg, transparent 0, #000 24px);
  }
  .event[data-open-end] .shape {
    border-inline-end: none;
    mask-image: linear-gradient(270deg, transparent 0, #000 24px);
  }
  .label {
    position: absolute;
    top: 15px;
    left: 0;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--_fg);
  }
  .event[data-align-end] .label {
    left: auto;
    right: 0;
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
    border-top: 1px solid var(--_border);
    pointer-events: none;
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
  .live {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
    padding: 12px 16px 16px;
    border-top: 3px solid var(--_accent);
    background: var(--_bg);
  }
  .detail-head {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .detail-title {
    flex: 1;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .detail-date {
    margin-top: 2px;
    font-weight: 600;
    color: var(--_muted);
  }
  .date-note {
    margin-top: 8px;
    padding: 6px 10px;
    border-inline-start: 4px solid var(--_focus);
    background: var(--_surface);
  }
  .summary {
    margin-top: 8px;
    max-width: 75ch;
  }
  .citation {
    margin-top: 12px;
    max-width: 75ch;
  }
  .citation blockquote {
    padding: 8px 12px;
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
  }
  .citation figcaption {
    margin-top: 4px;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .citation-actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 12px;
    margin-inline-start: 8px;
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
    .print-list blockquote {
      margin: 4px 0 0 16px;
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
