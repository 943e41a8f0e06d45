import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  button, card, cards, click, draftArticle, editInPlace, field, fill, freshDatabase, isAccepted, mountEditor, newEventFromDrag, q, startEditing, unmountEditors, until,
} from '../support/editor-harness';
import type { HistoryTimelineEditor } from '../../src/editor/history-timeline-editor';

afterEach(() => unmountEditors());

/** The readiness line beside the Export buttons, as it reads. */
const line = (el: HistoryTimelineEditor) => q(el, '#export-state').textContent!.replace(/\s+/g, ' ').trim();
const said = (el: HistoryTimelineEditor) => q(el, '#readiness-said').textContent!.trim();

async function acceptAll(el: HistoryTimelineEditor): Promise<void> {
  for (const c of cards(el)) if (!isAccepted(el, c)) await click(el, button(el, 'Accept', c));
}

describe('what stands between the draft and a page, before Export is pressed', () => {
  test('it follows the draft from the empty form to ready, never in red, and says nothing until something is done', async () => {
    const el = await mountEditor(freshDatabase());
    expect(line(el)).toBe('Draft events, then accept the ones to publish.');
    expect(q(el, '#export-state').querySelector('.problem')).toBeNull();
    expect(said(el)).toBe('');
    await draftArticle(el);
    expect(line(el)).toBe(`Accept the events to publish (${cards(el).length} to review).`);
    await click(el, button(el, 'Accept', cards(el)[0]));
    expect(line(el)).toBe(`1 accepted event, ready to publish. ${cards(el).length - 1} events still to review are left out until accepted.`);
    expect(said(el)).toBe(line(el));
    await acceptAll(el);
    expect(line(el)).toBe(`${cards(el).length} accepted events, ready to publish.`);
  });

  test('an accepted event with no date is named by title; its name goes to its date, and the line follows the fix', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await click(el, button(el, 'Accept', cards(el)[0]));
    const phrase = 'The Taliban went on to capture Kabul';
    await newEventFromDrag(el, 'p12', phrase);
    await userEvent.keyboard('Taliban captures Kabul{Enter}');
    await el.updateComplete;
    await click(el, button(el, 'Accept', card(el, 'Taliban captures Kabul')));
    expect(line(el)).toBe('Before export, 1 thing to fix: 1 event needs a date: “Taliban captures Kabul”.');
    expect(said(el)).toBe(line(el));
    // Before anything is pressed, the export says by name what to fix; the fields stay quiet.
    expect(q(el, '#export-state').querySelector('.problem')).toBeNull();
    await click(el, button(el, '“Taliban captures Kabul”', q(el, '#export-state')));
    const id = card(el, 'Taliban captures Kabul').dataset.candidate!;
    await until(() => el.shadowRoot!.activeElement?.id === `c-${id}-date`, 'the date of "Taliban captures Kabul" is edited in place');
    await userEvent.keyboard('Sept 1996{Enter}');
    await el.updateComplete;
    expect(line(el)).toBe(`2 accepted events, ready to publish. ${cards(el).length - 2} events still to review are left out until accepted.`);
    expect(said(el)).toBe(line(el));
  });

  test('the source form\'s problems come first, each going to its field; an event with no title is named as untitled', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const first = cards(el)[0];
    await click(el, button(el, 'Accept', first));
    await fill(el, field(el, 'Title'), '');
    await startEditing(el, first.querySelector('h3')!.textContent!.trim(), 'title');
    await userEvent.keyboard('{Backspace}{Enter}');
    await el.updateComplete;
    expect(line(el)).toBe('Before export, 2 things to fix: The story has no title. 1 event needs a title: an untitled event.');
    await click(el, button(el, 'The story has no title.', q(el, '#export-state')));
    expect(el.shadowRoot!.activeElement).toBe(field(el, 'Title'));
    await click(el, button(el, 'an untitled event', q(el, '#export-state')));
    await until(() => el.shadowRoot!.activeElement?.id === `c-${first.dataset.candidate}-title`, 'the untitled event\'s title is edited in place');
  });

  test('an edit that does not change the line is not said again', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await click(el, button(el, 'Accept', cards(el)[0]));
    const before = said(el);
    expect(before).not.toBe('');
    await editInPlace(el, cards(el)[0].querySelector('h3')!.textContent!.trim(), 'title', 'Soviet-backed government falls');
    expect(said(el)).toBe(before);
  });

  test('Export pressed with a problem: the line beside it says what to fix, once, and takes the focus; the problem shows beside its field', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await click(el, button(el, 'Accept', cards(el)[0]));
    await newEventFromDrag(el, 'p12', 'The Taliban went on to capture Kabul');
    await userEvent.keyboard('Taliban captures Kabul{Enter}');
    await el.updateComplete;
    await click(el, button(el, 'Accept', card(el, 'Taliban captures Kabul')));
    const before = line(el);
    await click(el, button(el, 'Export web page'));
    await until(() => el.shadowRoot!.activeElement?.id === 'export-state', 'the line beside Export has the focus');
    expect(line(el)).toBe(before);
    const exportPane = q(el, '#export-heading').parentElement!;
    expect(exportPane.textContent!.split('Taliban captures Kabul').length - 1, 'the event is named once under Export').toBe(1);
    expect(exportPane.querySelector('.problem')).toBeNull();
    expect(card(el, 'Taliban captures Kabul').querySelector('.problem')!.textContent).toContain('“Taliban captures Kabul” has no date');
    expect(q(el, '[role="status"][aria-live="polite"]').textContent).toBe('Nothing exported: 1 thing to fix, named beside Export.');
  });
});
