import { css } from 'lit';

/**
 * Story mode and media: one card at a time (title card, then each event) above a shorter timeline
 * strip; an event's picture with caption and credit in story cards and the detail panel.
 */
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
`;
