import { css } from 'lit';

/** The folded key to the marks (its entries: key-entries.ts), and the overview strip below the axis (its d3-brush window: overview-window.ts). */
export const overviewAndKey = css`
  .key {
    margin: 4px 12px 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .key summary {
    cursor: pointer;
    width: fit-content;
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
`;
