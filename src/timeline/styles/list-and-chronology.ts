import { css } from 'lit';

/** The list view (under a heading per era) and the phone chronology (a rule with marks, a heading per year). */
export const listAndChronology = css`
  /* In the timeline's place: the room kept for the page's static HTML (base.ts) falls below them, not above. */
  .stage:has(> .viewport[hidden]) {
    flex-grow: 0;
  }
  .list {
    display: block;
    padding: 8px 12px 12px;
    border-top: 1px solid var(--_border);
  }
  .list ol {
    list-style: none;
  }
  .list li {
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }
  .list-item {
    display: block;
    width: 100%;
    padding: 8px 4px;
    text-align: start;
    line-height: 1.35;
  }
  /* The event's group colour, as on the timeline. */
  .list-item[style*='--_accent'] {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 8px;
  }
  .list-item[aria-current='true'] {
    background: var(--_surface);
    font-weight: 700;
  }
  .list-date {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* An era's heading over its events, in the list and the print. */
  .list-era {
    margin-top: 12px;
    padding: 4px;
    font-weight: 700;
    border-bottom: 1px solid var(--_border);
  }

  /* The phone chronology: a rule with marks, a sticky heading per year, the detail under its event. */
  .chronology {
    display: block;
    padding: 4px 0 12px;
  }
  .chronology ol {
    list-style: none;
  }
  .chronology-heading {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 6px 0 4px;
    font-weight: 700;
    font-size: 1.05em;
    background: var(--history-timeline-background, var(--_bg));
  }
  .chronology-entry {
    position: relative;
    padding-inline-start: 24px;
  }
  /* The rule down the left, through every mark. */
  .chronology-entry::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 9px;
    border-inline-start: 2px solid color-mix(in srgb, var(--_border) 60%, transparent);
  }
  .chronology-item.event {
    position: relative;
    display: block;
    width: 100%;
    height: auto;
    padding: 8px 4px;
    text-align: start;
    line-height: 1.35;
    --_x: 0px;
    --_w: 12px;
  }
  .chronology-mark {
    position: absolute;
    inset-inline-start: -21px;
    top: 10px;
    width: 12px;
    height: 16px;
  }
  .chronology-item.event[data-shape='span'] .chronology-mark,
  .chronology-item.event[data-shape='interval'] .chronology-mark {
    --_x: 3px;
    --_w: 6px;
  }
  .chronology-item.event[data-shape='span'] .shape,
  .chronology-item.event[data-shape='interval'] .shape {
    height: 16px;
    top: 0;
  }
  .chronology-date {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .chronology-title {
    display: block;
  }
  .chronology-item[data-featured] .chronology-title,
  .chronology-item[aria-current='true'] .chronology-title {
    font-weight: 700;
  }
  /* A long stretch without events, where the axis draws its compressed gap: the rule turns dotted. */
  .chronology-gap {
    position: relative;
    padding-block: 8px;
    padding-inline-start: 24px;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .chronology-gap::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 9px;
    border-inline-start: 2px dotted var(--_border);
  }
  .chronology-gap-entry {
    padding-inline-start: 0;
  }
  .chronology-gap-entry::before {
    content: none;
  }
  .chronology-entry .detail {
    margin: 4px 0 12px;
    padding: 10px 12px 12px;
    border-top-width: 2px;
  }
  .show-more {
    margin-top: 8px;
  }
  .list-item .reports,
  .chronology-item .reports {
    margin-inline-start: 6px;
  }
  /* In the chronology's date line, not beside the mark as on the timeline. */
  .chronology-item .reports {
    position: static;
  }
`;
