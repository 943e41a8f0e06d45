import { css } from 'lit';

/** The key's entries, which come with the later parts: each a sample mark, drawn with the marks' own styles, and its meaning. */
export const keyEntries = css`
  .key ul {
    list-style: none;
    margin: 6px 0 4px;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px 20px;
  }
  .key li {
    display: flex;
    align-items: center;
    gap: 8px;
    color: var(--_fg);
  }
  .key-mark.event {
    position: relative;
    display: inline-block;
    width: 28px;
    height: 18px;
    flex: none;
    --_x: 8px;
    --_w: 12px;
  }
  .key-mark.event[data-shape='span'] {
    --_x: 0px;
    --_w: 28px;
  }
  .key-mark.event.wide {
    width: 44px;
    --_w: 44px;
  }
`;
