import { css } from 'lit';
import { DECK_LINE_PX, DECK_SCALE } from '../../layout/annotation';

/** The featured event's deck and leader line (views/annotation.ts), drawn once the later parts arrive. */
export const annotation = css`
  /* The deck stands for the label, which stays for screen readers. */
  .event[data-annotated] .label {
    opacity: 0;
  }
  .deck,
  .leader {
    position: absolute;
    z-index: 1;
    top: 0;
    inset-inline-start: 0;
    overflow: visible;
  }
  .deck {
    padding: 4px 6px;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_bg);
    font-size: ${DECK_SCALE}em;
    font-weight: 700;
    line-height: ${DECK_LINE_PX}px;
    text-wrap: balance;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .deck[data-lines='1'] {
    white-space: nowrap;
  }
  .leader {
    stroke: var(--_fg);
  }
`;
