/**
 * End to end, in Node: build the one-file bundle, serve the project root with a plain static
 * server, and load examples/hostile.html (three timelines under a hostile host stylesheet) in
 * headless Chromium. Nothing from Vite's dev server is involved: this is the page a user writes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { chromiumArgs, findBrowser } from '../../scripts/find-browser';
import { serve } from './static-server';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface View {
  start: string;
  end: string;
}

const viewOf = (page: Page, id: string) =>
  page.evaluate((i) => (document.getElementById(i) as unknown as { view: View | null }).view, id);

/** Records every timeline-error and whether any payload ran, from before the page's own scripts. */
function instrumentPage() {
  const w = window as unknown as { __timelineErrors: { id: string; problems: { path: string; message: string }[] }[] };
  w.__timelineErrors = [];
  document.addEventListener('timeline-error', (e) => {
    const event = e as CustomEvent<{ problems: { path: string; message: string }[] }>;
    w.__timelineErrors.push({ id: (event.target as HTMLElement).id, problems: event.detail.problems });
  });
}

/**
 * Builds the bundle if needed, serves the project, opens `path` in Chromium (after `initScript`,
 * which runs before the page's own scripts), runs `check`, and cleans up. Console errors count as
 * page errors: the bundle loads only what the page asks for.
 */
async function withPage(
  path: string,
  check: (page: Page, pageErrors: string[]) => Promise<void>,
  initScript?: () => void,
): Promise<void> {
  if (!existsSync(join(root, 'dist/history-timeline.js'))) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'pipe', timeout: 120_000 });
  }
  const { origin, close } = await serve({ root });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs, headless: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
    if (initScript) await page.addInitScript(initScript);
    await page.goto(`${origin}${path}`);
    await check(page, pageErrors);
  } finally {
    await browser?.close();
    await close();
  }
}

/** Waits until the timeline `id` has shown the same view for five frames: a gesture's move is over. */
function waitForRest(page: Page, id: string) {
  return page.evaluate(
    (target) =>
      new Promise<void>((resolve) => {
        const view = () => JSON.stringify((document.getElementById(target) as unknown as { view: View | null }).view);
        let last = view();
        let still = 0;
        const frame = () => {
          const now = view();
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 5) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    id,
  );
}

/** Waits until the timeline `id` shows less than `factor` of the span it showed before. */
function waitForNarrower(page: Page, id: string, before: View, factor: number) {
  return page.waitForFunction(
    ([target, span, f]) => {
      const v = (document.getElementById(target) as unknown as { view: View }).view;
      return Date.parse(v.end) - Date.parse(v.start) < span * f;
    },
    [id, Date.parse(before.end) - Date.parse(before.start), factor] as const,
    { timeout: 30_000 },
  );
}

test('examples/hostile.html: three timelines from the built bundle, independent, hostile story contained', { timeout: 180_000 }, async () => {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'pipe', timeout: 120_000 });
  expect(existsSync(join(root, 'dist/history-timeline.js')), 'the build wrote dist/history-timeline.js').toBe(true);

  await withPage('/examples/hostile.html', async (page, pageErrors) => {
    // Both story timelines draw events; playwright's CSS locators pierce the open shadow roots.
    for (const id of ['article', 'apollo']) {
      await page.locator(`#${id} [part~="event"]`).first().waitFor({ state: 'visible', timeout: 15_000 });
      const drawn = await page.locator(`#${id} [part~="event"]`).count();
      expect(drawn, `${id} draws events`).toBeGreaterThan(2);
      // The label of the first mark: the text in it that shows the event's title.
      const first = page.locator(`#${id} [part~="event"]`).first();
      const label = await first.getByText((await first.getAttribute('title'))!).boundingBox();
      expect(label!.height, `${id}: label height under the hostile stylesheet`).toBeGreaterThan(10);
      expect(label!.height, 'a label of at most two lines').toBeLessThan(40);
      expect(await page.locator(`#${id} [part~="axis"] g.tick text`).count(), `${id}: tick labels`).toBeGreaterThan(1);
      const zoomIn = await page.locator(`#${id} button[aria-label="Zoom in"]`).boundingBox();
      expect(zoomIn!.height, `${id}: the Zoom in button is visible`).toBeGreaterThanOrEqual(24);
    }
    await page.waitForFunction(() => ['article', 'apollo'].every((id) => (document.getElementById(id) as unknown as { view: unknown }).view));

    // Ctrl + wheel over the article's timeline zooms it and not the Apollo one.
    const articleBefore = (await viewOf(page, 'article'))!;
    const apolloBefore = (await viewOf(page, 'apollo'))!;
    const box = (await page.locator('#article [part~="viewport"]').boundingBox())!;
    await page.locator('#article [part~="viewport"]').scrollIntoViewIfNeeded();
    const inView = (await page.locator('#article [part~="viewport"]').boundingBox())!;
    await page.mouse.move(inView.x + inView.width * 0.6, inView.y + inView.height / 2);
    await page.keyboard.down('Control');
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    // The article's view holds its compressed 24-year gap, so its real span narrows less than the axis.
    await waitForNarrower(page, 'article', articleBefore, 0.95);
    // The gesture is over once the article's timeline is at rest: the other has had every event it would react to.
    await waitForRest(page, 'article');
    expect(await viewOf(page, 'apollo'), 'the Apollo timeline did not move').toEqual(apolloBefore);
    expect(box.width).toBeGreaterThan(600);

    // + pressed in the Apollo timeline zooms it and not the article's.
    const articleZoomed = (await viewOf(page, 'article'))!;
    await page.locator('#apollo [part~="viewport"]').focus();
    await page.keyboard.type('+');
    await waitForNarrower(page, 'apollo', apolloBefore, 0.6);
    await waitForRest(page, 'apollo');
    expect(await viewOf(page, 'article'), 'the article timeline did not move').toEqual(articleZoomed);

    // The hostile story: its valid events, the notice, the problems reported, and nothing ran.
    await page.locator('#hostile [part~="notice"] summary').waitFor({ timeout: 10_000 });
    const hostile = await page.evaluate(() => {
      const el = document.getElementById('hostile') as unknown as HTMLElement & { events: { id: string }[] };
      return {
        events: el.events.map((e) => e.id).sort(),
        notice: el.shadowRoot!.querySelector('[part~="notice"] summary')!.textContent,
        // The element's own svgs are the axis and the overview strip; anything else came from the data.
        injected: el.shadowRoot!.querySelectorAll('img, script, iframe, svg:not([part~="axis"]):not([part~="overview"] svg)').length,
        javascriptLinks: [...el.shadowRoot!.querySelectorAll('[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href')!)).length,
      };
    });
    expect(hostile.events).toEqual(['evil-source-event', 'img-payload', 'plain-event', 'script-payload', 'svg-payload']);
    expect(hostile.notice).toMatch(/4 events could not be shown/);
    expect(hostile.injected).toBe(0);
    expect(hostile.javascriptLinks).toBe(0);
    await page.locator('#hostile [part~="notice"] summary').click();
    const items = await page.locator('#hostile [part~="notice"] li').allTextContents();
    const reported = await page.evaluate(() => (window as unknown as { __timelineErrors: { id: string; problems: { path: string; message: string }[] }[] }).__timelineErrors);
    expect(reported.map((r) => r.id), 'only the hostile timeline reports problems').toEqual(['hostile']);
    expect(reported[0].problems.map((p) => p.path)).toEqual([
      'sources[1].url', 'events[5].id', 'events[6].date', 'events[7].citations[0].quote', 'events[8].citations',
    ]);
    expect(items.length).toBe(reported[0].problems.length);
    reported[0].problems.forEach((p, i) => expect(items[i]).toContain(p.message));
    // Each mark says its title (with its date for screen readers).
    const titles = await page.locator('#hostile [part~="event"]').allTextContents();
    expect(titles.some((t) => t.includes('<img src=x onerror='))).toBe(true);

    // A real 404 from the server: an alert naming the URL.
    await page.evaluate(() => {
      const el = document.createElement('history-timeline');
      el.id = 'missing';
      el.setAttribute('src', '/examples/nope.json');
      document.body.append(el);
    });
    const alert = page.locator('#missing [role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/\/examples\/nope\.json.*404/);

    // An absence takes time to see: a payload, had one become markup, would have run by now.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), 'no payload ran').toBeUndefined();
    // The 404 above is the page's own failed request; every other error counts.
    expect(pageErrors.filter((e) => !/404/.test(e))).toEqual([]);
  }, instrumentPage);
});

test('examples/index.html: both timelines draw, and each keeps its selection in its own part of the hash', { timeout: 60_000 }, async () => {
  await withPage('/examples/index.html#apollo:event=apollo-11-landing', async (page, pageErrors) => {
    for (const id of ['article', 'apollo']) await page.locator(`#${id} [part~="event"]`).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForFunction(() => (document.getElementById('apollo') as unknown as { selected: string | null }).selected === 'apollo-11-landing');
    expect(await page.evaluate(() => (document.getElementById('article') as unknown as { selected: string | null }).selected)).toBeNull();
    const first = page.locator('#article [part~="event"]').first();
    await first.getByText((await first.getAttribute('title'))!).click();
    await page.waitForFunction(() => /article:event=/.test(location.hash));
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('apollo:event=apollo-11-landing');
    expect(await page.evaluate(() => (document.getElementById('apollo') as unknown as { selected: string | null }).selected)).toBe('apollo-11-landing');
    expect(pageErrors).toEqual([]);
  });
});

test('the bundle imported twice, and a second copy beside it, define the element once and throw nothing', { timeout: 60_000 }, async () => {
  await withPage('/examples/index.html', async (page, pageErrors) => {
    await page.locator('#article [part~="event"]').first().waitFor({ state: 'visible', timeout: 15_000 });
    // A string, so the test runner does not rewrite the page's import(). Another URL is another
    // module instance: a second copy of the library on the same page.
    const defined = await page.evaluate(`(async () => {
      const first = customElements.get('history-timeline');
      await import('/dist/history-timeline.js');
      await import('/dist/history-timeline.js?another-copy');
      return customElements.get('history-timeline') === first;
    })()`);
    expect(defined, 'the first definition stays').toBe(true);
    await page.evaluate(() => {
      const el = document.createElement('history-timeline');
      el.id = 'late';
      el.setAttribute('src', '/examples/second-story.json');
      document.body.append(el);
    });
    await page.locator('#late [part~="event"]').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(pageErrors).toEqual([]);
  });
});
