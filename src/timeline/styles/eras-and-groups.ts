import { css } from 'lit';
import { AXIS_PX, ERA_TITLE_EM, ERA_TITLE_PAD_PX } from '../views/metrics';
import { px } from './px';

/** Eras (a tint behind the events, a title in the era row) and groups (band titles, the legend). */
export const erasAndGroups = css`
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
  /* Its box (start and width) comes from the layout, which measured the title: cut from its end with an ellipsis. */
  .era-title {
    position: absolute;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    padding: 0 ${px(ERA_TITLE_PAD_PX)};
    text-align: start;
    /* The title's own direction, not the element's: an English title in a Persian timeline shows its start and ends in the ellipsis. */
    unicode-bidi: plaintext;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: ${ERA_TITLE_EM}em;
    font-weight: 600;
    line-height: 1.6;
    color: var(--_fg);
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    border-radius: 3px;
    pointer-events: auto;
  }
  .era-title[data-thin] {
    padding: 0;
    font-size: 0;
  }
  .era-title[aria-current='true'] {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  /* Group bands: a box over each band's rows (its height from the layout), its title line at the top left, with the group's colour. */
  .band-title {
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
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
  .band-empty {
    font-weight: 400;
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
`;
