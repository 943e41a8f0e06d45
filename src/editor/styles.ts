import { css } from 'lit';

/**
 * The editor's stylesheet (adopted, never a style attribute, so a strict CSP allows it), after the
 * tokens it shares with the viewer (styles/tokens.ts), so a page themes both at once; all colours
 * meet WCAG AA. Columns follow the element's own width (a container query), not the window's.
 */
export const editorStyles = css`
  :host {
    --_phrase: light-dark(#d6e8ff, #1d3f66);
    --_error: light-dark(#b42318, #ff9b8f);
    display: block;
    /* The editor paints its own box in the OS's scheme; the viewer in its preview follows this. */
    color-scheme: light dark;
    container-type: inline-size;
    background: var(--_bg);
    color: var(--_fg);
    font-family: var(--_font);
    font-size: 15px;
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.15rem;
    margin: 0 0 0.5rem;
  }
  h3 {
    font-size: 1rem;
    margin: 0;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin: 0 0 12px;
  }
  .layout {
    display: grid;
    gap: 16px;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 760px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .preview {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 1180px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr) minmax(0, 1fr);
    }
    .preview {
      grid-column: auto;
    }
    /* The text and the preview stay in view while the events scroll past. */
    section.source,
    section.preview {
      position: sticky;
      top: 0;
      align-self: start;
      max-height: 100vh;
      overflow: auto;
    }
  }
  section.pane {
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 12px;
  }
  label,
  .label {
    display: block;
    font-weight: 600;
    margin: 8px 0 2px;
  }
  input[type='text'],
  input[type='url'],
  input[type='date'],
  select,
  textarea {
    width: 100%;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 6px 8px;
  }
  textarea {
    resize: vertical;
  }
  textarea.article-input {
    min-height: 10rem;
  }
  textarea.snippet {
    field-sizing: content;
    min-height: 3rem;
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
    background: var(--_surface);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
    align-items: center;
    margin: 4px 0 12px;
  }
  .action {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: center;
  }
  .done {
    font-size: 0.9em;
    font-weight: 600;
  }
  textarea.paragraph-picker {
    field-sizing: content;
    min-height: 3rem;
    background: var(--_surface);
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  input[type='file'] {
    font: inherit;
    max-width: 100%;
  }
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 4px 10px;
    min-height: 32px;
    cursor: pointer;
  }
  button[aria-pressed='true'],
  button.primary {
    background: var(--_accent);
    color: var(--_accent-fg);
    border-color: var(--_accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.75;
  }
  .hint,
  .meta-line {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 2px 0;
  }
  .readiness {
    font-size: 0.9em;
    margin: 4px 0;
  }
  .readiness p {
    margin: 2px 0;
    font-weight: 600;
  }
  .problem {
    color: var(--_error);
    font-size: 0.9em;
    margin: 2px 0;
  }
  .ok {
    margin: 2px 0;
    font-size: 0.9em;
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* A long article's paragraphs out of view are not laid out (a 10,000-event story's article is 200 paragraphs). */
  .paragraph {
    content-visibility: auto;
    contain-intrinsic-size: auto 4lh;
    margin: 0 0 8px;
    padding: 4px 6px;
    border-inline-start: 3px solid transparent;
  }
  /* A long paragraph's chunks: each laid out only near the screen, an unseen one guessed at six lines. */
  .paragraph.long .words {
    display: block;
  }
  .paragraph.long .chunk {
    display: block;
    content-visibility: auto;
    contain-intrinsic-block-size: auto 6lh;
  }
  .paragraph.cited {
    border-inline-start-color: var(--_accent);
  }
  .paragraph.heading {
    font-weight: 700;
  }
  .paragraph .pid {
    color: var(--_muted);
    font-size: 0.85em;
    margin-inline-end: 4px;
    user-select: none;
  }
  .paragraph .citers {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
    user-select: none;
  }
  mark {
    color: inherit;
    background: transparent;
  }
  mark.quote {
    background: var(--_highlight);
  }
  mark.phrase {
    background: var(--_phrase);
    font-weight: 600;
    text-decoration: underline;
  }
  .article-text {
    max-height: 36rem;
    overflow: auto;
  }
  /* One line whatever is selected: nothing below it moves while words are chosen. */
  .selection-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex-wrap: nowrap;
    gap: 8px;
    align-items: center;
    height: 44px;
    background: var(--_bg);
    margin: 0 0 8px;
  }
  .selection-bar button {
    flex: none;
  }
  .selection-bar .selected {
    flex: 1;
    min-width: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .candidate {
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 8px 10px;
    margin: 0 0 10px;
  }
  .candidate.accepted {
    border-inline-start: 5px solid var(--_accent);
  }
  .candidate.rejected {
    border-style: dashed;
    background: var(--_surface);
  }
  /* Accept and Reject keep one place on every card, whatever the title's length: the top right. */
  .candidate header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'headline decision';
    gap: 6px;
    align-items: start;
  }
  .candidate .decision {
    grid-area: decision;
    display: flex;
    gap: 6px;
  }
  .candidate .headline {
    grid-area: headline;
    min-width: 0;
  }
  button.inline {
    border: none;
    background: none;
    padding: 0;
    min-height: 0;
    font: inherit;
    color: inherit;
    text-align: start;
    text-decoration: underline dotted;
    text-underline-offset: 3px;
    overflow-wrap: anywhere;
  }
  button.inline:hover {
    text-decoration-style: solid;
  }
  h3 button.inline {
    font-weight: 700;
  }
  input.inline-field {
    border: 2px solid var(--_accent);
    padding: 4px 6px;
  }
  h3 input.inline-field {
    font-weight: 700;
  }
  .inline-date label {
    margin-top: 4px;
  }
  fieldset.picture {
    border: 1px solid var(--_border);
    border-radius: 6px;
    margin: 8px 0;
    padding: 4px 10px 10px;
  }
  fieldset.picture legend {
    font-weight: 600;
    padding: 0 4px;
  }
  img.thumb {
    display: block;
    max-width: 100%;
    max-height: 160px;
    margin: 4px 0;
    border-radius: 4px;
  }
  .merge-question {
    border: 2px solid var(--_accent);
    border-radius: 6px;
    padding: 8px;
    margin: 8px 0;
  }
  .merge-pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 8px;
  }
  .merge-pair .gist {
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 4px 8px;
  }
  .gist p {
    margin: 2px 0;
  }
  .citation {
    border-top: 1px solid var(--_border);
    margin-top: 8px;
    padding-top: 4px;
  }
  details.edit > summary,
  details.chooser > summary,
  .drafts > summary {
    cursor: pointer;
    font-weight: 600;
    margin: 6px 0;
  }
  blockquote {
    margin: 4px 0;
    padding: 2px 8px;
    background: var(--_highlight);
  }
  .check {
    display: flex;
    gap: 6px;
    align-items: center;
    font-weight: 600;
    margin: 8px 0 2px;
  }
  .drafts li {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
    margin: 4px 0;
  }
  .drafts li[aria-current='true'] > span {
    font-weight: 700;
  }
  /* The preview is as tall as the story's rows need, as the published page is: no label is hidden in a cluster for want of room. */
  .preview history-timeline {
    display: block;
    margin: 8px 0 16px;
    /* No wider than the exported page's column (publish.ts), so the iframe snippet's height, taken from it, holds the page's timeline. */
    max-width: 1100px;
  }
  .article-tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    border-bottom: 1px solid currentColor;
    margin-bottom: 8px;
  }
  .article-tabs [role='tab'][aria-selected='true'] {
    font-weight: 600;
    border-bottom: 3px solid currentColor;
  }
  /* Disagreement between sources is said in words and marked by a rule, not by colour alone. */
  .candidate .differ {
    border-left: 3px solid currentColor;
    padding-left: 6px;
    font-weight: 600;
  }
`;
