/** Heading level (1–6) from a page's `heading-level`, so headings fit the outline of the page around them; 2 when unreadable. */
export const headingLevel = (n: number) => String(Math.min(6, Math.max(1, Math.round(n) || 2)));
