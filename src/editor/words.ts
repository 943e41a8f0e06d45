/** Small helpers for the editor's sentences. */

// One formatter: toLocaleString makes a new one at each call, a few milliseconds a render.
const numbers = new Intl.NumberFormat('en-US');

/** "10,000": a number as the editor's sentences write it. */
export const numeral = (n: number): string => numbers.format(n);

/** "1 event", "3 events". */
export const count = (n: number, one: string, many: string): string => `${numeral(n)} ${n === 1 ? one : many}`;

/** "a", "a and b", "a, b and c". */
export function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
