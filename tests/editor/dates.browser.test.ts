import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  button, card, cards, click, draftArticle, editInPlace, expectNewEvent, field, fill, freshDatabase, isAccepted, mountEditor, newEventFromDrag, q, startEditing, titleOf, unmountEditors, until,
} from '../support/editor-harness';
import type { HistoryTimelineEditor } from '../../src/editor/history-timeline-editor';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  unmountEditors();
});

const quakes = 'Earthquakes strike';
/** What the date field says under itself as the words are typed. */
const readsAs = (el: HistoryTimelineEditor) => q(el, '.inline-date [id$="-date-reads"]').textContent!.replace(/\s+/g, ' ').trim();

describe('dates as people write them', () => {
  test('each everyday form reads as a date before it is saved; Enter saves it as EDTF', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await click(el, button(el, 'Accept', card(el, quakes)));
    const forms: [typed: string, reads: string, edtf: string][] = [
      ['Oct 2022', 'Reads as: October 2022', '2022-10'],
      ['October 27, 2022', 'Reads as: 27 October 2022', '2022-10-27'],
      ['27 October 2022', 'Reads as: 27 October 2022', '2022-10-27'],
      ['27/10/2022', 'Reads as: 27 October 2022', '2022-10-27'],
      ['2022', 'Reads as: 2022', '2022'],
      ['by 1994', 'Reads as: By 1994', '../1994'],
      ['about 1996', 'Reads as: About 1996', '1996~'],
      ['the 1990s', 'Reads as: 1990 – 1999', '1990/1999'],
      ['2021-08-15', 'Reads as: 15 August 2021', '2021-08-15'],
    ];
    for (const [typed, reads, edtf] of forms) {
      const input = await startEditing(el, quakes, 'date');
      await fill(el, input, typed);
      expect(readsAs(el), typed).toBe(reads);
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(el.story.events.find((e) => e.title === quakes)!.date, typed).toBe(edtf);
    }
  });

  test('what is refused, with which message; Enter keeps the field open and saves nothing', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await click(el, button(el, 'Accept', card(el, quakes)));
    const before = el.story.events[0].date;
    const refused: [typed: string, message: string][] = [
      ['31/02/2022', 'There is no 31 February 2022; check the day and the month.'],
      ['13/13/2022', '"13/13/2022" has no month between 1 and 12; type the day, the month and the year, for example "27/10/2022".'],
      ['27/10/22', 'Write the year in full, for example "27/10/2022".'],
      ['1999 to 1990', '"1999 to 1990" ends before it starts; put the earlier date first.'],
      ['soon', '"soon" is not a date this field reads. Type for example "27 October 2022", "October 2022", "2022", "about 1996", "by 1994" or "the 1990s".'],
    ];
    for (const [typed, message] of refused) {
      const input = await startEditing(el, quakes, 'date');
      await fill(el, input, typed);
      expect(readsAs(el), typed).toBe(message);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, typed).toBe(input);
      await userEvent.keyboard('{Escape}');
      await el.updateComplete;
    }
    expect(el.story.events[0].date).toBe(before);
  });

  test('a relative date is read from the publication date, and refused without one', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const input = await startEditing(el, quakes, 'date');
    await fill(el, input, 'last year');
    expect(readsAs(el)).toBe('Reads as: 2024');
    await userEvent.keyboard('{Escape}');
    await fill(el, field(el, 'Publication date'), '');
    await fill(el, await startEditing(el, quakes, 'date'), 'last year');
    expect(readsAs(el)).toBe('"last year" depends on when the article was published, and no publication date is set. Set the publication date first, or type the date itself, for example "27 October 2022".');
  });

  test('the publication date is a native date field', async () => {
    const el = await mountEditor(freshDatabase());
    expect(field(el, 'Publication date').type).toBe('date');
  });
});

describe('a new event from a quote', () => {
  test('its title is drafted and selected, typing replaces it; dated from the sentence around the quote, it is accepted', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const phrase = 'seizing several provinces';
    await newEventFromDrag(el, 'p11', phrase);
    const { card: added, date } = await expectNewEvent(el, 'p11', phrase);
    expect(date).toBe('../1994');
    await userEvent.keyboard('Taliban seizes provinces{Enter}');
    await el.updateComplete;
    expect(titleOf(card(el, 'Taliban seizes provinces'))).toBe('Taliban seizes provinces');
    expect(added.dataset.candidate).toBe(card(el, 'Taliban seizes provinces').dataset.candidate);
  });

  test('with no date in or around the quote it stays to review; Enter on its title goes on to its date, Enter there accepts it, and Accept and Reject do not move', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const phrase = 'The Taliban went on to capture Kabul';
    await newEventFromDrag(el, 'p12', phrase);
    const { card: added } = await expectNewEvent(el, 'p12', phrase);
    const id = added.dataset.candidate!;
    expect(q(el, `#c-${id}-title-hint`).textContent).toBe('Enter saves and goes on to its date, Escape cancels.');
    const decision = () => ['Accept', 'Reject'].map((name) => {
      const box = button(el, name, q(el, `[data-candidate="${id}"]`)).getBoundingClientRect();
      return [box.left, box.top, box.width, box.height];
    });
    const before = decision();
    await userEvent.keyboard('Taliban captures Kabul{Enter}');
    await el.updateComplete;
    // The date field, opened below the title, has the focus; nothing above it moved.
    expect(el.shadowRoot!.activeElement?.id).toBe(`c-${id}-date`);
    expect(decision()).toEqual(before);
    expect(isAccepted(el, card(el, 'Taliban captures Kabul'))).toBe(false);
    await userEvent.keyboard('Sept 1996');
    expect(readsAs(el)).toBe('Reads as: September 1996');
    expect(decision()).toEqual(before);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(isAccepted(el, card(el, 'Taliban captures Kabul'))).toBe(true);
    expect(el.story.events.find((e) => e.title === 'Taliban captures Kabul')).toMatchObject({ date: '1996-09' });
  });

  test('an undated card says so on its date, which opens the field; a dated one saved by Enter on its title does not open its date', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    await newEventFromDrag(el, 'p12', 'The Taliban went on to capture Kabul');
    await userEvent.keyboard('Taliban captures Kabul{Escape}');
    await el.updateComplete;
    const undated = cards(el).find((c) => c.querySelector('blockquote')?.textContent === 'The Taliban went on to capture Kabul')!;
    const dateButton = undated.querySelector<HTMLButtonElement>('.meta-line button')!;
    expect(dateButton.textContent!.trim()).toBe('No date yet: add one');
    await click(el, dateButton);
    await until(() => el.shadowRoot!.activeElement?.id === `c-${undated.dataset.candidate}-date`, 'the date field opens');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    // A dated event: Enter on its title saves it, and the focus stays on the title.
    await editInPlace(el, quakes, 'title', 'Earthquakes strike the west');
    const dated = card(el, 'Earthquakes strike the west');
    await until(() => el.shadowRoot!.activeElement === dated.querySelector('h3 button'), 'the focus is back on the title');
    expect(dated.querySelector('.inline-date')).toBeNull();
  });
});

describe('the drafted date note', () => {
  test('a date typed in place of the drafted one takes away the note that explained the old date, on the card and in the export; Undo brings both back', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el);
    const note = () => [...card(el, quakes).querySelectorAll(':scope > p.hint')].map((p) => p.textContent!.trim()).join(' ');
    const drafted = note();
    expect(drafted).toMatch(/2022/);
    await click(el, button(el, 'Accept', card(el, quakes)));
    await editInPlace(el, quakes, 'date', '21 June 2022');
    expect(note()).toBe('');
    expect(el.story.events.find((e) => e.title === quakes)).toMatchObject({ date: '2022-06-21' });
    expect(el.story.events.find((e) => e.title === quakes)!.dateNote).toBeUndefined();
    await userEvent.keyboard('{Control>}z{/Control}');
    await el.updateComplete;
    expect(note()).toBe(drafted);
  });

  test('a date typed on a new event that drafting dated by inference is saved as typed, with no note asked for: the export is ready', async () => {
    const el = await mountEditor(freshDatabase());
    await draftArticle(el, 'Rescue teams worked through the night at the site of the fallen tower.\n\nSearch efforts resumed shortly after, letting crews reach the pile left when part of the tower fell in the early morning of June 24.');
    await newEventFromDrag(el, 'p2', 'Search efforts resumed shortly after');
    const { title, date } = await expectNewEvent(el, 'p2', 'Search efforts resumed shortly after');
    expect(date).toBe('2025-06-24');
    await userEvent.keyboard('{Escape}');
    expect(card(el, title).textContent).toContain('Inferred:');
    await editInPlace(el, title, 'date', '2 July 2025');
    expect(el.story.events.find((e) => e.title === title)).toMatchObject({ date: '2025-07-02', dateBasis: 'stated' });
    expect(q(el, '#export-state').textContent!.replace(/\s+/g, ' ').trim()).toMatch(/^1 accepted event, ready to publish\./);
  });
});
