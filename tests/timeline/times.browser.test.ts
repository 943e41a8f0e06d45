import { afterEach, describe, expect, test } from 'vitest';
import afternoonStory from '../../examples/one-afternoon.story.json';
import apolloStory from '../../examples/second-story.json';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { articleStory, atRest, centre, expectDatePhrases, input, isShown, mount, overlaps, settle, shadow, tickLabels, unmountAll, until, windowMs } from '../support/harness';

afterEach(unmountAll);

const MINUTE = 60_000;

/** The axis's words on screen: tick labels, gaps' lengths and the context line, each with its box. */
function axisLabels(el: HistoryTimeline): { text: string; box: DOMRect }[] {
  const root = shadow(el);
  const texts = [...root.querySelectorAll<SVGTextElement>('[part~="axis"] g.tick text, [part~="axis"] text.axis-context'), ...root.querySelectorAll<HTMLElement>('.gap-label')];
  return texts.filter((t) => t.textContent && isShown(t)).map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }));
}

function expectNoAxisOverlap(el: HistoryTimeline, where: string): void {
  const labels = axisLabels(el);
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      expect(overlaps(labels[i].box, labels[j].box), `${where}: "${labels[i].text}" and "${labels[j].text}"`).toBe(false);
    }
  }
}

describe('a story of one afternoon, with times in its own zone', () => {
  test('zooming in with the wheel reaches about ten minutes across, ticked in minutes with the day and zone', async () => {
    const el = await mount({ story: structuredClone(afternoonStory), width: 1280 });
    const { x, y } = centre(el);
    let span = Infinity;
    for (let i = 0; i < 30; i++) {
      await input.wheel(x, y, 0, -400, ['ctrl'], 2);
      await atRest(el);
      const now = windowMs(el);
      if (now.end - now.start >= span - 1) break;
      span = now.end - now.start;
    }
    expect(span).toBeGreaterThanOrEqual(9 * MINUTE);
    expect(span).toBeLessThanOrEqual(11 * MINUTE);
    const labels = tickLabels(el).map((t) => t.label);
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) expect(label).toMatch(/^\d{1,2}:\d\d/);
    expect(shadow(el).querySelector('text.axis-context')?.textContent).toBe('Wed, Aug 23, 2023 (GMT+5:30)');
    expectNoAxisOverlap(el, 'ten minutes');
  });

  test('the detail tells a time in the story\'s zone, or in the zone the page asks for', async () => {
    const story = await mount({ story: structuredClone(afternoonStory), attributes: { lang: 'en-IN' } });
    await expectDatePhrases(story, { touchdown: '23 August 2023 at 6:04 pm IST', broadcast: 'About 23 August 2023 at 5:20 pm IST' });
    const newYork = await mount({ story: structuredClone(afternoonStory), attributes: { lang: 'en-US', 'time-zone': 'America/New_York' } });
    await expectDatePhrases(newYork, { touchdown: 'August 23, 2023 at 8:34 AM EDT' });
    // The reader's own zone: the machine running this test.
    const local = await mount({ story: structuredClone(afternoonStory), attributes: { lang: 'en-US', 'time-zone': 'local' } });
    const readerZone = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short', hour: 'numeric', minute: '2-digit' }).format(Date.UTC(2023, 7, 23, 12, 34));
    await expectDatePhrases(local, { touchdown: `August 23, 2023 at ${readerZone}` });
  });

  test('changing time-zone redraws the axis in the new zone', async () => {
    const el = await mount({ story: structuredClone(afternoonStory), width: 1280 });
    el.zoomTo('2023-08-23T12:00Z', '2023-08-23T13:00Z');
    await atRest(el);
    expect(tickLabels(el).map((t) => t.label)).toContain('6:00 PM');
    el.setAttribute('time-zone', 'UTC');
    await settle(el);
    expect(tickLabels(el).map((t) => t.label)).toContain('12:30 PM');
    expect(shadow(el).querySelector('text.axis-context')?.textContent).toMatch(/\(UTC\)$/);
  });

  test('a story from 1992 to one afternoon in 2025 compresses the years between and zooms into the afternoon', async () => {
    const story = structuredClone(afternoonStory) as typeof afternoonStory & { events: { date: string }[] };
    story.events[0].date = '1992';
    const el = await mount({ story, width: 1280 });
    await until(() => shadow(el).querySelector('.gap-label')?.textContent === '31 years', 'the gap is labelled');
    expectNoAxisOverlap(el, 'full view');
    el.zoomTo('2023-08-23T12:10Z', '2023-08-23T12:40Z');
    await atRest(el);
    const w = windowMs(el);
    expect(w.end - w.start).toBeLessThan(40 * MINUTE);
    expect(tickLabels(el).every((t) => /^\d{1,2}:\d\d/.test(t.label))).toBe(true);
  });
});

describe('no two axis labels overlap (#27 item 5)', () => {
  const stories: [string, unknown][] = [['the article', articleStory], ['a second story', apolloStory], ['an afternoon', afternoonStory]];
  for (const [name, input] of stories) {
    for (const scale of ['compressed', 'linear']) {
      test(`${name}, ${scale}, at six zoom levels`, async () => {
        const el = await mount({ story: structuredClone(input), width: 1280, attributes: { 'time-scale': scale } });
        const full = windowMs(el);
        for (const share of [1, 0.6, 0.3, 0.1, 0.03, 0.01]) {
          // Each level around three points of the story; the article's long gap ends in its last fifth.
          for (const at of share === 1 ? [0.5] : [0.3, 0.6, 0.85]) {
            const centreMs = full.start + (full.end - full.start) * at;
            const half = ((full.end - full.start) * share) / 2;
            el.zoomTo(new Date(centreMs - half).toISOString(), new Date(centreMs + half).toISOString());
            await atRest(el);
            expectNoAxisOverlap(el, `${name} ${scale} at ${share} around ${at}`);
          }
        }
      });
    }
  }
});
