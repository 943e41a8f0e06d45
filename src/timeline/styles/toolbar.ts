import { css } from 'lit';

/** The toolbar: the story's title, the search field, and the zoom and view buttons. */
export const toolbar = css`
  .toolbar {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: 8px;
    padding: 6px 0;
    border-bottom: 1px solid var(--_border);
  }
  .toolbar .title {
    flex: 1 1 12em;
    min-width: 0;
    margin: 0;
    font-weight: 600;
    font-size: 1em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .search {
    flex: 1 1 8em;
    min-width: 5em;
    max-width: 16em;
    margin-inline-end: auto;
  }
  .search input {
    box-sizing: border-box;
    width: 100%;
    height: 32px;
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: transparent;
    color: var(--_fg);
    font: inherit;
  }
  .search input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .tool-group {
    display: inline-flex;
    gap: 4px;
    flex: none;
  }
  /* The views: one segmented control. */
  .segmented {
    gap: 0;
  }
  .segmented .tool {
    border-radius: 0;
  }
  .segmented .tool:first-child {
    border-start-start-radius: 6px;
    border-end-start-radius: 6px;
  }
  .segmented .tool:last-child {
    border-start-end-radius: 6px;
    border-end-end-radius: 6px;
  }
  .segmented .tool + .tool {
    margin-inline-start: -1px;
  }
  .tool {
    min-width: 32px;
    height: 32px;
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    gap: 4px;
  }
  .tool[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }
  .tool:hover {
    border-color: var(--_accent);
  }
`;
