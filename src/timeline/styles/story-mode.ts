import { css } from 'lit';

/** Story mode: one card at a time (title card, then each event) above a shorter timeline strip. */
export const storyMode = css`
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
  /* A wide card sets the picture or the quotes beside the words, as a slide does. */
  .story[data-layout='wide'] .story-card {
    display: grid;
    grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
    gap: 8px 32px;
    align-items: start;
    max-width: 72rem;
  }
  .story[data-layout='wide'] .story-card-aside > :first-child {
    margin-top: 0;
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
  .story-date .reports {
    margin-inline-start: 6px;
  }
  /* The event's group colour, as on the timeline. */
  .story-card[style*='--_accent'] .story-date {
    padding-inline-start: 8px;
    border-inline-start: 4px solid var(--_accent);
  }
  .story-card-title {
    margin-top: 2px;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  /* The title card: a headline, the dek, then the facts and one Start. */
  .story-card[data-card='title'] .story-card-title {
    font-size: max(32px, 2.25em);
    line-height: 1.15;
  }
  .story-dek {
    margin-top: 10px;
    font-size: 1.2em;
    line-height: 1.45;
    color: var(--_muted);
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
    margin-top: 16px;
    height: 40px;
    padding: 0 20px;
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 600;
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
  /* On a phone, Previous / Next stay at the window's bottom while the card is read. */
  .story[data-layout='phone'] .story-nav {
    position: sticky;
    bottom: 0;
    z-index: 3;
    justify-content: space-between;
    margin-inline: -16px;
    padding: 8px 16px;
    border-top: 1px solid var(--_border);
    background: var(--_bg);
  }
  /* Wider, the strip stays in view at the window's bottom under a long card. */
  .base:has(> .story[data-layout='wide']) .stage {
    position: sticky;
    bottom: 0;
    z-index: 3;
    background: var(--_bg);
  }
  /* The strip: the timeline below the card, shorter, unless the page sets its height. */
  .base[data-view='story'] .viewport {
    height: var(--history-timeline-height, min(var(--_content-height, 380px), 260px));
  }
`;
