import { css } from 'lit';

/** The overview strip's window, drawn by d3-brush, which comes with the later parts. */
export const overviewWindow = css`
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
`;
