import { describe, expect, test } from 'vitest';
import { joinBrokenLines } from '../../src/editor/broken-lines';

describe('lines broken mid-sentence', () => {
  test('a sentence cut over blank-line-separated blocks is joined; a heading and whole sentences stay blocks', () => {
    const text = [
      'How the crisis unfolded',
      'Date Development',
      'March 8 The lender says',
      'it will close and sell',
      '$2 billion of bonds.',
      'March 10 A regulator shuts the bank and names the',
      'Deposit Insurance Corporation as receiver. U.S.',
      'officials later say savers will be paid.',
      'A new sentence starts here.',
    ].join('\n\n');
    expect(joinBrokenLines(text)).toEqual({
      joined: 4,
      text: [
        'How the crisis unfolded',
        'Date Development',
        'March 8 The lender says it will close and sell $2 billion of bonds.',
        'March 10 A regulator shuts the bank and names the Deposit Insurance Corporation as receiver. U.S. officials later say savers will be paid.',
        'A new sentence starts here.',
      ].join('\n\n'),
    });
  });

  test('a text of single lines is joined line by line; a text with nothing broken is left as it is', () => {
    expect(joinBrokenLines('The council met on Monday and\nvoted to close the bridge.\nIt reopens in May.')).toEqual({ joined: 1, text: 'The council met on Monday and voted to close the bridge.\nIt reopens in May.' });
    const whole = 'The council met on Monday.\n\nIt voted to close the bridge.';
    expect(joinBrokenLines(whole)).toEqual({ joined: 0, text: whole });
  });
});
