import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { parseEdtf } from '../../src/model/edtf';
import {
  button, card, cards, click, draftArticle, edit, editInPlace, field, fill, freshDatabase, mountEditor, q, startEditing, titleOf, unmountEditors, until,
} from '../support/editor-harness';

afterEach(() => unmountEditors());

const ministry = 'Russia becomes the first country to officially recognize the Taliban-led government';

describe('reviewing on the cards', () => {
  test('the cards are in time order, and a card moves to its place when its date is changed', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    // Accepted, every event is in the story: its dates tell the order the cards should have.
    for (const c of cards(el)) await click(el, button(el, 'Accept', c));
    const startOf = (title: string) => {
      const parsed = parseEdtf(el.story.events.find((e) => e.title === title)!.date);
      return parsed.ok ? parsed.value.startMs : Infinity;
    };
    const starts = cards(el).map(titleOf).map(startOf);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(cards(el).map((c) => c.querySelector('.meta-line button')!.textContent!.trim()).slice(0, 2)).toEqual(['1992', 'By 1994']);
    await editInPlace(el, ministry, 'date', '1990');
    expect(titleOf(cards(el)[0])).toBe(ministry);
    // Saved by Enter, the focus stays on the card's date, now at the top.
    expect(el.shadowRoot!.activeElement).toBe(cards(el)[0].querySelector('.meta-line button'));
  });

  test('a title edited in place: Enter saves, Escape cancels; the focus comes back to the title', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const input = await startEditing(el, ministry, 'title');
    // The words are selected: typing replaces them.
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, ministry.length]);
    await userEvent.keyboard('Not this');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(titleOf(card(el, ministry))).toBe(ministry);
    expect(el.shadowRoot!.activeElement).toBe(card(el, ministry).querySelector('h3 button'));
    expect(el.story.events).toEqual([]);
    await editInPlace(el, ministry, 'title', 'Russia recognizes the Taliban government');
    const renamed = card(el, 'Russia recognizes the Taliban government');
    expect(el.shadowRoot!.activeElement).toBe(renamed.querySelector('h3 button'));
    // Undo brings the old title back.
    await userEvent.keyboard('{Control>}z{/Control}');
    await el.updateComplete;
    expect(() => card(el, ministry)).not.toThrow();
  });

  test('Accept and Reject are at the same place on every card, whatever the title', async () => {
    const el = await mountEditor(freshDatabase(), 900);
    await draftArticle(el);
    const places = cards(el).map((c) => {
      const box = c.getBoundingClientRect();
      const accept = button(el, 'Accept', c).getBoundingClientRect();
      const reject = button(el, 'Reject', c).getBoundingClientRect();
      return [Math.round(accept.left - box.left), Math.round(accept.top - box.top), Math.round(reject.left - box.left), Math.round(reject.top - box.top)];
    });
    expect(new Set(places.map(String)).size).toBe(1);
    expect(cards(el).map(titleOf).some((t) => t.length > 40)).toBe(true);
  });

  test('a merge asked for and cancelled changes nothing', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const before = JSON.stringify(el.story);
    const quakes = await edit(el, 'Earthquakes strike');
    const merge = field(el, 'Merge another event into this one', quakes) as unknown as HTMLSelectElement;
    merge.value = [...merge.options].find((o) => o.text.startsWith('Floods hit'))!.value;
    await click(el, button(el, 'Merge…', quakes));
    await click(el, button(el, 'Cancel', card(el, 'Earthquakes strike')));
    expect(cards(el).map(titleOf)).toContain('Floods hit');
    expect(JSON.stringify(el.story)).toBe(before);
    await until(() => el.shadowRoot!.activeElement === card(el, 'Earthquakes strike').querySelector('h3 button'), 'the focus is back on the card');
  });
});

describe('a text pasted with its lines broken mid-sentence', () => {
  test('"Join broken lines" is offered, joins them as one step of undo, and the sentences draft whole', async () => {
    const el = await mountEditor(freshDatabase());
    const broken = ['March 8 The lender says', 'it will close and sell', '$2 billion of its bonds.', 'March 10 A regulator shuts the bank and names the', 'deposit insurer as receiver.'].join('\n\n');
    await fill(el, field<HTMLTextAreaElement>(el, 'Article text'), broken);
    await fill(el, field(el, 'Publication date'), '2023-03-24');
    expect(q(el, '#broken-lines').textContent!.replace(/\s+/g, ' ')).toContain('3 lines go on with a sentence cut before them');
    await click(el, button(el, 'Join broken lines'));
    const joined = 'March 8 The lender says it will close and sell $2 billion of its bonds.\n\nMarch 10 A regulator shuts the bank and names the deposit insurer as receiver.';
    expect(field<HTMLTextAreaElement>(el, 'Article text').value).toBe(joined);
    expect(el.shadowRoot!.querySelector('#broken-lines')).toBeNull();
    await click(el, button(el, 'Draft events'));
    await until(() => cards(el).length === 2, 'both sentences were drafted');
    expect(cards(el).map((c) => c.querySelector('blockquote')!.textContent).sort()).toEqual(joined.split('\n\n').sort());
    await click(el, button(el, 'Undo'));
    await click(el, button(el, 'Undo'));
    expect(field<HTMLTextAreaElement>(el, 'Article text').value).toBe(broken);
  });
});
