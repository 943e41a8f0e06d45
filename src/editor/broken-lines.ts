/**
 * Lines broken in the middle of a sentence, as text copied from some pages (a table, a PDF, a
 * fixed-width column) arrives: each piece would be drafted as a paragraph of its own, a sentence
 * cut in three. The text's blocks (paragraphs between blank lines, else lines) are joined where
 * the next one goes on with the sentence: it starts in lower case, or with a digit or symbol after
 * a block that did not end a sentence, or
 * the one before ends without the punctuation that ends a sentence and with a word or comma no
 * sentence ends with. A headline or a heading ("Date Development") stays a block of its own.
 */

/** What ends a sentence or a heading, or a quotation or bracket closed after it. */
const ENDED = /[.!?:;…]["”’)\]]*$/;
/** How a block that goes on with a sentence can start: a digit, a currency or percent sign, an opening bracket, a dash. */
const GOES_ON = /^[\d$€£¥%(–—-]/u;
/** Words a sentence does not end with (English): a block ending in one was cut mid-sentence, whatever the next starts with. */
const CUT_AFTER = /(?:^|\s)(?:the|a|an|of|to|in|on|at|by|for|with|as|and|or|but|from|into|than|that|its|their|his|her|is|are|was|were)$|,$/i;

/** Whether `next` goes on with the sentence `before` was cut in. */
function continues(before: string, next: string): boolean {
  // A sentence never starts in lower case ("U.S." then "officials later say" is one sentence).
  if (/^\p{Ll}/u.test(next)) return true;
  if (ENDED.test(before)) return false;
  return GOES_ON.test(next) || CUT_AFTER.test(before);
}

/** `text` with the blocks that go on with the sentence before them joined to it by a space, and how many were joined. */
export function joinBrokenLines(text: string): { text: string; joined: number } {
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*(?:\n[ \t]*)+/ : /\n/;
  const blocks = text.split(separator).map((b) => b.trim()).filter(Boolean);
  const kept: string[] = [];
  let joined = 0;
  for (const block of blocks) {
    const last = kept.length - 1;
    if (last >= 0 && continues(kept[last], block)) {
      kept[last] = `${kept[last]} ${block}`;
      joined++;
    } else kept.push(block);
  }
  return { text: kept.join(separator.source.includes('(?:') ? '\n\n' : '\n'), joined };
}
