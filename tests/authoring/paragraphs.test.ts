import { describe, expect, test } from 'vitest';
import { splitParagraphs } from '../../src/authoring/paragraphs';

describe('paragraphs and furniture', () => {
  test('blank-line paragraphs join their wrapped lines; Markdown headings are headings', () => {
    const { paragraphs } = splitParagraphs('# Title\n\nOne line\nwrapped here.\n\nTwo.');
    expect(paragraphs).toEqual([
      { id: 'p1', text: 'Title', role: 'heading', line: 1 },
      { id: 'p2', text: 'One line wrapped here.', line: 3 },
      { id: 'p3', text: 'Two.', line: 6 },
    ]);
  });

  test.each([
    ['Also Read: Something Else', 'see-also'],
    ['Read more: the full report', 'see-also'],
    ['Follow our WhatsApp Channel for updates.', 'follow-us'],
    ['Share this article', 'share-prompt'],
    ['Photo: Dock cranes at the port (Image credit: Reuters)', 'photo-credit'],
    ['By Maria Lopez', 'byline'],
    ['Published: 8 March 2024', 'timestamp'],
    ['ADVERTISEMENT', 'sign-up'],
    ['March 4, 2011 in Courts, Appeals | Permalink | Comments (2) | TrackBack (0)', 'post-footer'],
    ['Posted by Dana Reyes at 9:14 PM', 'post-footer'],
  ])('"%s" is furniture (%s)', (text, rule) => {
    expect(splitParagraphs(text).furniture.map((f) => f.rule)).toEqual([rule]);
  });

  test.each(['By 1994, the Taliban had advanced.', 'Shares fell sharply on Monday.', 'Photography was banned in 1990.', 'Posted by the army to the border in 2001, he never came home.'])('"%s" is not furniture', (text) => {
    expect(splitParagraphs(text).furniture).toEqual([]);
  });
});
