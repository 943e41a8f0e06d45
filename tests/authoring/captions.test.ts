import { describe, expect, test } from 'vitest';
import { datelineLength, describesAScene, isCaption, isCutShort, isTimestamp } from '../../src/authoring/captions';
import { draftStory } from '../../src/authoring/draft';

describe('wire datelines: their dates are the report\'s, not an event\'s', () => {
  test.each([
    ['LISBON (Newswire) - Norland\'s Brenner Dairies said on Tuesday …', 'LISBON (Newswire) - '],
    ['VALLETTA May 2 The shipping group Hollis …', 'VALLETTA May 2 '],
    ['HAMBURG, March 14 (Newswire) - Hollis Foods has completed …', 'HAMBURG, March 14 (Newswire) - '],
    ['MAPUTO (Radio Kellan / Wire - 08th July, 2022) Veteran actor Tom Reyes …', 'MAPUTO (Radio Kellan / Wire - 08th July, 2022) '],
    ['PORT KELLAN -- Rosa Winters, the actress …', 'PORT KELLAN -- '],
    ['NEW HARTON, Del. (Wire) – Emergency crews …', 'NEW HARTON, Del. (Wire) – '],
    ['(WIRE- The Harbour Times) Calder achieved a milestone …', '(WIRE- The Harbour Times) '],
    ['Newswire, March 14, 2023 Adjust font size:', 'Newswire, March 14, 2023 '],
    ['Harbour Times, 14 March 2023 — The ferry line said …', 'Harbour Times, 14 March 2023 — '],
  ])('"%s" opens with the dateline "%s"', (paragraph, dateline) => {
    expect(datelineLength(paragraph)).toBe(dateline.length);
  });

  test.each(['Calder, 45, retired on March 14, 2023.', 'On March 14, 2023 the ferry line said …', 'By 1994, the Taliban had advanced.', 'US officials said on Monday …', 'NATO held the summit in 2019.', 'Reyna died in 2009.'])('"%s" has no dateline', (paragraph) => {
    expect(datelineLength(paragraph)).toBe(0);
  });
});

describe('captions, credits and embedded posts tell no event', () => {
  test.each([
    'A sign is seen outside the company\'s offices in Lisbon, Portugal, April 25, 2018. REUTERS/Jane Doe',
    'Photo: FILE PHOTO: The probe is shown in this photo obtained by Reuters on March 28, 2018. Courtesy City Archive/Handout via REUTERS/File Photo',
    'Ellison at the premiere of her Requiem in 1971. Photograph: Kellan Press Archive',
    'The ferry leaves the harbour at dawn pic.twitter.com/AbCdEf123 — Port Authority (@PortAuthority) May 31, 2020',
    'The mayor takes her oath of office — City Hall (@CityHall) May 28, 2019',
    'Researchers image: the probe before its descent. Credit: University of Kessel',
    'The toll from the storm that struck the coast rises to 40 as crews race to reach the islands. Harbour Video',
    'An undated photo provided by the Kessel Observatory shows the probe on its test stand before launch.',
    'In a March 3, 2021 photo provided by the harbour board, divers inspect the sea wall.',
    'This image released by the city on Friday shows the flooded main road.',
    'Divers inspect the sea wall at Larkmoor on March 3, 2021. (Ilse Brandt/Harbour Board via AP)',
  ])('"%s" is a caption', (paragraph) => {
    expect(isCaption(paragraph)).toBe(true);
  });

  test.each(['Photography was banned in 1990.', 'The photo agency was founded in 1947 by four photographers.', 'A photographer was hired in 2019 to record the works.', 'The photo was taken in 1945 and shown in a show in 1950.', 'Reuters reported the deal on Monday.', 'The storm struck on Monday. It was the worst in a decade, officials said.'])('"%s" is not a caption', (paragraph) => {
    expect(isCaption(paragraph)).toBe(false);
  });
});

describe('teasers cut short tell no event', () => {
  test.each(['An undated photo shows the rover team in 2019 with the engineer who found the fa...', 'The harbour board voted in March to close the old pier and sell…'])('"%s" is cut short', (paragraph) => {
    expect(isCutShort(paragraph)).toBe(true);
  });

  test.each(['The pier closed in March.', '"We will see what happens next..."', 'Then, in 2019... the pier closed.'])('"%s" is not cut short', (paragraph) => {
    expect(isCutShort(paragraph)).toBe(false);
  });

  test('a caption and a teaser in an article give no event; the report does', () => {
    const text = [
      'Probe team names the crater',
      'The Kessel probe team named the crater after its founder on Tuesday.',
      'In a March 3, 2021 photo provided by the observatory, engineers test the probe before launch.',
      'The team also found traces of ice in 2022 near the crater, the founder of the sur...',
    ].join('\n\n');
    const events = draftStory(text, { published: '2023-10-12' }).story.events;
    expect(events.map((e) => [e.date, e.citations.map((c) => c.paragraph).join(',')])).toEqual([['2023-10-10', 'p2']]);
  });
});

describe('a present-tense sentence with a long-past date describes a scene, as a caption does', () => {
  const scene = (sentence: string, phrase: string, past = true) => describesAScene(sentence, sentence.indexOf(phrase), past);
  test('present verbs before a past date describe; a past verb, a fronted date or a recent date narrate', () => {
    expect(scene('Firefighters battle the blaze near the Ostby road on Aug. 8, 2018.', 'on Aug. 8')).toBe(true);
    expect(scene('A woman walks past a ruined house in Larkmoor in March 2021.', 'in March 2021')).toBe(true);
    expect(scene('Firefighters battled the blaze near the Ostby road on Aug. 8, 2018.', 'on Aug. 8')).toBe(false);
    expect(scene('The law, passed in 2019, requires ferry lines to report delays.', 'in 2019')).toBe(false);
    expect(scene('The pier has been closed since 2009.', 'since 2009')).toBe(false);
    expect(scene('In 1976, she leaves the band in the middle of a tour.', 'In 1976')).toBe(false);
    expect(scene('The exhibition opens on 3 March.', 'on 3 March', false)).toBe(false);
  });

  test('a drafted article leaves out the scene and keeps the report', () => {
    const text = ['Ostby fire report blames power line', 'The fire service said on Tuesday that a fallen power line started the fire.', 'Firefighters battle the blaze near the Ostby road on Aug. 8, 2018.'].join('\n\n');
    expect(draftStory(text, { published: '2019-03-07' }).story.events.map((e) => e.date)).toEqual(['2019-03-05']);
  });
});

describe('timestamps are not events', () => {
  const at = (text: string, phrase: string) => isTimestamp(text, text.indexOf(phrase), phrase.length);
  test('a date followed by a time or a separator, or after "Published", is a timestamp', () => {
    expect(at('Business News July 10, 2018 / 6:26 AM / Updated 5 minutes ago', 'July 10, 2018')).toBe(true);
    expect(at('Sumaira FH Published July 08, 2022 | 12:30 AM', 'July 08, 2022')).toBe(true);
    expect(at('Sunday, September 23, 2018 - 10:18', 'September 23, 2018')).toBe(true);
  });

  test('"was published in March last year" is an event, not a timestamp', () => {
    expect(at('Her final collection was published in March last year.', 'in March last year')).toBe(false);
  });
});
