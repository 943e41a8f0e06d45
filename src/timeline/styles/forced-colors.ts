import { css } from 'lit';

/** Forced colours (Windows High Contrast): marks keep a visible shape in the system's text colour. */
export const forcedColors = css`
  @media (forced-colors: active) {
    .shape,
    .event[data-shape] .shape {
      background: CanvasText;
      border: 2px solid CanvasText;
      forced-color-adjust: none;
    }
  }
`;
