import { css } from 'lit';

/** An event's picture with caption and credit, in the detail panel, story cards and print. */
export const media = css`
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
