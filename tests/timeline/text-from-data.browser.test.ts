/**
 * Text from data is always rendered as text, never as markup: titles, summaries, quotes, notes,
 * source titles, problem messages, groups, eras and media captions with markup in them show
 * literally and run nothing, and only http and https URLs become links.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  articleStory, atRest, detail, input, isShown, labelOf, mark, marks, mount, part, parts, settle, shadow, unmountAll, until, within, zoomAndWait,
} from '../support/harness';
import { VALID_HOSTILE_IDS, hostileStory, mountHostile } from '../support/hostile-story';
import { listSections, printSections, printed } from '../support/list-sections';
import { PICTURE } from '../support/picture';
import { watchUncaught } from '../support/uncaught';

const uncaught = watchUncaught();

beforeEach(() => {
  delete (window as { __pwned?: unknown }).__pwned;
});

afterEach(async () => {
  unmountAll();
  await input.emulateMedia({ media: null });
});

type Story = typeof articleStory;

/** The element's own svgs: the axis and the overview strip. */
const isOwnSvg = (svg: Element) => svg.matches('[part~="axis"], [part~="overview"]') || svg.closest('[part~="overview"]') !== null;

describe('text from data is text', () => {
  test('titles and problem messages with markup are shown literally and run nothing', async () => {
    const { el } = await mountHostile();
    const notice = shadow(el).querySelector<HTMLDetailsElement>('[part~="notice"]')!;
    await userEvent.click(notice.querySelector('summary')!);
    await until(() => notice.open, 'the notice opened');
    await atRest(el);
    expect((window as { __pwned?: unknown }).__pwned, 'no payload ran').toBeUndefined();
    const root = shadow(el);
    expect(root.querySelectorAll('img, script, iframe, object, embed').length).toBe(0);
    expect([...root.querySelectorAll('svg')].every(isOwnSvg), 'the only svgs are the axis and the overview strip').toBe(true);
    const withHandlers = [...root.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => /^on/i.test(a.name)));
    expect(withHandlers.map((n) => n.outerHTML.slice(0, 80))).toEqual([]);
    for (const event of hostileStory.events.filter((e) => VALID_HOSTILE_IDS.includes(e.id))) {
      const label = labelOf(marks(el).find((m) => m.dataset.eventId === event.id)!);
      expect(label.textContent).toBe(event.title);
      expect(isShown(label)).toBe(true);
    }
    expect(root.querySelector('[part~="toolbar"] p')!.textContent).toBe(hostileStory.title);
    const noticeText = root.querySelector('[part~="notice"]')!.textContent!;
    expect(noticeText).toContain('<img src=x onerror=');
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) expect(['http:', 'https:']).toContain(new URL(a.href).protocol);
  });

  test('a javascript: source url is reported as a problem and never becomes an href', async () => {
    const { el, reports } = await mountHostile();
    const problem = reports[0].detail.problems.find((p) => p.path === 'sources[1].url');
    expect(problem?.message).toMatch(/not an http or https address/);
    expect(el.shadowRoot!.innerHTML).not.toMatch(/href="javascript:/i);
  });
});

describe('the detail panel and the source view show text from data as text', () => {
  const validIds = ['img-payload', 'script-payload', 'svg-payload', 'plain-event', 'evil-source-event'];

  test('summaries, quotes, date notes, source titles and publishers with markup are literal and run nothing', async () => {
    const el = await mount({ story: structuredClone(hostileStory), attributes: { 'show-source': '' } });
    const root = shadow(el);
    let texts = 0;
    for (const id of validIds) {
      expect(el.select(id)).toBe(true);
      await settle(el);
      const panel = detail(el);
      expect(panel, `detail of ${id}`).not.toBeNull();
      const event = hostileStory.events.find((e) => e.id === id)! as { title: string; summary?: string; dateNote?: string; citations: { quote: string }[] };
      // Every text the event has, literally: the title always, a summary and a date note where given.
      const expected = [event.title, event.summary, event.dateNote].filter((t): t is string => typeof t === 'string' && t !== '');
      for (const text of expected) expect(panel!.textContent).toContain(text);
      texts += expected.length;
      const quote = panel!.querySelector('[part~="quote"]');
      expect(quote?.textContent).toBe(event.citations[0].quote);
    }
    // The fixture has markup in summaries and notes too, so the loop above checked more than titles.
    expect(texts).toBeGreaterThan(validIds.length);
    el.select('img-payload');
    await settle(el);
    // The attribution names the publisher ("— Publisher, date, paragraph n"); the source view, the title too.
    expect(detail(el)!.textContent).toContain(hostileStory.sources[0].publisher);
    const sourceView = root.querySelector<HTMLElement>('[part~="source-view"]');
    expect(sourceView, 'the source view is shown').not.toBeNull();
    for (const paragraph of hostileStory.sources[0].paragraphs) expect(sourceView!.textContent).toContain(paragraph.text);
    expect(sourceView!.textContent).toContain(hostileStory.sources[0].title);
    expect(sourceView!.textContent).toContain(hostileStory.sources[0].publisher);

    await atRest(el);
    expect((window as { __pwned?: unknown }).__pwned, 'no payload ran').toBeUndefined();
    expect(root.querySelectorAll('img, script, iframe, object, embed').length).toBe(0);
    // The element's own svgs: the axis and the overview strip.
    const isOwnSvg = (svg: Element) => svg.matches('[part~="axis"], [part~="overview"]') || svg.closest('[part~="overview"]') !== null;
    expect([...root.querySelectorAll('svg')].every(isOwnSvg), 'the only svgs are the axis and the overview strip').toBe(true);
    const withHandlers = [...root.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => /^on/i.test(a.name)));
    expect(withHandlers.map((n) => n.outerHTML.slice(0, 80))).toEqual([]);
    expect(uncaught).toEqual([]);
  });

  test('only http and https URLs become links; the javascript: source has no link anywhere', async () => {
    const el = await mount({ story: structuredClone(hostileStory), attributes: { 'show-source': '' } });
    const root = shadow(el);
    el.select('img-payload');
    await settle(el);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')];
    expect(links.length, 'the https source is linked').toBeGreaterThan(0);
    for (const a of links) expect(['http:', 'https:']).toContain(new URL(a.href).protocol);
    el.select('evil-source-event');
    await settle(el);
    expect(detail(el)!.querySelectorAll('a[href]').length, 'no link for the javascript: source').toBe(0);
    const urls = [...root.querySelectorAll('[href], [cite], [src], [action], [formaction]')].flatMap((node) =>
      ['href', 'cite', 'src', 'action', 'formaction'].map((name) => node.getAttribute(name)).filter((v): v is string => v !== null),
    );
    expect(urls.length, 'the https source is still linked').toBeGreaterThan(0);
    expect(urls.filter((v) => v.trim().toLowerCase().startsWith('javascript:'))).toEqual([]);
  });

});

describe('text from data is text in groups, eras, the featured event and media', () => {
  const payload = (where: string) => `<img src=x onerror="window.__pwned='${where}'"><script>window.__pwned='${where}'</script>`;

  test('every new text field shows its markup literally, and none of it runs', async () => {
    const story = structuredClone(articleStory) as Story;
    const groupTitle = `Group ${payload('group')}`;
    const eraTitle = `Era ${payload('era')}`;
    const eraSummary = `Summary ${payload('era-summary')}`;
    story.groups[0].title = groupTitle;
    story.eras[0].title = eraTitle;
    story.eras[0].summary = eraSummary;
    const media = {
      ...PICTURE,
      alt: `Alt ${payload('alt')}`,
      caption: `Caption ${payload('caption')}`,
      credit: `Credit ${payload('credit')}`,
      link: `https://example.org/?q="><script>window.__pwned='link'</script>`,
    };
    const event = story.events.find((e) => e.group === story.groups[0].id)!;
    (event as Record<string, unknown>).media = media;
    (story as Record<string, unknown>).featured = `"><img src=x onerror="window.__pwned='featured'">`;
    let problems: { path: string; message: string }[] = [];
    const el = await mount({ story, attributes: { 'view-mode': 'both' }, before: (t) => t.addEventListener('timeline-error', (e) => (problems = (e as CustomEvent).detail.problems)) });
    const root = shadow(el);

    // The featured value is not an event: reported, and the notice shows it as written.
    expect(problems.map((p) => p.path)).toEqual(['featured']);
    expect(part(el, 'notice')!.textContent).toContain(`"><img src=x onerror=`);
    // Group: the legend, its band's title and the list.
    expect(part(el, 'legend')!.querySelector('button')!.textContent).toContain(groupTitle);
    expect(parts(el, 'group-label').map((l) => l.textContent!.trim())).toContain(groupTitle);
    const item = root.querySelector<HTMLElement>(`[part="list"] [data-event-id="${event.id}"]`)!;
    expect(item.querySelector('bdi')!.textContent).toBe(groupTitle);
    // Era: its title in the era row and as a heading of the list.
    const eraButton = root.querySelector<HTMLButtonElement>(`[part~="era"][data-era-id="${story.eras[0].id}"] button`)!;
    expect(eraButton.textContent).toBe(eraTitle);
    expect(listSections(el).map((s) => s.heading)).toContain(`${eraTitle} (27 September 1996 – November 2001)`);
    // The era's detail: its summary.
    eraButton.click();
    await settle(el);
    expect(part(el, 'detail')!.querySelector('[role="heading"]')!.textContent).toBe(eraTitle);
    expect(within(part(el, 'detail')!).getByText(eraSummary, { exact: true }).query(), "the era's summary, as written").not.toBeNull();
    // The event's detail: its group and its picture.
    el.select(event.id);
    await settle(el);
    const detail = part(el, 'detail')!;
    expect(within(detail).getByText(groupTitle, { exact: true }).query(), 'its group, as written').not.toBeNull();
    expect(detail.querySelector('figcaption')!.textContent).toBe(`${media.caption} ${media.credit}`);
    expect(detail.querySelector('img')!.getAttribute('alt')).toBe(media.alt);
    expect(detail.querySelector('figure a')!.getAttribute('href')).toBe(media.link);
    // Print: the era's heading, the group, the caption, credit and link.
    const paper = await printed(el);
    expect(printSections(el).map((s) => s.heading)).toContain(`${eraTitle} (27 September 1996 – November 2001)`);
    const printedItem = [...paper.querySelectorAll('li')].find((li) => li.querySelector('figure'))!;
    expect(printedItem.querySelector(':scope > bdi')!.textContent).toBe(groupTitle);
    expect(printedItem.querySelector('figcaption')!.textContent).toBe(`${media.caption} ${media.credit}`);
    expect(within(printedItem).getByText(media.link, { exact: true }).query(), 'the link written out, as text').not.toBeNull();

    // Nothing of it became markup: the only pictures are the story's own, no script, no handler.
    expect([...root.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([PICTURE.src, PICTURE.src]);
    expect(root.querySelectorAll('script, iframe, object, embed').length).toBe(0);
    const withHandlers = [...root.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => /^on/i.test(a.name)));
    expect(withHandlers.map((n) => n.outerHTML.slice(0, 80))).toEqual([]);
    expect((window as { __pwned?: unknown }).__pwned, 'no payload ran').toBeUndefined();
  });

  test('a featured event with markup in its title stands out with its title as text', async () => {
    const story = structuredClone(articleStory) as Story;
    const featured = story.events.find((e) => e.id === 'taliban-capture-kabul')!;
    featured.title = `Featured ${payload('featured-title')}`;
    (story as Record<string, unknown>).featured = featured.id;
    const el = await mount({ story });
    await zoomAndWait(el, '1996', '1997');
    const shown = mark(el, featured.id)!;
    expect(shown.hasAttribute('data-featured')).toBe(true);
    expect(shown.textContent).toContain(featured.title);
    expect(shadow(el).querySelectorAll('img, script').length).toBe(0);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});
