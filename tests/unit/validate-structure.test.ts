import { describe, expect, test } from 'vitest';
import { validateStory } from '../../src/model/validate';

const source = { id: 's', title: 'Source', paragraphs: [{ id: 'p1', text: 'The first government fell in 2001. The second began in August 2021.' }] };
const cite = (quote: string) => [{ source: 's', paragraph: 'p1', quote }];
const event = (id: string, extra: Record<string, unknown> = {}) => ({
  id, date: '2021-08', title: `Event ${id}`, citations: cite('The second began in August 2021.'), dateBasis: 'stated', ...extra,
});
const story = (extra: Record<string, unknown>) => ({ title: 'T', sources: [source], events: [event('a'), event('b')], ...extra });
const paths = (input: unknown) => validateStory(input).problems.map((p) => p.path);

describe('groups', () => {
  test('valid groups are kept in order, and events name them', () => {
    const result = validateStory(story({
      groups: [{ id: 'g1', title: 'One' }, { id: 'g2', title: 'Two', color: '#b3261e' }],
      events: [event('a', { group: 'g2' }), event('b')],
    }));
    expect(result.problems).toEqual([]);
    expect(result.story!.groups).toEqual([{ id: 'g1', title: 'One' }, { id: 'g2', title: 'Two', color: '#b3261e' }]);
    expect(result.story!.events.find((e) => e.id === 'a')!.group).toBe('g2');
    expect(result.story!.events.find((e) => e.id === 'b')!.group).toBeUndefined();
  });

  test('an unknown group is reported and the event kept without it', () => {
    const result = validateStory(story({ groups: [{ id: 'g1', title: 'One' }], events: [event('a', { group: 'nope' })] }));
    expect(result.problems).toEqual([{ path: 'events[0].group', eventId: 'a', message: 'Event "a": the story has no group "nope"; it is shown without a group.' }]);
    expect(result.story!.events.map((e) => e.id)).toEqual(['a']);
    expect(result.story!.events[0].group).toBeUndefined();
  });

  test('bad groups are left out with a problem each; the rest stay', () => {
    const result = validateStory(story({ groups: [{ id: 'g1', title: 'One' }, { id: 'g1', title: 'Again' }, { title: 'No id' }, { id: 'g3' }, 'x'] }));
    expect(result.problems.map((p) => p.path)).toEqual(['groups[1].id', 'groups[2].id', 'groups[3].title', 'groups[4]']);
    expect(result.story!.groups!.map((g) => g.id)).toEqual(['g1']);
  });

  test('a colour too light to see on white is kept but warned about; an unreadable one is used as given', () => {
    const result = validateStory(story({ groups: [{ id: 'g1', title: 'Pale', color: '#ffeb3b' }, { id: 'g2', title: 'Named', color: 'rebeccapurple' }] }));
    expect(result.problems.map((p) => p.path)).toEqual(['groups[0].color']);
    expect(result.problems[0].message).toMatch(/less than 3:1 contrast against a white background/);
    expect(result.story!.groups!.map((g) => g.color)).toEqual(['#ffeb3b', 'rebeccapurple']);
  });

  test('groups that are not an array are reported', () => {
    expect(paths(story({ groups: {} }))).toEqual(['groups']);
  });
});

describe('eras', () => {
  const era = (extra: Record<string, unknown> = {}) => ({
    id: 'first', title: 'The first government', date: '1996/2001', citations: cite('The first government fell in 2001.'),
    dateBasis: 'inferred', dateNote: 'The start is not in the source.', ...extra,
  });

  test('a sourced era is kept with its parsed date; eras come in time order', () => {
    const result = validateStory(story({ eras: [era({ id: 'second', date: '2021-08/..', dateBasis: 'stated', dateNote: undefined }), era()] }));
    expect(result.problems).toEqual([]);
    expect(result.story!.eras!.map((e) => e.id)).toEqual(['first', 'second']);
    expect(result.story!.eras![1].calendar.openEnd).toBe(true);
  });

  test('an era on a single day has no span, and is left out', () => {
    const result = validateStory(story({ eras: [era({ date: '2001-11-13' })] }));
    expect(result.problems.map((p) => p.path)).toEqual(['eras[0].date']);
    expect(result.problems[0].message).toMatch(/single day; an era needs a span/);
    expect(result.story!.eras).toBeUndefined();
  });

  test('every problem is reported plainly: no citations, quote not found, inferred without a note, repeated id, no title', () => {
    const result = validateStory(story({
      eras: [
        era({ citations: [] }),
        era({ id: 'q', citations: cite('Not in the paragraph.') }),
        era({ id: 'n', dateNote: undefined }),
        era({ id: 'q' }),
        era({ id: 't', title: '' }),
      ],
    }));
    expect(result.problems.map((p) => p.path)).toEqual(['eras[0].citations', 'eras[1].citations[0].quote', 'eras[2].dateNote', 'eras[3].id', 'eras[4].title']);
    expect(result.problems[1].message).toBe('Era "q": the quote "Not in the paragraph." is not found verbatim in paragraph "p1" of source "s".');
    expect(result.story!.eras).toBeUndefined();
    // The events are untouched by bad eras.
    expect(result.story!.events).toHaveLength(2);
  });
});

describe('featured', () => {
  test('an existing event is kept; anything else is reported and the default used', () => {
    expect(validateStory(story({ featured: 'b' })).story!.featured).toBe('b');
    const unknown = validateStory(story({ featured: 'zz' }));
    expect(unknown.story!.featured).toBeUndefined();
    expect(unknown.problems.map((p) => p.path)).toEqual(['featured']);
    expect(paths(story({ featured: 3 }))).toEqual(['featured']);
  });
});

describe('media', () => {
  test('a picture is kept on its event; a bad one is left out with a problem and the event kept', () => {
    const good = validateStory(story({ events: [event('a', { media: { src: 'https://example.org/a.jpg', alt: 'A street' } })] }));
    expect(good.problems).toEqual([]);
    expect(good.story!.events[0].media).toMatchObject({ src: 'https://example.org/a.jpg', alt: 'A street' });
    const bad = validateStory(story({ events: [event('a', { media: { src: 'javascript:alert(1)', alt: 'x' } })] }));
    expect(bad.problems.map((p) => p.path)).toEqual(['events[0].media.src']);
    expect(bad.story!.events.map((e) => e.id)).toEqual(['a']);
    expect(bad.story!.events[0].media).toBeUndefined();
  });
});

describe('the article', () => {
  test('its groups, eras and featured event are valid', async () => {
    const article = (await import('../../data/russia-recognizes-taliban.story.json')).default;
    const result = validateStory(article);
    expect(result.problems).toEqual([]);
    expect(result.story!.groups!.map((g) => g.id)).toEqual(['russia-and-the-taliban', 'taliban-in-power', 'rights', 'disasters']);
    expect(result.story!.eras!.map((e) => e.id)).toEqual(['first-taliban-government', 'taliban-back-in-power']);
    expect(result.story!.featured).toBe('russia-recognizes-taliban-government');
    expect(result.story!.events.every((e) => e.group !== undefined)).toBe(true);
  });
});
