import { css } from 'lit';

/** The folded key to the marks, and the overview strip below the axis (its d3-brush window: overview-window.ts). */
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
`;
