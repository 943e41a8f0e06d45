import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { headlineProblems } from '../../src/authoring/headlines';
import {
  button, card, cards, click, draftArticle, editInPlace, freshDatabase, isAccepted, mountEditor, q, titleOf, unmountEditors, until,
} from '../support/editor-harness';
import type { HistoryTimelineEditor } from '../../src/editor/history-timeline-editor';

afterEach(() => unmountEditors());

const status = (el: HistoryTimelineEditor) => q(el, '[role="status"][aria-live="polite"]').textContent!.trim();
const states = (el: HistoryTimelineEditor) => cards(el).map((c) => [titleOf(c), isAccepted(el, c)]);
const acceptReady = (el: HistoryTimelineEditor) => el.shadowRoot!.querySelector<HTMLButtonElement>('#accept-ready');

describe('Accept all ready', () => {
  test('accepts the cards with a date, a headline title and no problem; the others stay to review saying why; Undo gives each its state back', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await editInPlace(el, 'Floods hit', 'title', 'Floods hit the');
    const manual = cards(el)[0];
    await click(el, button(el, 'Accept', manual));
    const ready = cards(el).filter((c) => !isAccepted(el, c) && headlineProblems(titleOf(c)).length === 0).map(titleOf);
    expect(ready.length).toBeGreaterThan(0);
    await until(() => acceptReady(el)?.textContent?.trim() === `Accept all ready (${ready.length})`, 'the ready cards are counted');
    const floods = card(el, 'Floods hit the');
    expect(floods.querySelector('.not-ready')!.textContent!.trim()).toMatch(/^To review: Title: It ends on "the"/);
    const before = states(el);
    // By keyboard: the button is a tab stop like any other.
    acceptReady(el)!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    for (const title of ready) expect(isAccepted(el, card(el, title))).toBe(true);
    expect(isAccepted(el, card(el, 'Floods hit the'))).toBe(false);
    expect(card(el, 'Floods hit the').querySelector('.not-ready')).not.toBeNull();
    expect(status(el)).toBe(`Accepted ${ready.length} ready events; 1 still to review, each saying why. Undo beside the button takes it back.`);
    await until(() => el.shadowRoot!.activeElement?.id === 'undo-accept-ready', 'Undo has the focus');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(states(el)).toEqual(before);
    expect(status(el)).toBe(`Undone: ${ready.length} events are to review again.`);
    await until(() => el.shadowRoot!.activeElement === acceptReady(el), 'the focus is back on Accept all ready');
  });

  test('its Undo is offered only while nothing was edited since', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await until(() => acceptReady(el) !== null, 'some cards are ready');
    await click(el, acceptReady(el)!);
    expect(el.shadowRoot!.querySelector('#undo-accept-ready')).not.toBeNull();
    await click(el, button(el, 'Reject', cards(el)[0]));
    expect(el.shadowRoot!.querySelector('#undo-accept-ready')).toBeNull();
  });

  test('a card dated after the article was published is left to review, saying so', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await until(() => acceptReady(el) !== null, 'some cards are ready');
    const before = Number(/\((\d+)\)/.exec(acceptReady(el)!.textContent!)![1]);
    await editInPlace(el, 'Floods hit', 'date', '2026');
    await until(() => card(el, 'Floods hit').querySelector('.not-ready') !== null, 'the card says why it is not ready');
    expect(card(el, 'Floods hit').querySelector('.not-ready')!.textContent).toContain('Its date is after the article was published: check it.');
    expect(acceptReady(el)!.textContent!.trim()).toBe(`Accept all ready (${before - 1})`);
    await click(el, acceptReady(el)!);
    expect(isAccepted(el, card(el, 'Floods hit'))).toBe(false);
  });

  test('is offered for two ready cards or more: one card has its own Accept', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el, 'The council approved the bridge on 11 March 2024.\n\nThe mayor opened the bridge on 2 May 2025.');
    await until(() => acceptReady(el)?.textContent?.trim() === 'Accept all ready (2)', 'both cards are ready');
    await click(el, button(el, 'Reject', cards(el)[0]));
    expect(acceptReady(el)).toBeNull();
  });
});
