import { css } from 'lit';

/** A long paragraph: the chunks it is drawn in, and the detail's excerpt of it with its toggle to the whole. */
export const longParagraph = css`
  .chunk {
    display: block;
  }
  /* Laid out only near the screen; an unseen chunk is guessed to take this height (see centreQuote) until it has been seen. */
  .far {
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--_chunk-height, 8lh);
  }
  /* The excerpt: the chunks around the quotes run together, an ellipsis for the rest, until the whole paragraph is asked for. */
  .citation:not(:has(> [open])) .chunk {
    display: inline;
  }
  .citation:not(:has(> [open])) .far,
  .citation:has(> [open]) .elision {
    display: none;
  }
`;
