import { describe, expect, test } from 'vitest';
import { eventMessage, sourceMessage } from '../../src/editor/messages';

describe("the validator's messages in the editor's words", () => {
  test('an event is named by its title, never by its id', () => {
    expect(eventMessage('Event "at-this-time" has no date.', 'at-this-time', 'Council puts the bridge on hold')).toBe('“Council puts the bridge on hold” has no date.');
    expect(eventMessage('Event "e1": "2023-02-30" is not a real day: February 2023 has 28 days.', 'e1', 'Vote')).toBe('“Vote”: "2023-02-30" is not a real day: February 2023 has 28 days.');
    expect(eventMessage('Event at events[3] has no id.', undefined, 'Vote')).toBe('“Vote” has no id.');
    expect(eventMessage('Event "e1" has no date.', 'e1', '  ')).toBe('The untitled event has no date.');
    const long = 'x'.repeat(80);
    expect(eventMessage(`Event "${'x'.repeat(60)}…" has no date.`, long, 'Vote')).toBe('“Vote” has no date.');
  });

  test('field names of the format become plain words', () => {
    expect(eventMessage('Event "e1": the date is inferred, so a dateNote must say how it was inferred.', 'e1', 'Vote')).toBe('“Vote”: the date is inferred, so its date note must say how it was worked out.');
    expect(
      eventMessage('Event "e1": the media has no alt text; say what the picture shows, or set "decorative": true if it adds nothing to the words. The media is left out.', 'e1', 'Vote'),
    ).toBe('“Vote”: the picture has no alt text: say what it shows, for readers who cannot see it.');
  });

  test("the article's problems are said as its form says its fields", () => {
    expect(sourceMessage('Source "article": the url "ftp://x" is not an http or https address.', 'article')).toBe('The URL "ftp://x" is not an http or https address.');
    expect(sourceMessage('Source "article": the published date is invalid: "2025-02-30" is not a real day.', 'article')).toBe('The publication date is invalid: "2025-02-30" is not a real day.');
    expect(sourceMessage('Source "article" has no title.', 'article')).toBe("The article's title is empty.");
    expect(sourceMessage('Source "other": the url "x" is not an http or https address.', 'article')).toBe('Source "other": the url "x" is not an http or https address.');
  });

  test("the story's time zone is named by the value typed, with what to write instead", () => {
    expect(sourceMessage('The story\'s timeZone "Asia/Kolkatta" is not a time zone: write an IANA name such as "Asia/Kolkata".', 'article')).toBe(
      'The time zone "Asia/Kolkatta" is not one we know: choose one of the suggestions, a name such as Asia/Kolkata or America/New_York.',
    );
  });
});
