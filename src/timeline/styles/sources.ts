import { css } from 'lit';

/** The source view: a tab per source, the chosen source's text by paragraph, with markers for the events citing it. */
export const sources = css`
  .sources {
    display: block;
    padding: 12px 16px;
    border-top: 1px solid var(--_border);
  }
  /* With several sources, a tab each: a long row scrolls sideways rather than piling up above the text. */
  .source-tabs {
    display: flex;
    gap: 2px;
    overflow-x: auto;
    margin-bottom: 12px;
    border-bottom: 1px solid var(--_border);
    scrollbar-width: thin;
  }
  .source-tab {
    display: block;
    flex: none;
    max-width: 16em;
    padding: 6px 12px;
    border-bottom: 3px solid transparent;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--_muted);
  }
  .source-tab[aria-selected='true'] {
    border-bottom-color: var(--_accent);
    color: var(--_fg);
    font-weight: 600;
  }
  /* Inside the row, which clips what stands outside it. */
  .source-tab:focus-visible {
    outline-offset: -3px;
  }
  .source-title {
    font-size: 1.15em;
    font-weight: 700;
  }
  .source-line {
    color: var(--_muted);
    font-size: 0.9em;
    margin-bottom: 8px;
  }
  .source-heading {
    margin: 16px 0 6px;
    font-weight: 700;
  }
  .paragraph {
    display: grid;
    grid-template-columns: 2.2em 1fr;
    gap: 0 8px;
    padding: 6px 4px;
    border-radius: 4px;
    max-width: 80ch;
  }
  .paragraph.focused {
    outline: 2px solid var(--_accent);
  }
  .paragraph-number {
    color: var(--_muted);
    font-size: 0.85em;
    text-align: end;
    padding-top: 0.15em;
  }
  .markers {
    grid-column: 2;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: 4px;
  }
  .marker {
    padding: 2px 8px;
    border: 1px solid var(--_accent);
    border-radius: 12px;
    font-size: 0.85em;
    color: var(--_fg);
    background: var(--_surface);
  }
  .marker[aria-current='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
  }
`;
