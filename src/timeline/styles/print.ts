import { css } from 'lit';

/** Print: the list of every event with its citations (views/print.ts) in place of the interactive views. */
export const print = css`
  .print-list {
    display: none;
  }
  @media print {
    .base {
      min-height: 0;
    }
    .toolbar,
    .viewport,
    .detail,
    .list,
    .sources,
    .notice,
    .story {
      display: none !important;
    }
    .print-list {
      display: block;
      color: #000;
      background: #fff;
    }
    .print-list li {
      margin-bottom: 10px;
      break-inside: avoid;
    }
    .print-link {
      margin: 2px 0 0;
      overflow-wrap: anywhere;
    }
    .print-source {
      margin: 6px 0 0;
      font-weight: 600;
    }
    .print-list .reports {
      margin-inline-start: 4px;
    }
    .print-list blockquote {
      margin-block: 4px 0;
      margin-inline: 16px 0;
      font-style: italic;
    }
  }
`;
