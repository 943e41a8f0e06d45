/**
 * Printing: the print stylesheet prints the chronological list (built only when printing), under
 * the eras' headings, with each event's group, picture, quotes and citations.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { articleStory, input, mount, unmountAll, until, viewport, within } from '../support/harness';
import { printList, printSections, printed } from '../support/list-sections';
import { PICTURE } from '../support/picture';

afterEach(async () => {
  unmountAll();
  await input.emulateMedia({ media: null });
});

type Story = typeof articleStory;

describe('print', () => {
  test('the print stylesheet prints the chronological list with each quote and its citation', async () => {
    const el = await mount();
    expect(printList(el), 'built only when printing').toBeNull();
    await input.emulateMedia({ media: 'print' });
    try {
      await until(() => printList(el) !== null, 'printing built the print list');
      const list = printList(el)!;
      expect(getComputedStyle(list).display).toBe('block');
      expect(getComputedStyle(viewport(el)).display).toBe('none');
      const items = [...list.querySelectorAll('li')];
      expect(items.length).toBe(articleStory.events.length);
      const first = articleStory.events[0];
      expect(items[0].textContent).toContain(first.title);
      expect(items[0].textContent).toContain(first.citations[0].quote);
      expect(items[0].textContent).toMatch(/paragraph \d+/);
    } finally {
      await input.emulateMedia({ media: null });
    }
  });

  test('beforeprint builds the print list before the browser lays out the print', async () => {
    const el = await mount();
    window.dispatchEvent(new Event('beforeprint'));
    // Lit renders in a microtask, which runs before the browser goes on to print.
    await Promise.resolve();
    await el.updateComplete;
    expect(printList(el)!.querySelectorAll('li').length).toBe(articleStory.events.length);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(printList(el)).toBeNull();
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
    expect(kabul.querySelector(':scope > bdi')!.textContent).toBe("The Taliban's rise and rule");
  });
});

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
    expect(within(kabul).getByText(PICTURE.link, { exact: true }).query(), 'the link written out').not.toBeNull();
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
