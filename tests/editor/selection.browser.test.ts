import { afterEach, describe, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import russia from '../../data/russia-recognizes-taliban.story.json?raw';
import {
  all, button, click, dragOver, draftArticle, expectNewEvent, freshDatabase, mountEditor, openFile, phraseBoxes, q, unmountEditors, until,
} from '../support/editor-harness';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  unmountEditors();
});

const offered = (el: HTMLElement) => el.shadowRoot!.querySelector('.selection-bar .selected')!.textContent!.trim();

describe('choosing words in the drafted text with the mouse', () => {
  test('a real drag over a phrase makes an event with exactly those words, and nothing moves while dragging', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const phrase = 'The Taliban went on to capture Kabul';
    const words = q(el, '[data-paragraph-text="p12"]');
    words.scrollIntoView({ block: 'center' });
    const { first, last } = phraseBoxes(el, 'p12', phrase);
    // Where the paragraph is at every step of the drag: it must not move under the pointer.
    const tops: number[] = [];
    const watch = () => tops.push(words.getBoundingClientRect().top);
    document.addEventListener('selectionchange', watch);
    try {
      await commands.drag(first.left + 1, first.top + first.height / 2, last.right - 1, last.top + last.height / 2, 12);
    } finally {
      document.removeEventListener('selectionchange', watch);
    }
    expect(tops.length).toBeGreaterThan(3);
    expect(new Set(tops.map(Math.round)).size, 'the paragraph moved during the drag').toBe(1);
    await until(() => offered(el) === `Selected in p12: “${phrase}”`, 'the words are offered');
    await click(el, button(el, 'New event from this quote', q(el, '.selection-bar')));
    await expectNewEvent(el, 'p12', phrase);
  });

  test('words of a heading are not offered for a new event, and the bar says why', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el, 'Council votes on the bridge\n\nThe council voted on 3 March 2025 to close the bridge.');
    expect(el.story.sources[0].paragraphs[0]).toMatchObject({ id: 'p1', role: 'heading' });
    // Its words selected as a drag leaves them (a drag over a heading at the top of the text box is not what is tested).
    const words = q(el, '[data-paragraph-text="p1"]');
    const range = document.createRange();
    range.setStart(words, 0);
    range.setEnd(words, words.childNodes.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    await until(() => offered(el).startsWith('p1 was read as a heading'), () => `the heading is refused, not: ${offered(el)}`);
    expect(offered(el)).toBe('p1 was read as a heading, which an event cannot cite: select words in a paragraph.');
    expect(button(el, 'New event from this quote', q(el, '.selection-bar')).disabled).toBe(true);
  });

  test('a drag that starts and ends inside words takes them whole', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await dragOver(el, 'p12', 'aliban went on to capt');
    await until(() => offered(el) === 'Selected in p12: “Taliban went on to capture”', 'whole words are offered');
  });

  test('double-click selects a word, Shift+click extends the selection to another', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const words = q(el, '[data-paragraph-text="p12"]');
    words.scrollIntoView({ block: 'center' });
    const origin = words.getBoundingClientRect();
    const at = (box: DOMRect) => ({ x: box.left + box.width / 2 - origin.left, y: box.top + box.height / 2 - origin.top });
    const kabul = phraseBoxes(el, 'p12', 'Kabul');
    await userEvent.dblClick(words, { position: at(kabul.first) });
    await until(() => offered(el) === 'Selected in p12: “Kabul”', 'the word is offered');
    const next = phraseBoxes(el, 'p12', 'Islamic');
    await userEvent.click(words, { position: at(next.last), modifiers: ['Shift'] });
    await until(() => /^Selected in p12: “Kabul and declared the establishment of the Islamic”$/.test(offered(el)), 'the selection reaches the other word');
  });
});

describe('choosing words in a paragraph of 100,000 characters', () => {
  test('it is drawn in chunks holding its text as written, and a real drag over words in its middle makes an event with exactly those words', async () => {
    const story = JSON.parse(russia);
    const paragraph = story.sources[0].paragraphs.find((p: { id: string }) => p.id === 'p12');
    const filler = 'The quick brown fox jumps over the lazy dog. '.repeat(2_300);
    const phrase = 'the lazy dog. The quick brown fox';
    paragraph.text = `${filler.slice(0, 99_000 - paragraph.text.length)} ${paragraph.text}`;
    const el = await mountEditor(freshDatabase());
    await openFile(el, 'long.story.json', JSON.stringify(story));
    const words = q(el, '[data-paragraph-text="p12"]');
    expect(words.textContent).toBe(paragraph.text);
    expect(all(el, '[data-paragraph-text="p12"] .chunk').length).toBeGreaterThan(100);
    const middle = words.textContent!.indexOf(phrase, 50_000);
    const occurrence = words.textContent!.slice(0, middle).split(phrase).length - 1;
    // Scrolled to the words, as a person scrolls the article to them.
    const walker = document.createTreeWalker(words, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode() as Text;
    for (let before = 0; before + node.length <= middle; node = walker.nextNode() as Text) before += node.length;
    node.parentElement!.scrollIntoView({ block: 'center' });
    const { first, last } = phraseBoxes(el, 'p12', phrase, occurrence);
    await commands.drag(first.left + 1, first.top + first.height / 2, last.right - 1, last.top + last.height / 2, 12);
    await until(() => q(el, '.selection-bar .selected').textContent!.trim() === `Selected in p12: “${phrase}”`, () => `the words are offered, not ${q(el, '.selection-bar .selected').textContent} ${JSON.stringify([first, last])}`);
    await click(el, button(el, 'New event from this quote', q(el, '.selection-bar')));
    await expectNewEvent(el, 'p12', phrase);
    expect(words.textContent).toBe(paragraph.text);
  });
});
