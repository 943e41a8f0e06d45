import { describe, expect, test } from 'vitest';
import { draftStory } from '../../src/authoring/draft';
import { headlineProblems, statesAFinding, tellsNews } from '../../src/authoring/headlines';
import { validateStory } from '../../src/model/validate';

describe("the article's main event is proposed even when its opening sentence has no date", () => {
  const takeover = [
    'HAMBURG (Newswire) - Hollis Foods has completed its takeover of the dairy group Brenner, ending a contest that ran for more than a year.',
    'Hollis now owns 92 percent of the shares after its final offer closed on Thursday.',
    'Brenner was founded in 1921.',
  ].join('\n\n');

  test('it is dated from a recent date near the top that tells the same story, cites both passages, and is inferred with a note', () => {
    const { story } = draftStory(takeover, { published: '2025-03-14' });
    const main = story.events[0];
    expect(main.title).toBe('Hollis Foods completes its takeover of the dairy group Brenner');
    expect(headlineProblems(main.title)).toEqual([]);
    expect(main.date).toBe('2025-03-13');
    expect(main.citations.map((c) => c.paragraph)).toEqual(['p1', 'p2']);
    expect(main.citations[0].quote).toBe('Hollis Foods has completed its takeover of the dairy group Brenner, ending a contest that ran for more than a year.');
    expect(main.dateBasis).toBe('inferred');
    expect(main.dateNote).toBe("The article's opening sentence gives no date for this; a passage near it that tells the same story says 'on Thursday', which is 13 March 2025.");
    expect(main.draft.rule).toBe('main-event');
    expect(story.events.map((e) => e.date)).toEqual(['2025-03-13', '1921']);
    expect(validateStory(story).problems).toEqual([]);
  });

  test('with no recent date near the top it is dated to the publication date, and the note says so', () => {
    const { story } = draftStory('Hollis said it had completed its takeover of Brenner Dairies.\n\nThe company was founded in 1668.', { published: '2014-05-02' });
    expect(story.events[0]).toMatchObject({ date: '2014-05-02', dateBasis: 'inferred', title: 'Hollis completes its takeover of Brenner Dairies' });
    expect(story.events[0].dateNote).toBe("The article gives no date for this; it reports it as news of the day, so it is dated to the day the article was published, 2 May 2014.");
  });

  test('an opening sentence whose only year names a prize\'s edition is news of the day, dated to publication', () => {
    const { story } = draftStory('Mira Okafor has won the 2024 Halden Prize, worth $40,000, for her novel The Salt Road.\n\nThe shortlist was announced in March.', { published: '2024-04-18' });
    expect(story.events[0]).toMatchObject({ date: '2024-04-18', dateBasis: 'inferred' });
    expect(story.events[0].draft.rule).toBe('main-event');
    expect(story.events.map((e) => e.date)).toEqual(['2024-04-18', '2024-03']);
  });

  test('a possessive date near the top ("last week\'s budget") dates its noun, so the main event does not take it', () => {
    const text = 'The city council has passed its spending plan by a narrow margin.\n\nCouncillors voted 23 to 21 to approve last week\'s budget, which set out new bus routes.';
    const { story } = draftStory(text, { published: '2024-02-15' });
    expect(story.events[0]).toMatchObject({ date: '2024-02-15', dateBasis: 'inferred' });
    expect(story.events[0].citations.map((c) => c.paragraph)).toEqual(['p1']);
  });

  test('an opening sentence about what is to come ("is expected to", "is set to") is not news of the day', () => {
    expect(tellsNews('Hollis is expected to open its new ferry terminal within weeks.')).toBe(false);
    expect(tellsNews('The ferry line is set to close its last route.')).toBe(false);
    expect(tellsNews('Hollis is closing its last ferry route.')).toBe(true);
    const { story } = draftStory('Hollis is expected to open its new ferry terminal within weeks.\n\nThe old terminal opened in 1961.', { published: '2024-02-15' });
    expect(story.events.map((e) => e.date)).toEqual(['1961']);
  });

  test('a dateline ending in an abbreviation ("SALEM, Ore. (Wire) —") does not end the opening sentence', () => {
    const text = 'SALEM, Ore. (Wire) — A jury convicted a ferry captain of manslaughter Thursday in the sinking of a river boat.\n\nCaptain Ida Brenner, 51, faces up to ten years in prison.\n\nThe jurors had voted Wednesday to reject a lesser charge.';
    const { story } = draftStory(text, { published: '2024-02-16' });
    expect(story.events.map((e) => [e.date, e.citations[0].paragraph])).toEqual([
      ['2024-02-15', 'p1'],
      ['2024-02-14', 'p3'],
    ]);
  });

  test('a date in a subordinate clause of the opening sentence does not date its main event', () => {
    const { story } = draftStory('Hollis said it had completed its takeover of Brenner, after raising its offer for a third time last week.', { published: '2014-05-02' });
    expect(story.events.map((e) => [e.date, e.draft.rule])).toEqual([
      ['2014-05-02', 'main-event'],
      ['2014-04-21/2014-04-27', 'week'],
    ]);
  });

  test('an opening sentence whose main clause is dated is not proposed twice', () => {
    const { story } = draftStory('Voters in Lorran elected Ana Petrov as mayor on Sunday.\n\nShe first entered the council in 2010.', { published: '2022-05-16' });
    expect(story.events.map((e) => [e.date, e.title])).toEqual([
      ['2022-05-15', 'Voters in Lorran elect Ana Petrov as mayor'],
      ['2010', 'Petrov enters the council'],
    ]);
  });

  test('without a publication date or a date near the top, no main event is proposed', () => {
    const { story } = draftStory('Hollis has completed its takeover of Brenner Dairies.\n\nThe company was founded in 1668.');
    expect(story.events.map((e) => e.date)).toEqual(['1668']);
  });

  test('a nearby date that tells the same verb wins over an earlier one that does not ("died … on Monday", not "said on Wednesday")', () => {
    const text = 'Marta Ellison, the composer, has died. She was 91.\n\nHer daughter said on Wednesday that her mother had died at home on Monday evening.';
    const { story } = draftStory(text, { published: '2024-10-17' });
    expect(story.events[0]).toMatchObject({ date: '2024-10-14', title: 'Marta Ellison dies' });
  });
});

describe('a lede told as news of the day and a later sentence dated that day are one event', () => {
  const find = [
    'A cave find has given another clue to how early farmers lived along the river.',
    'The bones are about 9,000 years old.',
    'Digging began three summers ago.',
    'The team hopes to go back next year.',
    'In a paper released Thursday by the journal Strata, the team named the site Orla Cave.',
  ].join('\n\n');

  test('it is dated and titled by the dated sentence, cites both, and is not drafted twice', () => {
    const { story } = draftStory(find, { published: '2024-05-09' });
    const dated = story.events.filter((e) => e.date === '2024-05-09');
    expect(dated).toHaveLength(1);
    expect(dated[0].title).toBe('Team names the site Orla Cave');
    expect(dated[0].citations.map((c) => c.paragraph)).toEqual(['p1', 'p5']);
    expect(dated[0].dateNote).toBe("The article's opening sentence gives no date for this; a later sentence that tells the same day's news says 'Thursday', which is 9 May 2024.");
  });
});

describe("a study's finding in the simple present is not news of the publication day", () => {
  test.each([
    ['A new survey of river towns finds most expect floods to worsen.', true],
    ['Studies published by the institute show the tunnel is safe.', true],
    ['The ferry company has completed its takeover of the harbour line.', false],
    ['The report has found that rents rose sharply.', false],
    ['A cave find adds another clue to how early farmers lived.', false],
  ])('%s → %s', (sentence, finding) => {
    expect(statesAFinding(sentence)).toBe(finding);
  });

  test('an opening finding is not drafted at the publication date; the dated events stay', () => {
    const { story } = draftStory('A new study released in the journal Tides revises the advice on when to fence dunes.\n\nThe authors looked at dune surveys made in 2019.', { published: '2024-05-09' });
    expect(story.events.map((e) => e.date)).toEqual(['2019']);
  });
});
