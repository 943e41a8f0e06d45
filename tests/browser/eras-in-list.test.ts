import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { articleStory, input, mark, mount, mountNarrow, part, parts, settle, shadow, unmountAll, until, zoomAndWait } from '../support/harness';

afterEach(async () => {
  unmountAll();
  await input.emulateMedia({ media: null });
});

type Story = typeof articleStory;
type Era = Story['eras'][number];

/** The list built for printing: print-only, so it has no documented part; found by its class. */
const printList = (el: HistoryTimeline) => shadow(el).querySelector<HTMLElement>('.print-list');

interface Section {
  /** The heading's text, or null for a list with none. */
  heading: string | null;
  level: string | null;
  /** What identifies each item: its event id (list view) or its text (print). */
  items: string[];
}

/** The lists inside `root`, each with the heading right before it (a real heading: role and level). */
function sectionsOf(root: HTMLElement, itemKey: (li: HTMLLIElement) => string): Section[] {
  return [...root.querySelectorAll<HTMLOListElement>('ol')].map((ol) => {
    const before = ol.previousElementSibling;
    const heading = before?.getAttribute('role') === 'heading' ? before : null;
    // List semantics kept: every child of the list is an item.
    expect([...ol.children].every((c) => c.tagName === 'LI'), 'an <ol> holds only <li>').toBe(true);
    return { heading: heading?.textContent ?? null, level: heading?.getAttribute('aria-level') ?? null, items: [...ol.children].map((li) => itemKey(li as HTMLLIElement)) };
  });
}

const listSections = (el: HistoryTimeline) => sectionsOf(part(el, 'list')!, (li) => li.querySelector<HTMLElement>('[data-event-id]')!.dataset.eventId!);

/** Print items carry no id: each is known by its title, which ends its first line. */
function printSections(el: HistoryTimeline): Section[] {
  const byTitle = new Map(el.events.map((e) => [e.title, e.id]));
  return sectionsOf(printList(el)!, (li) => {
    const first = li.querySelector('strong')!.textContent!;
    return [...byTitle].find(([title]) => first.endsWith(`: ${title}`))?.[1] ?? `? ${first}`;
  });
}

/** The element in list view: mounted as a timeline (mount waits for its marks), then switched. */
async function mountList(options: Parameters<typeof mount>[0] = {}): Promise<HistoryTimeline> {
  const el = await mount(options);
  el.viewMode = 'list';
  await settle(el);
  return el;
}

async function printed(el: HistoryTimeline): Promise<HTMLElement> {
  await input.emulateMedia({ media: 'print' });
  await until(() => printList(el) !== null, 'printing built the print list');
  await el.updateComplete;
  return printList(el)!;
}

const ids = (from: string, to: string, events: readonly { id: string }[]) => {
  const all = events.map((e) => e.id);
  return all.slice(all.indexOf(from), all.indexOf(to) + 1);
};

describe('eras as headings in the list view and in print', () => {
  test("the article's list: its events under its two eras' headings, those before them under Other events; each item names its group", async () => {
    const el = await mountList();
    const all = el.events;
    const sections = listSections(el);
    expect(sections.map((s) => s.heading)).toEqual([
      'Other events',
      expect.stringMatching(/^The first Taliban government \(27 September 1996 – November 2001\)$/),
      expect.stringMatching(/^The Taliban back in power \(.*2021.*\)$/),
    ]);
    expect(sections.map((s) => s.level)).toEqual(['2', '2', '2']);
    expect(sections.map((s) => s.items)).toEqual([
      ['soviet-backed-government-collapses', 'taliban-advance-through-southern-afghanistan'],
      ['taliban-capture-kabul', 'islamic-emirate-declared'],
      ids('afghan-security-forces-collapse', 'russia-recognizes-taliban-government', all),
    ]);
    // Still one chronological list, read in time order.
    expect(sections.flatMap((s) => s.items)).toEqual(all.map((e) => e.id));
    const item = shadow(el).querySelector<HTMLElement>('[part="list"] [data-event-id="floods-april-2024"]')!;
    expect(item.querySelector('bdi')!.textContent).toBe('Natural disasters');
  });

  test('the headings follow heading-level; a story without eras keeps one list with no heading', async () => {
    const el = await mountList({ attributes: { 'heading-level': '4' } });
    expect(listSections(el).map((s) => s.level)).toEqual(['4', '4', '4']);
    const plain = structuredClone(articleStory) as Partial<Story>;
    delete plain.eras;
    const without = await mountList({ story: plain });
    expect(listSections(without)).toEqual([{ heading: null, level: null, items: without.events.map((e) => e.id) }]);
  });

  test("a group hidden in the legend leaves the list and the phone's chronology, and an era left empty loses its heading", async () => {
    const el = await mount({ attributes: { 'view-mode': 'both' } });
    const rule = [...part(el, 'legend')!.querySelectorAll('button')].find((b) => b.textContent!.startsWith("The Taliban's rise and rule"))!;
    const ruled = new Set(articleStory.events.filter((e) => e.group === 'taliban-in-power').map((e) => e.id));
    await userEvent.click(rule);
    await settle(el);
    const sections = listSections(el);
    expect(sections.map((s) => s.heading)).toEqual([expect.stringMatching(/^The Taliban back in power \(/)]);
    // Every event left is from August 2021 on.
    expect(sections[0].items).toEqual(el.events.map((e) => e.id).filter((id) => !ruled.has(id)));
    await userEvent.click(rule);
    await settle(el);
    expect(listSections(el).flatMap((s) => s.items)).toEqual(el.events.map((e) => e.id));

    const phone = await mountNarrow();
    const entries = () => [...part(phone, 'chronology')!.querySelectorAll<HTMLElement>('[data-event-id]')].map((b) => b.dataset.eventId!);
    await userEvent.click([...part(phone, 'legend')!.querySelectorAll('button')].find((b) => b.textContent!.startsWith("The Taliban's rise and rule"))!);
    await settle(phone);
    expect(entries()).toEqual(phone.events.map((e) => e.id).filter((id) => !ruled.has(id)));
  });

  test("printing the article prints the same headings over the same events, with each event's group", async () => {
    const el = await mount();
    const list = await printed(el);
    expect(getComputedStyle(list).display).toBe('block');
    const onPaper = printSections(el);
    expect(onPaper.map((s) => s.heading)).toEqual(['Other events', expect.stringMatching(/^The first Taliban government \(/), expect.stringMatching(/^The Taliban back in power \(/)]);
    expect(onPaper.map((s) => s.level)).toEqual(['2', '2', '2']);
    expect(onPaper.flatMap((s) => s.items)).toEqual(el.events.map((e) => e.id));
    expect(onPaper[1].items).toEqual(['taliban-capture-kabul', 'islamic-emirate-declared']);
    const kabul = [...list.querySelectorAll('li')].find((li) => li.textContent!.includes('Taliban capture Kabul'))!;
    expect(kabul.querySelector('bdi')!.textContent).toBe("The Taliban's rise and rule");
  });

  test('overlapping eras: an event is under the innermost era it starts in (latest start, then earliest end); a nested era splits the outer one', async () => {
    const story = structuredClone(articleStory) as Story;
    const era = (id: string, date: string): Era => ({ ...story.eras[0], id, title: id, date });
    // Out of order on purpose: the order given must not matter.
    story.eras = [era('Late', '2021-09/2023'), era('Inner', '1996/1997'), era('Outer', '1990/2021-12'), era('Short', '2021-09/2021-12')];
    const el = await mountList({ story });
    const all = el.events;
    const expected = [
      ['Outer', ['soviet-backed-government-collapses', 'taliban-advance-through-southern-afghanistan']],
      ['Inner', ['taliban-capture-kabul', 'islamic-emirate-declared']],
      // August 2021 is in Outer only.
      ['Outer', ids('afghan-security-forces-collapse', 'taliban-seize-power', all)],
      // Short and Late both start in September 2021; Short ends first.
      ['Short', ['girls-barred-from-secondary-school', 'interim-government-declared']],
      ['Late', ['earthquake-june-2022', 'earthquakes-october-2023']],
      ['Other events', ids('floods-april-2024', 'russia-recognizes-taliban-government', all)],
    ];
    const got = (sections: Section[]) => sections.map((s) => [s.heading!.replace(/ \(.*\)$/, ''), s.items]);
    expect(got(listSections(el))).toEqual(expected);
    await printed(el);
    expect(got(printSections(el))).toEqual(expected);
  });
});

const PICTURE = {
  src: '/examples/media/three-steps.svg',
  alt: 'Three dots on a line, the last in orange',
  caption: 'A diagram drawn for this test',
  credit: 'history-timeline contributors',
  link: 'https://example.org/three-steps',
  width: 640,
  height: 360,
};

describe('media in print', () => {
  test("an event's picture prints with its caption and credit, and its link written out", async () => {
    const story = structuredClone(articleStory) as Story;
    (story.events.find((e) => e.id === 'taliban-capture-kabul') as Record<string, unknown>).media = PICTURE;
    const el = await mount({ story });
    const list = await printed(el);
    const items = [...list.querySelectorAll('li')];
    const kabul = items.find((li) => li.textContent!.includes('Taliban capture Kabul'))!;
    expect(items.filter((li) => li.querySelector('figure')), 'only the event with media has a figure').toEqual([kabul]);
    const figure = kabul.querySelector('figure')!;
    expect(figure.querySelector('figcaption')!.textContent).toBe(`${PICTURE.caption} ${PICTURE.credit}`);
    expect(kabul.querySelector('.print-link')!.textContent).toBe(PICTURE.link);
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe(PICTURE.alt);
    // Printing needs the picture now: it is not left to lazy loading, which waits for it to scroll into view.
    expect(img.getAttribute('loading')).toBe('eager');
    await until(() => img.complete && img.naturalWidth > 0, 'the picture loaded for print');
    const box = img.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(0);
    expect(box.width).toBeLessThanOrEqual(list.getBoundingClientRect().width);
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
    expect(part(el, 'legend')!.querySelector('.legend-item')!.textContent).toContain(groupTitle);
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
    expect(part(el, 'detail')!.querySelector('.summary')!.textContent).toBe(eraSummary);
    // The event's detail: its group and its picture.
    el.select(event.id);
    await settle(el);
    const detail = part(el, 'detail')!;
    expect(detail.querySelector('.detail-date bdi')!.textContent).toBe(groupTitle);
    expect(detail.querySelector('figcaption')!.textContent).toBe(`${media.caption} ${media.credit}`);
    expect(detail.querySelector('img')!.getAttribute('alt')).toBe(media.alt);
    expect(detail.querySelector('figure a')!.getAttribute('href')).toBe(media.link);
    // Print: the era's heading, the group, the caption, credit and link.
    const paper = await printed(el);
    expect(printSections(el).map((s) => s.heading)).toContain(`${eraTitle} (27 September 1996 – November 2001)`);
    const printedItem = [...paper.querySelectorAll('li')].find((li) => li.querySelector('figure'))!;
    expect(printedItem.querySelector('bdi')!.textContent).toBe(groupTitle);
    expect(printedItem.querySelector('figcaption')!.textContent).toBe(`${media.caption} ${media.credit}`);
    expect(printedItem.querySelector('.print-link')!.textContent).toBe(media.link);

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
