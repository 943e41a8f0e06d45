/**
 * The project's own pages as `npm start` serves them (the test server is Vite's too), each in an
 * iframe of the width a reader has: what Lighthouse checks for accessibility, best practices and
 * SEO that can be checked offline. There is no Lighthouse here; its accessibility audits are
 * axe-core's rules, run on the page, and the rest are read from the page itself.
 */
import { afterEach, describe, expect, test } from 'vitest';
import axe from 'axe-core';
import { until } from '../support/until';

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** Opens `path` in an iframe `width` × `height` px and waits for it to load. */
async function open(path: string, width: number, height = 800): Promise<Window & typeof globalThis> {
  frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block;`;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & typeof globalThis;
}

/** axe-core's violations on the framed page, as lines that name the rule and the nodes. */
async function violations(win: Window & typeof globalThis, rules?: string[]): Promise<string[]> {
  const framed = win as unknown as { axe?: typeof axe; eval(code: string): void };
  if (!framed.axe) framed.eval(axe.source);
  const result = await framed.axe!.run(win.document, { resultTypes: ['violations'], ...(rules && { runOnly: { type: 'rule', values: rules } }) });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every element under `root`, through open shadow roots. */
function deepAll(root: Document | ShadowRoot, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
  return found;
}

const drawn = (win: Window, tag: string, part: string) => () => deepAll(win.document, tag).some((el) => (el.shadowRoot?.querySelectorAll(`[part~="${part}"]`).length ?? 0) > 0);

describe('the head of each page: what Lighthouse reads for SEO and best practices', () => {
  for (const path of ['/index.html', '/editor.html', '/examples/pictures.html']) {
    test(`${path}: a language, a title, a viewport, a meta description and an icon that loads`, async () => {
      const win = await open(path, 1280);
      const doc = win.document;
      expect(doc.documentElement.lang).toBe('en');
      expect(doc.title.trim().length).toBeGreaterThan(10);
      expect(doc.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
      const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, 'a description a search result can show').toBeGreaterThan(50);
      expect(description.length, 'short enough not to be cut').toBeLessThanOrEqual(200);
      const icon = doc.querySelector<HTMLLinkElement>('link[rel="icon"]');
      expect(icon, 'an icon, so the browser does not ask for a missing /favicon.ico').not.toBeNull();
      const response = await fetch(icon!.href);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<svg');
    });
  }
});

describe('the demo at 1280 × 900: the whole chart in view before any scroll', () => {
  test('the axis and every group band end within the first 900 px', async () => {
    const win = await open('/index.html', 1280, 900);
    await until(drawn(win, 'history-timeline', 'event'), 'the demo drew its events');
    const root = win.document.querySelector('history-timeline')!.shadowRoot!;
    // The rows settle once the element has measured its labels and planned them.
    await until(() => root.querySelectorAll('[part~="group-label"]').length === 4, 'the four group bands are drawn');
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    const axis = root.querySelector('[part~="axis"]')!.getBoundingClientRect();
    expect(axis.height).toBeGreaterThan(0);
    expect(axis.bottom, 'the axis ends above the fold').toBeLessThanOrEqual(900);
    for (const band of root.querySelectorAll('[part~="group-label"]')) expect(band.getBoundingClientRect().bottom, band.textContent ?? '').toBeLessThanOrEqual(axis.top + 1);
    expect(win.scrollY).toBe(0);
  });
});

describe('robots.txt', () => {
  test('is a robots file that lets crawlers read the pages, not a page served in its place (Lighthouse\'s robots-txt audit)', async () => {
    const response = await fetch('/robots.txt');
    expect(response.status).toBe(200);
    const lines = (await response.text()).split('\n').map((line) => line.trim()).filter(Boolean);
    expect(lines).toEqual(['User-agent: *', 'Allow: /']);
  });
});

describe('axe-core finds nothing on the pages, heading order included', () => {
  for (const width of [1280, 412]) {
    test(`the demo at ${width} px: no violation, and headings go down one level at a time`, async () => {
      const win = await open('/index.html', width);
      // A phone gets the chronology (a list with marks), wider screens the timeline.
      await until(drawn(win, 'history-timeline', width < 480 ? 'chronology' : 'event'), 'the demo drew its events');
      if (width < 480) await until(() => deepAll(win.document, '[role="heading"]').length > 1, 'the chronology drew its year headings');
      expect(await violations(win, ['heading-order'])).toEqual([]);
      expect(await violations(win)).toEqual([]);
      // The same check by hand, so it cannot pass by axe skipping what it cannot see.
      const levels = deepAll(win.document, 'h1, h2, h3, h4, h5, h6, [role="heading"]').map((h) => Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)));
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => i > 0 && expect(level, `heading ${i + 1} of ${levels.join(', ')}`).toBeLessThanOrEqual(levels[i - 1] + 1));
    });
  }

  test('the pictures example: no violation', async () => {
    const win = await open('/examples/pictures.html', 1280);
    await until(() => deepAll(win.document, '[part~="media"] img').length > 0, 'the first card shows its picture');
    expect(await violations(win)).toEqual([]);
  });

  test('the editor: no violation', async () => {
    const win = await open('/editor.html', 1280);
    await until(() => (win.document.querySelector('history-timeline-editor')?.shadowRoot?.querySelector('h2') ?? null) !== null, 'the editor drew its sections');
    expect(await violations(win)).toEqual([]);
  });
});

describe('examples/pictures.html: a story with pictures, linked from the demo', () => {
  test('the demo links to it', async () => {
    const win = await open('/index.html', 1280);
    const link = [...win.document.querySelectorAll('a')].find((a) => a.getAttribute('href') === '/examples/pictures.html');
    expect(link?.textContent).toContain('pictures');
  });

  test('card by card it shows every picture of the story, loaded, with its alt text, caption and credit', async () => {
    const story = (await (await fetch('/examples/pictures.story.json')).json()) as { events: { id: string; title: string; media?: { src: string; alt: string; caption: string; credit: string } }[] };
    const pictured = story.events.filter((e) => e.media);
    expect(pictured.length).toBeGreaterThanOrEqual(4);
    const win = await open('/examples/pictures.html', 1280);
    const timeline = () => win.document.getElementById('eddystone')!.shadowRoot!;
    const seen = new Map<string, string>();
    for (const event of story.events) {
      await until(() => timeline().querySelector('[part~="story-card"]')?.textContent?.includes(event.title) ?? false, `the card of ${event.id}`);
      const img = timeline().querySelector<HTMLImageElement>('[part~="story-card"] [part~="media"] img');
      if (event.media) {
        expect(img, `${event.id} shows its picture`).not.toBeNull();
        await until(() => img!.complete && img!.naturalWidth > 0, `${event.id}: the picture loaded`);
        const figure = img!.closest('figure')!;
        expect(figure.hasAttribute('data-broken')).toBe(false);
        expect(figure.querySelector('figcaption')!.textContent).toBe(`${event.media.caption} ${event.media.credit}`);
        seen.set(event.id, img!.alt);
      } else expect(img, `${event.id} has no picture`).toBeNull();
      const next = [...timeline().querySelectorAll('button')].find((b) => b.textContent?.includes('Next'));
      if (event !== story.events[story.events.length - 1]) next!.click();
    }
    expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(pictured.map((e) => [e.id, e.media!.alt])));
    for (const alt of seen.values()) expect(alt.length).toBeGreaterThan(20);
  });
});
