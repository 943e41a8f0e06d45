import { css } from 'lit';

/** Messages in place of or above the timeline: loading, progress, the load error, the notice of a story's problems. */
export const messages = css`
  .message {
    display: block;
    margin: 0;
    padding: 8px 12px;
    color: var(--_fg);
  }
  .message p {
    margin: 0 0 6px;
  }
  .error {
    border-inline-start: 4px solid var(--_focus);
    background: var(--_surface);
  }
  .notice {
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  .notice summary {
    cursor: pointer;
    font-weight: 600;
  }
  .notice ul {
    margin: 6px 0 0;
    padding-inline-start: 1.2em;
  }
  .notice code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
`;
