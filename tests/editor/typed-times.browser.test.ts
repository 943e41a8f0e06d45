import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fill, freshDatabase, mountEditor, openFile, q, startEditing, unmountEditors } from '../support/editor-harness';

afterEach(() => unmountEditors());

const title = 'Lander touches down near the pole';
const story = {
  title: 'A landing',
  timeZone: 'Asia/Kolkata',
  sources: [{ id: 'report', title: 'Landing report', published: '2023-08-24', paragraphs: [{ id: 'p1', text: 'The lander touched down near the pole on 23 August 2023.' }] }],
  events: [{ id: 'landing', date: '2023-08-23', title, dateBasis: 'stated', citations: [{ source: 'report', paragraph: 'p1', quote: 'The lander touched down near the pole on 23 August 2023.' }] }],
};

describe('a time typed on a card', () => {
  test('"6:04 pm" on a card dated 23 August is that day at 6:04 pm in the story\'s zone', async () => {
    const el = await mountEditor(freshDatabase());
    await openFile(el, 'landing.story.json', JSON.stringify(story));
    const input = await startEditing(el, title, 'date');
    await fill(el, input, '6:04 pm');
    expect(q(el, '.inline-date [id$="-date-reads"]').textContent!.replace(/\s+/g, ' ').trim()).toBe('Reads as: 23 August 2023 at 18:04 GMT+5:30');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.story.events.find((e) => e.id === 'landing')!.date).toBe('2023-08-23T18:04+05:30');
  });
});
