import type { BrowserCommand } from 'vitest/node';
import type { Frame, Page } from 'playwright-core';

/**
 * Real input for browser tests, sent by Playwright from outside the page: wheel, drag and touch
 * arrive as trusted events, exactly as a person's would. Coordinates are the test frame's
 * client coordinates; the frame's offset in the outer page is added here.
 */
interface Ctx {
  page: Page;
  frame(): Promise<Frame>;
}

async function offset(ctx: Ctx): Promise<{ x: number; y: number; scale: number }> {
  const frame = await ctx.frame();
  const element = await frame.frameElement();
  const box = await element.boundingBox();
  const innerWidth = await frame.evaluate(() => window.innerWidth);
  if (!box) return { x: 0, y: 0, scale: 1 };
  return { x: box.x, y: box.y, scale: box.width / innerWidth };
}

const modifierKeys: Record<string, string> = { ctrl: 'Control', shift: 'Shift', meta: 'Meta', alt: 'Alt' };

export const wheel: BrowserCommand<[x: number, y: number, deltaX: number, deltaY: number, modifiers?: string[], times?: number]> = async (
  ctx,
  x,
  y,
  deltaX,
  deltaY,
  modifiers = [],
  times = 1,
) => {
  const { page } = ctx as unknown as Ctx;
  const o = await offset(ctx as unknown as Ctx);
  await page.mouse.move(o.x + x * o.scale, o.y + y * o.scale);
  for (const m of modifiers) await page.keyboard.down(modifierKeys[m]);
  for (let i = 0; i < times; i++) await page.mouse.wheel(deltaX, deltaY);
  for (const m of modifiers) await page.keyboard.up(modifierKeys[m]);
};

export const drag: BrowserCommand<[x0: number, y0: number, x1: number, y1: number, steps?: number]> = async (ctx, x0, y0, x1, y1, steps = 10) => {
  const { page } = ctx as unknown as Ctx;
  const o = await offset(ctx as unknown as Ctx);
  await page.mouse.move(o.x + x0 * o.scale, o.y + y0 * o.scale);
  await page.mouse.down();
  await page.mouse.move(o.x + x1 * o.scale, o.y + y1 * o.scale, { steps });
  await page.mouse.up();
};

/** Two fingers moving apart (spread > 0) or together around (x, y), through the DevTools touch input. */
export const pinch: BrowserCommand<[x: number, y: number, from: number, to: number, steps?: number]> = async (ctx, x, y, from, to, steps = 8) => {
  const { page } = ctx as unknown as Ctx;
  const o = await offset(ctx as unknown as Ctx);
  const session = await page.context().newCDPSession(page);
  const cx = o.x + x * o.scale;
  const cy = o.y + y * o.scale;
  const points = (d: number) => [
    { x: cx - d / 2, y: cy, id: 0 },
    { x: cx + d / 2, y: cy, id: 1 },
  ];
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  for (let i = 1; i <= steps; i++) {
    await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(from + ((to - from) * i) / steps) });
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await session.detach();
};

/** One finger moving from (x0, y0) to (x1, y1), through the DevTools touch input: a swipe. */
export const swipe: BrowserCommand<[x0: number, y0: number, x1: number, y1: number, steps?: number]> = async (ctx, x0, y0, x1, y1, steps = 6) => {
  const { page } = ctx as unknown as Ctx;
  const o = await offset(ctx as unknown as Ctx);
  const session = await page.context().newCDPSession(page);
  const at = (t: number) => [{ x: o.x + (x0 + (x1 - x0) * t) * o.scale, y: o.y + (y0 + (y1 - y0) * t) * o.scale, id: 0 }];
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / steps) });
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await session.detach();
};

/** Emulates a colour scheme, a print medium or reduced motion for the test page. */
export const emulateMedia: BrowserCommand<[options: { colorScheme?: 'light' | 'dark' | null; media?: 'screen' | 'print' | null; reducedMotion?: 'reduce' | 'no-preference' | null }]> = async (
  ctx,
  options,
) => {
  await (ctx as unknown as Ctx).page.emulateMedia(options);
};

/** DevTools sessions kept open per page: CPU throttling lasts only as long as its session. */
const throttleSessions = new WeakMap<Page, Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>>();

/** Runs the page's CPU `rate` times slower (1: full speed), as on a slow phone or a busy machine. */
export const throttleCpu: BrowserCommand<[rate: number]> = async (ctx, rate) => {
  const { page } = ctx as unknown as Ctx;
  let session = throttleSessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    throttleSessions.set(page, session);
  }
  await session.send('Emulation.setCPUThrottlingRate', { rate });
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    throttleCpu(rate: number): Promise<void>;
    wheel(x: number, y: number, deltaX: number, deltaY: number, modifiers?: string[], times?: number): Promise<void>;
    drag(x0: number, y0: number, x1: number, y1: number, steps?: number): Promise<void>;
    pinch(x: number, y: number, from: number, to: number, steps?: number): Promise<void>;
    swipe(x0: number, y0: number, x1: number, y1: number, steps?: number): Promise<void>;
    emulateMedia(options: { colorScheme?: 'light' | 'dark' | null; media?: 'screen' | 'print' | null; reducedMotion?: 'reduce' | 'no-preference' | null }): Promise<void>;
  }
}
