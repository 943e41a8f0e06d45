import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { button, cards, click, field, fill, freshDatabase, mountEditor, openFile, q, startEditing, unmountEditors, until } from '../support/editor-harness';

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

describe("the story's time zone", () => {
  const article = 'The lander touched down near the south pole at 6:04 pm on 23 August 2023, the agency said.';

  test('set to Asia/Kolkata before drafting, "at 6:04 pm" drafts as that time there, and the story is exported with the zone', async () => {
    const el = await mountEditor(freshDatabase());
    const zone = field(el, 'Time zone (optional)');
    expect(zone.list?.id).toBe('time-zones');
    expect([...zone.list!.options].map((o) => o.value)).toContain('Asia/Kolkata');
    await fill(el, field<HTMLTextAreaElement>(el, 'Article text'), article);
    await fill(el, field(el, 'Title'), 'A landing');
    await fill(el, field(el, 'Publication date'), '2023-08-24');
    await fill(el, zone, 'Asia/Kolkata');
    await click(el, button(el, 'Draft events'));
    await until(() => cards(el).length > 0, 'the event was drafted');
    await click(el, button(el, 'Accept', cards(el)[0]));
    const { events, timeZone } = el.story;
    expect(timeZone).toBe('Asia/Kolkata');
    expect(events.map((e) => e.date)).toEqual(['2023-08-23T18:04+05:30']);
  });

  test('the zone named in the article ("EST") fills an empty field when drafting', async () => {
    const el = await mountEditor(freshDatabase());
    await fill(el, field<HTMLTextAreaElement>(el, 'Article text'), article.replace('6:04 pm', '9:41 am EST'));
    await fill(el, field(el, 'Publication date'), '2023-08-24');
    await click(el, button(el, 'Draft events'));
    await until(() => cards(el).length > 0, 'the event was drafted');
    await click(el, button(el, 'Accept', cards(el)[0]));
    expect(field(el, 'Time zone (optional)').value).toBe('America/New_York');
    expect(el.story.timeZone).toBe('America/New_York');
    expect(el.story.events.map((e) => e.date)).toEqual(['2023-08-23T09:41-05:00']);
  });

  test('a name that is not a time zone is named in a message under the field, and drafting waits for it', async () => {
    const el = await mountEditor(freshDatabase());
    await fill(el, field<HTMLTextAreaElement>(el, 'Article text'), article);
    await fill(el, field(el, 'Publication date'), '2023-08-24');
    const zone = field(el, 'Time zone (optional)');
    await fill(el, zone, 'Asia/Kolkatta');
    zone.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(q(el, '#time-zone-problems').textContent!.trim()).toBe(
      'The time zone "Asia/Kolkatta" is not one we know: choose one of the suggestions, a name such as Asia/Kolkata or America/New_York.',
    );
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    await click(el, button(el, 'Draft events'));
    expect(q(el, '#draft-error').textContent).toContain('The time zone “Asia/Kolkatta” is not one we know');
    expect(cards(el)).toHaveLength(0);
    expect(el.shadowRoot!.activeElement).toBe(zone);
  });
});
