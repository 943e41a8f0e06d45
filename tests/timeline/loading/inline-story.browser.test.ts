import { afterEach, describe, expect, test, vi } from 'vitest';
import { validateStory } from '../../../src/model/validate';
import type { Problem, Story } from '../../../src/model/types';
import { renderStaticHtml } from '../../../src/render/static-html';
import type { HistoryTimeline } from '../../../src/timeline/history-timeline';
import { articleStory, marks, settle, until } from '../../support/harness';

const article = validateStory(structuredClone(articleStory)).story!;
/** Two events of the article: a story whose timeline is short. */
const short: Story = { ...article, events: article.events.slice(-2).map(({ group: _, ...event }) => event), groups: undefined, eras: undefined };
const jsonUrl = (story: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(story))}`;

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const c of containers.splice(0)) c.remove();
  vi.restoreAllMocks();
  window.scrollTo(0, 0);
});

/**
 * Puts `<history-timeline ${attributes}>${inner}</history-timeline>` at the top of the page, as a
 * page's HTML would (the element is defined already, so it upgrades as it is inserted), and waits
 * until it has drawn its marks.
 */
async function place(inner: string, attributes = '', before?: (el: HistoryTimeline) => void): Promise<HistoryTimeline> {
  const container = document.createElement('div');
  container.style.width = '1000px';
  const template = document.createElement('template');
  template.innerHTML = `<history-timeline ${attributes}>${inner}</history-timeline>`;
  const el = template.content.firstElementChild as HistoryTimeline;
  before?.(el);
  container.append(template.content);
  document.body.prepend(container);
  containers.push(container);
  await until(() => marks(el).length > 0, 'the timeline drew its marks');
  await settle(el);
  return el;
}

describe('<history-timeline> with static HTML inside', () => {
  test('reads the story from its <script type="application/json"> child and never fetches src', async () => {
    const fetching = vi.spyOn(window, 'fetch');
    const el = await place(renderStaticHtml(article), 'src="/never-fetched.story.json"');
    expect(el.events.map((e) => e.id)).toEqual(article.events.map((e) => e.id));
    expect(marks(el).map((m) => m.dataset.eventId).sort()).toEqual(article.events.map((e) => e.id).sort());
    expect(fetching).not.toHaveBeenCalled();
    expect(performance.getEntriesByType('resource').filter((r) => r.name.includes('never-fetched'))).toEqual([]);
  });

  test("the page's list is not shown once upgraded, and nothing of it is copied into the shadow root", async () => {
    const el = await place(`${renderStaticHtml(short)}<p class="author-note">A note only the page has</p>`);
    const list = el.querySelector('section.history-timeline-static')!;
    expect(list.getClientRects()).toHaveLength(0);
    expect(el.querySelector('.author-note')!.getClientRects()).toHaveLength(0);
    expect(el.shadowRoot!.textContent).not.toContain('A note only the page has');
    expect(el.shadowRoot!.querySelector('slot')).toBeNull();
    // The page's markup is left as it was.
    expect(el.querySelectorAll('li[data-event-id]')).toHaveLength(short.events.length);
  });

  test('precedence: a story set as a property before the first render wins over the inline one', async () => {
    const el = await place(renderStaticHtml(article), '', (t) => (t.story = structuredClone(short)));
    expect(el.events.map((e) => e.id)).toEqual(short.events.map((e) => e.id));
  });

  test('a src set after the first render is fetched and replaces the inline story', async () => {
    const el = await place(renderStaticHtml(article), 'src="/never-fetched.story.json"');
    const fetching = vi.spyOn(window, 'fetch');
    el.src = jsonUrl(short);
    await until(() => el.events.length === short.events.length, 'the story from src replaced the inline one');
    expect(fetching).toHaveBeenCalledOnce();
  });

  test('an inline script that is not JSON: timeline-error names it, and src is loaded instead', async () => {
    const problems: Problem[] = [];
    const el = await place('<script type="application/json">{ "title": </script><p>Static list</p>', `src="${jsonUrl(short)}"`, (t) =>
      t.addEventListener('timeline-error', (e) => problems.push(...e.detail.problems)),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('script');
    expect(problems[0].message).toMatch(/^The story in the element's <script type="application\/json"> is not valid JSON: .+\.$/);
    expect(el.events.map((e) => e.id)).toEqual(short.events.map((e) => e.id));
  });

  test('keeps the room its static HTML took on screen, so the page below does not move up into view', async () => {
    // Alone, the short story's timeline ends well above the bottom of the screen.
    const alone = await place('', '', (t) => (t.story = structuredClone(short)));
    expect(alone.getBoundingClientRect().bottom).toBeLessThan(innerHeight - 100);
    containers.splice(0).forEach((c) => c.remove());
    // With its static HTML (taller than the screen) it stays as tall as what the reader saw.
    const el = await place(`${renderStaticHtml(short)}<div style="height: 3000px"></div>`);
    expect(el.getBoundingClientRect().bottom).toBeGreaterThanOrEqual(innerHeight - 1);
    expect(el.getBoundingClientRect().bottom).toBeLessThanOrEqual(innerHeight + 1);
  });

  test('keeps no room when the page sets the timeline height itself', async () => {
    const el = await place(`${renderStaticHtml(short)}<div style="height: 3000px"></div>`, 'style="--history-timeline-height: 200px"');
    expect(el.getBoundingClientRect().bottom).toBeLessThan(innerHeight - 100);
  });
});
