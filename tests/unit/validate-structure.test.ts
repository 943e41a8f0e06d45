import { describe, expect, test } from 'vitest';
import { parseEdtf } from '../../src/model/edtf';
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

describe('groups: every problem word for word', () => {
  const problemsOf = (groups: unknown) => validateStory(story({ groups })).problems;

  test('no groups, or groups that are not an array, give the story no groups', () => {
    expect(validateStory(story({})).story!.groups).toBeUndefined();
    const result = validateStory(story({ groups: {} }));
    expect(result.problems).toEqual([{ path: 'groups', message: 'The story\'s groups must be an array, not an object.' }]);
    expect(result.story!.groups).toBeUndefined();
  });

  test('each bad group is named by its id, or by its place when it has none', () => {
    expect(problemsOf([{ id: 'g1', title: 'One' }, { id: 'g1', title: 'Again' }, { title: 'No id' }, { id: 'g3' }, 'x', { id: 'g5', title: 5 }])).toEqual([
      { path: 'groups[1].id', message: 'Group "g1" at groups[1] repeats an earlier group id; only the first is kept.' },
      { path: 'groups[2].id', message: 'Group at groups[2] has no id.' },
      { path: 'groups[3].title', message: 'Group "g3" has no title.' },
      { path: 'groups[4]', message: 'Group at groups[4] is not an object (it is a string).' },
      { path: 'groups[5].title', message: 'Group "g5": the title must be a string, not a number.' },
    ]);
  });

  test('a colour that is not a string is left out: the palette\'s colour is used', () => {
    const result = validateStory(story({ groups: [{ id: 'g1', title: 'One', color: 5 }] }));
    expect(result.problems).toEqual([{ path: 'groups[0].color', message: 'Group "g1": the colour must be a string, not a number. The palette\'s colour is used.' }]);
    expect(result.story!.groups).toStrictEqual([{ id: 'g1', title: 'One' }]);
  });

  test('an event without a group has no group field', () => {
    const result = validateStory(story({ groups: [{ id: 'g1', title: 'One' }], events: [event('a', { group: 'g1' }), event('b')] }));
    expect(Object.keys(result.story!.events.find((e) => e.id === 'b')!)).not.toContain('group');
  });
});

describe('eras: every problem word for word', () => {
  const era = (extra: Record<string, unknown> = {}) => ({
    id: 'e', title: 'The first government', date: '1996/2001', citations: cite('The first government fell in 2001.'), dateBasis: 'stated', ...extra,
  });
  const only = (value: unknown) => {
    const result = validateStory(story({ eras: [value] }));
    expect(result.story!.eras).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    return result.problems[0];
  };

  test('eras that are not an array', () => {
    expect(validateStory(story({ eras: 'x' })).problems).toEqual([{ path: 'eras', message: 'The story\'s eras must be an array, not a string.' }]);
  });

  test('an era that is not an object, or has no id', () => {
    expect(only(7)).toEqual({ path: 'eras[0]', message: 'Era at eras[0] is not an object (it is a number).' });
    expect(only(era({ id: undefined }))).toEqual({ path: 'eras[0].id', message: 'Era at eras[0] has no id.' });
  });

  test('its title, summary and date', () => {
    expect(only(era({ title: undefined }))).toEqual({ path: 'eras[0].title', message: 'Era "e" has no title.' });
    expect(only(era({ title: 5 }))).toEqual({ path: 'eras[0].title', message: 'Era "e": the title must be a string, not a number.' });
    expect(only(era({ summary: 5 }))).toEqual({ path: 'eras[0].summary', message: 'Era "e": the summary must be a string, not a number.' });
    for (const date of [undefined, '']) {
      expect(only(era({ date }))).toEqual({ path: 'eras[0].date', message: 'Era "e" has no date; an era needs a span, such as "1996-09/2001-11".' });
    }
    expect(only(era({ date: 1996 }))).toEqual({ path: 'eras[0].date', message: 'Era "e": the date must be an EDTF string such as "1996-09/2001-11", not a number.' });
    const parsed = parseEdtf('soon');
    expect(parsed.ok).toBe(false);
    expect(only(era({ date: 'soon' }))).toEqual({ path: 'eras[0].date', message: `Era "e": ${parsed.ok ? '' : parsed.error}` });
    expect(only(era({ date: '2001-11-13' }))).toEqual({
      path: 'eras[0].date',
      message: 'Era "e": "2001-11-13" is a single day; an era needs a span: an interval ("1996-09-27/2001-11"), a year or a month.',
    });
  });

  test('its dateBasis, dateNote and citations', () => {
    expect(only(era({ dateBasis: undefined }))).toEqual({ path: 'eras[0].dateBasis', message: 'Era "e" has no dateBasis; it must be "stated" or "inferred".' });
    expect(only(era({ dateBasis: 'guessed' }))).toEqual({ path: 'eras[0].dateBasis', message: 'Era "e": dateBasis must be "stated" or "inferred", not "guessed".' });
    expect(only(era({ dateNote: 5 }))).toEqual({ path: 'eras[0].dateNote', message: 'Era "e": the dateNote must be a string, not a number.' });
    expect(only(era({ dateBasis: 'inferred' }))).toEqual({ path: 'eras[0].dateNote', message: 'Era "e": the date is inferred, so a dateNote must say how it was inferred.' });
    for (const citations of [undefined, []]) {
      expect(only(era({ citations }))).toEqual({ path: 'eras[0].citations', message: 'Era "e" has no citations; every era must cite at least one paragraph.' });
    }
    expect(only(era({ citations: 'p1' }))).toEqual({ path: 'eras[0].citations', message: 'Era "e": citations must be an array, not a string.' });
  });

  test('a year or a month is a span; a kept era has its summary and dateNote only when given', () => {
    const result = validateStory(story({ eras: [era({ id: 'y', date: '2001' }), era({ id: 'm', date: '2001-11', summary: 'In brief', dateNote: 'From the text' })] }));
    expect(result.problems).toEqual([]);
    const [year, month] = result.story!.eras!;
    expect(Object.keys(year)).not.toContain('summary');
    expect(Object.keys(year)).not.toContain('dateNote');
    expect(month).toMatchObject({ id: 'm', summary: 'In brief', dateNote: 'From the text' });
  });
});

describe('featured, an event\'s group and a source\'s url: word for word', () => {
  test('a featured id that is unknown, not a string, or names an event left out is reported; the default is used', () => {
    expect(validateStory(story({ featured: 'zz' })).problems).toEqual([
      { path: 'featured', message: 'The featured event "zz" is not one of the story\'s valid events; the default is used.' },
    ]);
    expect(validateStory(story({ featured: 3 })).problems).toEqual([{ path: 'featured', message: 'The featured event must be an event id string, not a number.' }]);
    // Event "b" has an id but no valid date, so it is left out.
    const result = validateStory(story({ events: [event('a'), event('b', { date: 'soon' })], featured: 'b' }));
    expect(result.story!.events.map((e) => e.id)).toEqual(['a']);
    expect(result.story!.featured).toBeUndefined();
    expect(result.problems.filter((p) => p.path === 'featured')).toEqual([
      { path: 'featured', message: 'The featured event "b" is not one of the story\'s valid events; the default is used.' },
    ]);
  });

  test('a group that is not a string is reported and the event kept without one', () => {
    const result = validateStory(story({ groups: [{ id: 'g1', title: 'One' }], events: [event('a', { group: 7 })] }));
    expect(result.problems).toEqual([{ path: 'events[0].group', eventId: 'a', message: 'Event "a": the group must be a string, not a number. It is shown without a group.' }]);
    expect(result.story!.events[0].group).toBeUndefined();
  });

  test('a source url that is not http(s) is reported and left out', () => {
    const result = validateStory(story({ sources: [{ ...source, url: 'javascript:alert(1)' }] }));
    expect(result.problems).toEqual([{ path: 'sources[0].url', message: 'Source "s": the url "javascript:alert(1)" is not an http or https address.' }]);
    expect(Object.keys(result.story!.sources[0])).not.toContain('url');
    // An array holding a URL reads as that URL to the URL parser, but it is not a string.
    const listed = validateStory(story({ sources: [{ ...source, url: ['https://example.org/a'] }] }));
    expect(listed.problems).toEqual([{ path: 'sources[0].url', message: 'Source "s": the url an array is not an http or https address.' }]);
    expect(Object.keys(listed.story!.sources[0])).not.toContain('url');
  });
});
