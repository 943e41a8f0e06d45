import { css } from 'lit';

/** The detail panel: the selected event's date, title, summary, date note and cited paragraphs. */
export const detail = css`
  .stage {
    position: relative;
    display: flex;
    flex-direction: column;
    flex-grow: 1;
  }
  /* A panel needs room to read in, however short the timeline. */
  .stage:has(> .detail) {
    min-height: 360px;
  }
  .detail {
    display: block;
    padding: 14px 16px 16px;
    border-top: 3px solid var(--_accent);
  }
  /* On a wide element: a panel over the side of the timeline away from the selected mark. */
  .detail[data-side] {
    position: absolute;
    top: 0;
    inset-inline-end: 0;
    z-index: 3;
    width: min(440px, 44%);
    max-height: 100%;
    overflow-y: auto;
    background: var(--history-timeline-background, var(--_bg));
    border: 1px solid var(--_border);
    border-top: 3px solid var(--_accent);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.2);
  }
  .detail[data-side='start'] {
    inset-inline: 0 auto;
  }
  /* One line length for everything the panel says. */
  .detail > *,
  .detail-heading {
    max-width: 65ch;
  }
  .detail-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
    max-width: none;
  }
  .detail-date {
    font-size: 0.85em;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }
  .date-flag {
    font-weight: 400;
  }
  .detail-title {
    margin-top: 2px;
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }
  .summary {
    margin-top: 10px;
    line-height: 1.5;
  }
  /* How the date was found: a quiet note behind its toggle, not an alarm. */
  .date-note {
    margin-top: 10px;
    color: var(--_muted);
    font-size: 0.92em;
    line-height: 1.45;
  }
  .date-note summary {
    cursor: pointer;
    width: fit-content;
    color: var(--_accent);
  }
  .date-note p {
    margin-top: 4px;
    padding-inline-start: 10px;
    border-inline-start: 2px solid var(--_border);
  }
  .date-note strong,
  .cited-source strong {
    color: var(--_fg);
    font-weight: 600;
  }
  /* Each source heads its quotes with a line in the captions' type: who published it, when, and the link. */
  .cited-source {
    margin-top: 16px;
  }
  .cited-source > p,
  .citation figcaption {
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* A cited paragraph set as the article sets it: body size, the panel's width, its number under it. */
  .citation {
    margin-top: 6px;
  }
  /* Right to left, the story's text keeps its own direction (base.ts) but lines up with the panel's edge: one block. */
  [dir='rtl'] :is(.detail-title, .story-card-title, .summary, .date-note p, blockquote) {
    text-align: right;
  }
  .citation blockquote {
    padding-inline-start: 12px;
    border-inline-start: 3px solid var(--_border);
    font-size: max(16px, 1.15em);
    line-height: 1.55;
  }
  .citation figcaption {
    margin-top: 6px;
    padding-inline-start: 15px;
  }
  .detail-nav {
    display: flex;
    align-items: center;
    gap: 12px;
    margin-top: 14px;
  }
  .detail-nav .tool[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
`;
