/**
 * Takes the screenshots README.md and docs/using.md show, of the demo page in headless Chromium:
 * `npx tsx scripts/screenshot.ts [out-dir]` (default docs/).
 */
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from './find-browser.ts';

const outDir = process.argv[2] ?? 'docs';
const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const address = server.httpServer!.address();
const port = typeof address === 'object' && address ? address.port : 5173;
const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`http://127.0.0.1:${port}/${process.env.SHOT_PATH ?? ''}`);
  await page.waitForSelector('history-timeline >> .event');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${outDir}/demo.png`, fullPage: true });
  for (const action of (process.env.SHOT_ACTIONS ?? '').split(';').filter(Boolean)) {
    await page.evaluate(action);
    await page.waitForTimeout(600);
  }
  if (process.env.SHOT_ACTIONS) await page.screenshot({ path: `${outDir}/demo-detail.png`, fullPage: true });
  if (errors.length) console.error(errors.join('\n'));
  console.log(`wrote ${outDir}/demo.png`);
} finally {
  await browser.close();
  await server.close();
}
