import { afterEach, describe, expect, test } from 'vitest';
import { syntheticStory } from '../../scripts/synthetic-story';
import { button, cards, click, freshDatabase, mountEditor, openFile, q, titleOf, unmountEditors, until } from '../support/editor-harness';

afterEach(() => {
  unmountEditors();
  scrollTo(0, 0);
});

const status = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();

describe('a story of 10,000 events', () => {
  test('opens with only the cards near the view drawn; scrolling draws the others, in time order', async () => {
    const el = await mountEditor(freshDatabase());
    const story = syntheticStory(10_000);
    await openFile(el, 'big.story.json', JSON.stringify(story));
    await until(() => cards(el).length > 0, 'the cards are drawn');
    expect(cards(el).length).toBeLessThan(60);
    const list = q(el, '.cards');
    // The space of the cards not drawn is kept, so the page scrolls as if all were there.
    expect(list.getBoundingClientRect().height).toBeGreaterThan(10_000 * 50);
    const first = cards(el).map(titleOf);
    scrollTo(0, list.getBoundingClientRect().bottom + scrollY - innerHeight);
    await until(() => cards(el).length > 0 && titleOf(cards(el).at(-1)!) !== first.at(-1), 'the last cards are drawn');
    expect(cards(el).length).toBeLessThan(60);
    // The last card is the latest event.
    const latest = [...story.events].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1)!;
    expect(cards(el).map(titleOf)).toContain(latest.title);
    expect(status(el)).toBe('Opened big.story.json as a new draft with 10,000 events (the untitled draft is kept under Saved drafts).');
  });

  test('opening draws the first cards before the long text and its paragraphs; they follow in the frames after', async () => {
    const el = await mountEditor(freshDatabase());
    const story = syntheticStory(10_000);
    const atOpen = new Promise<{ cards: number; text: string; readOnly: boolean; paragraphs: number }>((resolve) =>
      el.addEventListener(
        'editor-change',
        () => {
          const text = q(el, '#text') as HTMLTextAreaElement;
          resolve({ cards: cards(el).length, text: text.value, readOnly: text.readOnly, paragraphs: el.shadowRoot!.querySelectorAll('.article-text [data-paragraph]').length });
        },
        { once: true },
      ),
    );
    await openFile(el, 'big.story.json', JSON.stringify(story));
    expect(await atOpen).toEqual({ cards: expect.any(Number), text: '', readOnly: true, paragraphs: 0 });
    expect((await atOpen).cards).toBeGreaterThan(0);
    await until(() => el.shadowRoot!.querySelectorAll('.article-text [data-paragraph]').length === 200, 'every paragraph is drawn');
    const text = q(el, '#text') as HTMLTextAreaElement;
    expect(text.readOnly).toBe(false);
    expect(text.value).toBe(story.sources[0].paragraphs.map((p) => p.text).join('\n\n'));
    expect(el.shadowRoot!.querySelectorAll('mark.quote').length).toBeGreaterThan(0);
  });

  test('Tab goes from card to card past the ones drawn first', async () => {
    const el = await mountEditor(freshDatabase());
    await openFile(el, 'big.story.json', JSON.stringify(syntheticStory(2_000)));
    await until(() => cards(el).length > 0, 'the cards are drawn');
    const drawn = cards(el).length;
    button(el, 'Accept', cards(el)[0]).focus();
    const { userEvent } = await import('vitest/browser');
    // Each card has Accept, Reject, its title, its date and "Edit this event": five stops.
    for (let i = 0; i < (drawn + 5) * 5; i++) await userEvent.keyboard('{Tab}');
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement!.closest('[data-candidate]');
    expect(focused, 'the focus is still on a card').not.toBeNull();
    const ids = (el as unknown as { story: { events: { id: string }[] } }).story.events.map((e) => e.id);
    expect(ids.indexOf((focused as HTMLElement).dataset.candidate!)).toBeGreaterThanOrEqual(0);
  });
});

describe('many problems', () => {
  test('Export names at most five events of a need, then how many more; the announcement is one sentence', async () => {
    const el = await mountEditor(freshDatabase());
    const story = syntheticStory(300);
    for (const event of story.events.slice(0, 200)) event.date = '2021-02-30';
    await openFile(el, 'broken.story.json', JSON.stringify(story));
    await click(el, [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith('Export') && b.textContent!.includes('.story.json'))!);
    const line = q(el, '#export-state');
    expect(line.querySelectorAll('li')).toHaveLength(1);
    expect(line.querySelectorAll('li button')).toHaveLength(5);
    expect(line.querySelector('li')!.textContent!.replace(/\s+/g, ' ').trim()).toMatch(/^200 events have dates that do not read: .* and 195 more\.$/);
    expect(status(el).split(/(?<=\.) /)).toHaveLength(1);
  });
});
