import { describe, expect, test } from 'vitest';
import { daysInMonth, syntheticStory } from '../../scripts/synthetic-story';
import { validateStory } from '../../src/model/validate';

describe('synthetic story', () => {
  test('1,000 generated events validate with no problems', () => {
    const { story, problems } = validateStory(syntheticStory(1_000));
    expect(problems).toEqual([]);
    expect(story?.events).toHaveLength(1_000);
  });

  test('the same count and seed give the same story; another seed gives another', () => {
    expect(JSON.stringify(syntheticStory(1_000))).toBe(JSON.stringify(syntheticStory(1_000)));
    expect(JSON.stringify(syntheticStory(1_000, 2))).not.toBe(JSON.stringify(syntheticStory(1_000)));
  });

  test('dates are real calendar days between 1900 and 2030, of mixed precision', () => {
    const dates = syntheticStory(5_000).events.map((e) => e.date);
    for (const date of dates) {
      for (const part of date.replace(/~$/, '').split('/')) {
        const [year, month, day] = part.split('-').map(Number);
        expect(year).toBeGreaterThanOrEqual(1900);
        expect(year).toBeLessThanOrEqual(2030);
        if (day !== undefined) expect(day).toBeLessThanOrEqual(daysInMonth(year, month));
      }
    }
    const share = (test: (d: string) => boolean) => dates.filter(test).length / dates.length;
    expect(share((d) => /^\d{4}-\d{2}-\d{2}/.test(d))).toBeGreaterThan(0.5);
    expect(share((d) => /^\d{4}-\d{2}(\/|~|$)/.test(d))).toBeGreaterThan(0.2);
    expect(share((d) => /^\d{4}(\/|~|$)/.test(d))).toBeGreaterThan(0.1);
    expect(share((d) => d.includes('/'))).toBeGreaterThan(0.01);
    expect(share((d) => d.endsWith('~'))).toBeGreaterThan(0.01);
  });

  test('titles are 20 to 70 characters and every quote is verbatim in its paragraph', () => {
    const story = syntheticStory(2_000);
    const paragraphs = new Map(story.sources[0].paragraphs.map((p) => [p.id, p.text]));
    for (const event of story.events) {
      expect(event.title.length).toBeGreaterThanOrEqual(20);
      expect(event.title.length).toBeLessThanOrEqual(70);
      const [citation] = event.citations;
      expect(paragraphs.get(citation.paragraph)).toContain(citation.quote);
    }
  });

  test('100,000 events generate, each with its own id', () => {
    const events = syntheticStory(100_000).events;
    expect(events).toHaveLength(100_000);
    expect(new Set(events.map((e) => e.id)).size).toBe(100_000);
  });
});
