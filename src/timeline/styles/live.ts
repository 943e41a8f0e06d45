import { css } from 'lit';

/** A live story's bar above the timeline, and the mark of an event not seen yet. */
export const live = css`
  .live-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    padding: 4px 8px;
  }
  .live-queued {
    color: var(--_muted);
  }
  .event[data-new] .shape {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .event[data-new] .label {
    font-weight: 600;
  }
`;
