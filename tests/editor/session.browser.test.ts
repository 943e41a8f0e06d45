import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimelineEditor } from '../../src/editor/history-timeline-editor';
import {
  all, button, card, cards, click, draftArticle, edit, field, fill, freshDatabase, isAccepted, mountEditor, q, savedDrafts, summary, unmountEditors, until,
} from '../support/editor-harness';

afterEach(() => unmountEditors());

/** What a person sees of the review (every card's status, heading, quotes and note, folded or not) and the story Export writes. */
function snapshot(el: HistoryTimelineEditor): string {
  const review = cards(el).map((c) => ({
    status: isAccepted(el, c) ? 'accepted' : button(el, 'Reject', c).getAttribute('aria-pressed') === 'true' ? 'rejected' : 'pending',
    shown: [...c.querySelectorAll(':scope > header, :scope > blockquote, :scope > p')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim()),
  }));
  return JSON.stringify({ cards: review, story: el.story, title: field(el, 'Title').value, url: field(el, 'URL').value });
}

const titles = {
  ministry: 'Russia becomes the first country to officially recognize the Taliban-led government',
  advance: 'Taliban advances through southern Afghanistan',
  collapse: 'Soviet-backed Afghan government collapses',
  quakes: 'Earthquakes strike',
  floods: 'Floods hit',
};

describe('never lose work', () => {
  test('a reload halfway through restores the draft exactly; saved drafts can be switched and deleted', async () => {
    const database = freshDatabase();
    let el = await mountEditor(database);
    await draftArticle(el);
    await click(el, button(el, 'Accept', card(el, titles.ministry)));
    await click(el, button(el, 'Reject', card(el, titles.collapse)));
    await fill(el, field(el, 'Event title', await edit(el, titles.ministry)), 'Russia recognizes the Taliban');
    await fill(el, field(el, 'Publisher', undefined), 'A paper');
    await el.saved();
    const before = snapshot(el);
    const text = field<HTMLTextAreaElement>(el, 'Article text').value;

    unmountEditors();
    el = await mountEditor(database);
    expect(snapshot(el)).toBe(before);
    expect(field<HTMLTextAreaElement>(el, 'Article text').value).toBe(text);
    expect(all(el, 'mark.phrase').length).toBeGreaterThan(0);

    // A second draft, then back to the first from the list; then delete the second.
    await click(el, button(el, 'New draft'));
    expect(field(el, 'Title').value).toBe('');
    await fill(el, field(el, 'Title'), 'Second story');
    await el.saved();
    await until(() => savedDrafts(el).length === 2, 'both drafts are listed');
    await click(el, summary(el, 'Saved drafts'));
    const first = savedDrafts(el).find((li) => li.textContent!.includes('Russia recognizes the Taliban government'))!;
    await click(el, button(el, 'Open Russia recognizes the Taliban government', first));
    await until(() => field(el, 'Title').value === 'Russia recognizes the Taliban government', 'the first draft is open again');
    expect(snapshot(el)).toBe(before);
    const second = savedDrafts(el).find((li) => li.textContent!.includes('Second story'))!;
    await click(el, button(el, 'Delete Second story', second));
    await until(() => savedDrafts(el).length === 1, 'the second draft is deleted');
    expect(snapshot(el)).toBe(before);
  });

  test('undo and redo through ten edits, with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const states = [snapshot(el)];
    const edits: (() => Promise<void>)[] = [
      () => click(el, button(el, 'Accept', card(el, titles.ministry))),
      () => click(el, button(el, 'Accept', card(el, titles.advance))),
      () => click(el, button(el, 'Accept', card(el, titles.quakes))),
      () => click(el, button(el, 'Reject', card(el, titles.collapse))),
      async () => fill(el, field(el, 'Event title', await edit(el, titles.ministry)), 'Russia recognizes the Taliban'),
      async () => fill(el, field(el, 'Date (EDTF)', await edit(el, titles.advance)), '../1994~'),
      async () => fill(el, field<HTMLTextAreaElement>(el, 'Summary', await edit(el, titles.quakes)), 'Two earthquakes struck.'),
      async () => click(el, field(el, 'Date inferred (the source does not state it)', await edit(el, titles.quakes))),
      async () => fill(el, field<HTMLTextAreaElement>(el, 'Date note', await edit(el, titles.quakes)), 'From the record.'),
      () => fill(el, field(el, 'URL'), 'https://example.org/article'),
    ];
    for (const edit of edits) {
      await edit();
      states.push(snapshot(el));
    }
    for (let i = 1; i < states.length; i++) expect(states[i], `edit ${i} changed what is shown`).not.toBe(states[i - 1]);
    field<HTMLTextAreaElement>(el, 'Article text').focus();
    for (let i = 9; i >= 0; i--) {
      await userEvent.keyboard('{Control>}z{/Control}');
      await el.updateComplete;
      expect(snapshot(el), `after undo back to state ${i}`).toBe(states[i]);
    }
    // One more undoes the draft itself.
    await userEvent.keyboard('{Control>}z{/Control}');
    await el.updateComplete;
    expect(cards(el)).toHaveLength(0);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await el.updateComplete;
    expect(snapshot(el)).toBe(states[0]);
    for (let i = 1; i <= 10; i++) {
      await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
      await el.updateComplete;
      expect(snapshot(el), `after redo to state ${i}`).toBe(states[i]);
    }
    await click(el, button(el, 'Undo'));
    expect(snapshot(el)).toBe(states[9]);
    await click(el, button(el, 'Redo'));
    expect(snapshot(el)).toBe(states[10]);
  });

  test('keyboard only: draft, accept, choose a quote with the caret, undo', async () => {
    const el = await mountEditor(freshDatabase());
    // Pasting is Ctrl+V: the text arrives at once.
    await fill(el, field<HTMLTextAreaElement>(el, 'Article text'), 'The Taliban was removed from the list in April 2025, officials said.');
    const tabTo = async (matches: (active: Element) => boolean, what: string) => {
      for (let i = 0; i < 40; i++) {
        const active = el.shadowRoot!.activeElement;
        if (active && matches(active)) return;
        await userEvent.keyboard('{Tab}');
      }
      throw new Error(`Tab never reached ${what}`);
    };
    await tabTo((a) => a.textContent?.trim() === 'Draft events', 'Draft events');
    await userEvent.keyboard('{Enter}');
    await until(() => cards(el).length === 1, 'one candidate was drafted');
    await tabTo((a) => a.textContent === 'Accept', 'Accept');
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(isAccepted(el, cards(el)[0])).toBe(true);
    await tabTo((a) => a.textContent === 'Edit this event', 'Edit this event');
    await userEvent.keyboard('{Enter}');
    await until(() => el.shadowRoot!.querySelector('textarea[data-paragraph]') !== null, 'the fields unfolded');
    await tabTo((a) => a.matches('textarea[data-paragraph]'), 'the paragraph');
    // Select "The Taliban was removed" with the caret: Ctrl+Home, then Shift+→ 23 times.
    await userEvent.keyboard(`{Control>}{Home}{/Control}{Shift>}${'{ArrowRight}'.repeat(23)}{/Shift}`);
    await tabTo((a) => a.textContent === 'Use selection as quote', 'Use selection as quote');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.story.events[0].citations[0].quote).toBe('The Taliban was removed');
    await userEvent.keyboard('{Control>}z{/Control}');
    await el.updateComplete;
    expect(el.story.events[0].citations[0].quote).toBe('The Taliban was removed from the list in April 2025, officials said.');
  });

  test('keyboard only: words of a paragraph no event cites make a new event', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const chooser = summary(el, 'New event from any paragraph, by keyboard');
    chooser.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => (chooser.parentElement as HTMLDetailsElement).open, 'the chooser opened');
    const select = q<HTMLSelectElement>(el, '#chooser-paragraph');
    select.focus();
    // p12 is the next paragraph after the first: ArrowDown moves the choice, as on a closed select.
    while (select.value !== 'p12') {
      await userEvent.keyboard('{ArrowDown}');
      await el.updateComplete;
    }
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement?.id).toBe('chooser-picker');
    await userEvent.keyboard(`{Control>}{Home}{/Control}{Shift>}${'{ArrowRight}'.repeat(36)}{/Shift}{Tab}{Enter}`);
    await el.updateComplete;
    const added = card(el, 'Taliban goes on to capture Kabul');
    expect(added.querySelector('blockquote')!.textContent).toBe('The Taliban went on to capture Kabul');
    expect(el.shadowRoot!.activeElement).toBe(field(el, 'Event title', added));
  });
});
