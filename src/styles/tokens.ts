import { css } from 'lit';

/**
 * What `<history-timeline>` and `<history-timeline-editor>` share, first in both elements' styles:
 * the colour and font tokens, the focus ring and text for screen readers only.
 *
 * Public: the `--history-timeline-*` custom properties a page sets to theme both elements at once,
 * each documented with its default as a `@cssproperty` in history-timeline.ts: `-background`,
 * `-color`, `-muted-color`, `-accent`, `-accent-contrast`, `-surface`, `-border-color`,
 * `-highlight`, `-focus-ring` and `-font` here; `-font-size`, `-height` and `-lane-height` are the
 * timeline's own (timeline/styles/).
 *
 * Private: the `--_*` properties, not an API: the tokens below (each the page's value or its
 * default) and the geometry the timeline sets on its nodes (`--_x`, `--_w`, `--_lw`,
 * `--_content-height`, `--_media-width`).
 *
 * Light and dark values follow the colour scheme (light-dark() reads the inherited color-scheme):
 * a page that declares "color-scheme: light dark" gets the dark values in a dark scheme; one that
 * does not keeps the light ones, so a transparent timeline on an always-white page never shows
 * light text. The editor declares "light dark" on its own box, so it follows the system's scheme.
 */
export const tokens = css`
  :host {
    --_bg: var(--history-timeline-background, light-dark(#ffffff, #15191e));
    --_fg: var(--history-timeline-color, light-dark(#1b1f24, #e6edf3));
    --_muted: var(--history-timeline-muted-color, light-dark(#57606a, #a4adb8));
    --_accent: var(--history-timeline-accent, light-dark(#0b5cad, #6cb6ff));
    --_accent-fg: var(--history-timeline-accent-contrast, light-dark(#ffffff, #0a0d10));
    --_surface: var(--history-timeline-surface, light-dark(#f3f5f7, #222831));
    --_border: var(--history-timeline-border-color, light-dark(#8c959f, #768390));
    --_highlight: var(--history-timeline-highlight, light-dark(#fff3b0, #5c4a00));
    --_focus: var(--history-timeline-focus-ring, light-dark(#c2410c, #ffb86b));
    --_font: var(--history-timeline-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The timeline's live regions (.live) are hidden the same way. */
  .visually-hidden,
  .live {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
`;
