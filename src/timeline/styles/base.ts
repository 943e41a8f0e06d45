import { css } from 'lit';
import { DEFAULT_LANE_PX } from '../views/metrics';
import { px } from './px';

/**
 * The element's box and what every region relies on: the timeline's own tokens, the outer `.base`
 * (`all: initial` shields it from host-page rules such as `* { all: revert }` that would reach the
 * host itself), the direction of the story's own words, buttons, and the reset of text elements.
 */
export const base = css`
  :host {
    --_font-size: var(--history-timeline-font-size, 14px);
    --_lane: var(--history-timeline-lane-height, ${px(DEFAULT_LANE_PX)});
    /* Group colours: told apart with any colour vision (no red/green pair; blue, orange, magenta and teal
       first), each 4.5:1 or more against its scheme's background. */
    --_group-0: light-dark(#2a64c5, #6f9eff);
    --_group-1: light-dark(#b35c00, #ff9a3c);
    --_group-2: light-dark(#b8327a, #ff7eb6);
    --_group-3: light-dark(#00788a, #3fc1d3);
    --_group-4: light-dark(#5e3a9e, #c9b3ff);
    --_group-5: light-dark(#5f6b7a, #aab4c0);
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
    /* After the page's static HTML, as tall as it was on screen (the timeline grows into it): nothing below moves up. */
    min-height: var(--_static-room, 0);
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
  .date-note p,
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
  /* The UA's button styles undone one by one ("all: unset" made each mark's style twice as slow to compute);
     the text properties it also set are initial already under .base's "all: initial". */
  button {
    appearance: none;
    margin: 0;
    padding: 0;
    border: none;
    background: none;
    letter-spacing: inherit;
    line-height: inherit;
    text-align: inherit;
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
`;
