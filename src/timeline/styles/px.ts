import { unsafeCSS } from 'lit';

/** A size from views/metrics.ts as a CSS length: the layout and the stylesheet share one number. */
export const px = (n: number) => unsafeCSS(`${n}px`);
