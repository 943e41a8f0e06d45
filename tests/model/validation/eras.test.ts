import { describe, expect, test } from 'vitest';
import { parseEdtf } from '../../../src/model/edtf';
import { validateStory } from '../../../src/model/validate';
import { citeGovernments as cite, governmentsStory as story } from '../../support/validation-stories';

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

  test('no eras, or eras that are not an array, give the story no eras', () => {
    expect(validateStory(story({})).story!.eras).toBeUndefined();
    expect(validateStory(story({ eras: 'x' })).story!.eras).toBeUndefined();
  });

  test('a repeated era id is named with its place; the first era is kept', () => {
    const result = validateStory(story({ eras: [era(), era({ title: 'Again' })] }));
    expect(result.problems).toEqual([{ path: 'eras[1].id', message: 'Era "e" at eras[1] repeats an earlier era id; only the first is kept.' }]);
    expect(result.story!.eras!.map((e) => e.title)).toEqual(['The first government']);
  });

  test('eras that start together come in order of their ends, the shorter first', () => {
    const result = validateStory(story({ eras: [era({ id: 'long', date: '2001/2003' }), era({ id: 'year', date: '2001' })] }));
    expect(result.problems).toEqual([]);
    expect(result.story!.eras!.map((e) => e.id)).toEqual(['year', 'long']);
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

  test('an era\'s title, summary and dateNote past their limits are cut with a problem each; the era is kept', () => {
    const result = validateStory(story({ eras: [era({ title: 'T'.repeat(301), summary: 'S'.repeat(2_001), dateNote: 'N'.repeat(3_000) })] }));
    expect(result.problems).toEqual([
      { path: 'eras[0].title', message: 'Era "e": the title is 301 characters long, longer than the 300 allowed; it is cut to 300.' },
      { path: 'eras[0].summary', message: 'Era "e": the summary is 2001 characters long, longer than the 2000 allowed; it is cut to 2000.' },
      { path: 'eras[0].dateNote', message: 'Era "e": the dateNote is 3000 characters long, longer than the 2000 allowed; it is cut to 2000.' },
    ]);
    expect(result.story!.eras![0]).toMatchObject({ title: `${'T'.repeat(299)}…`, summary: `${'S'.repeat(1_999)}…`, dateNote: `${'N'.repeat(1_999)}…` });
  });
});
