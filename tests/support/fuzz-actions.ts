/**
 * The random use the fuzz test (tests/timeline/fuzz.browser.test.ts) plays: what readers do (wheel, drag, pinch, keys,
 * clicks on marks, clusters, toolbar buttons, the legend and the overview) and what hosts do
 * (resizing, `story`, `src`, `view-mode`, `time-scale`, `lang`, `dir`, `selected`, `search`).
 *
 * An action is plain data, so fast-check prints a failing sequence readably and shrinks it. Where
 * an action points at something drawn (a mark, a cluster, a button), it carries an index taken
 * modulo what is drawn at the time, and positions are fractions of the box they fall in, so a
 * shrunk sequence still means something after the steps before it are gone.
 */
import fc from 'fast-check';
import { userEvent } from 'vitest/browser';
import type { HistoryTimeline } from '../../src/timeline/history-timeline';
import { articleStory, clusters, input, marks, part, shadow, viewport } from './harness';
import persianStory from '../fixtures/darulaman-palace.fa.story.json';

// ---------------------------------------------------------------------------------------------
// Stories a host may set.

/** A small synthetic story: three events, one source, one group, 2001–2003. */
export const smallStory = {
  title: 'A small story',
  sources: [
    {
      id: 's',
      title: 'A source',
      published: '2003-05-01',
      paragraphs: [
        { id: 'p1', text: 'The bridge opened in March 2001.' },
        { id: 'p2', text: 'A flood closed it in 2002 and it reopened on 1 May 2003.' },
      ],
    },
  ],
  groups: [{ id: 'works', title: 'Works' }],
  events: [
    { id: 'opened', date: '2001-03', title: 'The bridge opens', dateBasis: 'stated', group: 'works', citations: [{ source: 's', paragraph: 'p1', quote: 'The bridge opened in March 2001' }] },
    { id: 'flood', date: '2002', title: 'A flood closes the bridge', dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p2', quote: 'A flood closed it in 2002' }] },
    { id: 'reopened', date: '2003-05-01', title: 'The bridge reopens', dateBasis: 'stated', group: 'works', citations: [{ source: 's', paragraph: 'p2', quote: 'it reopened on 1 May 2003' }] },
  ],
};

/** Not a story at all. */
const junkStory = { title: '', sources: 'none', events: 7 };
/** A story whose every event is invalid: it draws nothing and reports problems. */
const noValidEvents = {
  title: 'Nothing valid',
  sources: [{ id: 's', title: 'S', paragraphs: [{ id: 'p1', text: 'Words.' }] }],
  events: [
    { id: 'bad-date', date: '2023-02-30', title: 'Bad date', dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p1', quote: 'Words' }] },
    { id: 'bad quote', date: '2001', title: 'Bad id and quote', dateBasis: 'stated', citations: [{ source: 's', paragraph: 'p1', quote: 'missing' }] },
  ],
};

export const STORIES = { article: articleStory, small: smallStory, persian: persianStory, junk: junkStory, noValidEvents } as const;
export type StoryName = keyof typeof STORIES;

/** Every event id a host might select, valid in some story; plus ids no story has. */
const KNOWN_IDS = [...new Set([...articleStory.events, ...smallStory.events, ...persianStory.events].map((e) => e.id))];
const UNKNOWN_IDS = ['no-such-event', 'bad quote'];

export const SRCS = { article: '/data/russia-recognizes-taliban.story.json', missing: '/no-such-story.json' } as const;

// ---------------------------------------------------------------------------------------------
// Actions.

/** A position across a box, 0.02 … 0.98, spread evenly (fast-check's default bias favours the ends). */
const frac = fc.noBias(fc.integer({ min: 2, max: 98 })).map((n) => n / 100);
const index = fc.nat({ max: 30 });

export const KEYS = ['+', '-', '0', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Tab', 'Shift+Tab', 'Enter', 'Escape'] as const;
export type Key = (typeof KEYS)[number];

export type Action =
  | { do: 'wheel'; fx: number; fy: number; dx: number; dy: number; mod: 'none' | 'ctrl' | 'shift'; times: number }
  | { do: 'drag'; fx0: number; fx1: number; fy: number }
  | { do: 'pinch'; fx: number; from: number; to: number }
  | { do: 'key'; key: Key }
  | { do: 'focusTimeline' }
  | { do: 'clickMark'; i: number }
  | { do: 'clickCluster'; i: number }
  | { do: 'clickTool'; i: number }
  | { do: 'clickLegend'; i: number }
  | { do: 'clickOverview'; fx: number }
  | { do: 'dragOverview'; fx0: number; fx1: number }
  | { do: 'resize'; width: number }
  | { do: 'story'; story: StoryName }
  | { do: 'src'; src: keyof typeof SRCS }
  | { do: 'viewMode'; mode: 'timeline' | 'list' | 'both' | 'story' }
  | { do: 'timeScale'; scale: 'compressed' | 'linear' }
  | { do: 'lang'; lang: 'en' | 'fr' | 'fa' | null }
  | { do: 'dir'; dir: 'ltr' | 'rtl' | null }
  | { do: 'selected'; id: string | null; how: 'property' | 'attribute' | 'select()' }
  | { do: 'search'; query: string };

export interface ActionOptions {
  /** Include `src` changes (a fetch each). */
  src: boolean;
}

export function actionArbitrary(options: ActionOptions): fc.Arbitrary<Action> {
  const reader: fc.WeightedArbitrary<Action>[] = [
    {
      weight: 4,
      arbitrary: fc.record({
        do: fc.constant('wheel' as const),
        fx: frac,
        fy: frac,
        dx: fc.constantFrom(0, 0, 120, -120),
        dy: fc.constantFrom(0, 100, -100, 300, -300),
        mod: fc.constantFrom('none' as const, 'ctrl' as const, 'shift' as const),
        times: fc.integer({ min: 1, max: 3 }),
      }),
    },
    { weight: 3, arbitrary: fc.record({ do: fc.constant('drag' as const), fx0: frac, fx1: frac, fy: frac }) },
    { weight: 2, arbitrary: fc.record({ do: fc.constant('pinch' as const), fx: frac, from: fc.constantFrom(60, 120, 240), to: fc.constantFrom(40, 150, 300) }) },
    { weight: 8, arbitrary: fc.record({ do: fc.constant('key' as const), key: fc.constantFrom(...KEYS) }) },
    { weight: 2, arbitrary: fc.constant({ do: 'focusTimeline' as const }) },
    { weight: 4, arbitrary: fc.record({ do: fc.constant('clickMark' as const), i: index }) },
    { weight: 2, arbitrary: fc.record({ do: fc.constant('clickCluster' as const), i: index }) },
    { weight: 3, arbitrary: fc.record({ do: fc.constant('clickTool' as const), i: index }) },
    { weight: 1, arbitrary: fc.record({ do: fc.constant('clickLegend' as const), i: index }) },
    { weight: 1, arbitrary: fc.record({ do: fc.constant('clickOverview' as const), fx: frac }) },
    { weight: 1, arbitrary: fc.record({ do: fc.constant('dragOverview' as const), fx0: frac, fx1: frac }) },
  ];
  const host: fc.WeightedArbitrary<Action>[] = [
    { weight: 1, arbitrary: fc.record({ do: fc.constant('resize' as const), width: fc.constantFrom(1280, 900, 600, 400, 320) }) },
    { weight: 2, arbitrary: fc.record({ do: fc.constant('story' as const), story: fc.constantFrom<StoryName>('article', 'article', 'small', 'persian', 'junk', 'noValidEvents') }) },
    { weight: 1, arbitrary: fc.record({ do: fc.constant('viewMode' as const), mode: fc.constantFrom('timeline' as const, 'list' as const, 'both' as const, 'story' as const) }) },
    { weight: 1, arbitrary: fc.record({ do: fc.constant('timeScale' as const), scale: fc.constantFrom('compressed' as const, 'linear' as const) }) },
    { weight: 1, arbitrary: fc.record({ do: fc.constant('lang' as const), lang: fc.constantFrom('en' as const, 'fr' as const, 'fa' as const, null) }) },
    { weight: 1, arbitrary: fc.record({ do: fc.constant('dir' as const), dir: fc.constantFrom('ltr' as const, 'rtl' as const, null) }) },
    {
      weight: 3,
      arbitrary: fc.record({
        do: fc.constant('selected' as const),
        id: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...KNOWN_IDS) }, { weight: 2, arbitrary: fc.constantFrom(...UNKNOWN_IDS) }, { weight: 1, arbitrary: fc.constant(null) }),
        how: fc.constantFrom('property' as const, 'attribute' as const, 'select()' as const),
      }),
    },
    { weight: 1, arbitrary: fc.record({ do: fc.constant('search' as const), query: fc.constantFrom('', 'taliban', 'earthquake', 'bridge', '"interim government"', 'zzzz', 'کاخ') }) },
  ];
  if (options.src) host.push({ weight: 1, arbitrary: fc.record({ do: fc.constant('src' as const), src: fc.constantFrom<keyof typeof SRCS>('article', 'missing') }) });
  return fc.oneof(...reader, ...host);
}

/** A short line for the step log: `wheel fx=0.5 …`. */
export function describeAction(a: Action): string {
  const { do: kind, ...rest } = a;
  return `${kind}(${Object.entries(rest).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')})`;
}

// ---------------------------------------------------------------------------------------------
// Playing an action.

/** What a step did, for the invariants: whether it was the reader's (pointer, key) and whether it aimed at something focusable inside the element. */
export interface Played {
  /** The step did nothing (nothing of the kind was drawn). */
  skipped: boolean;
  /** The reader pressed a key (not Tab) or pointed at a focusable control inside the element: focus must stay inside it if it was. */
  keepsFocus: boolean;
  /** A pointer went down on a focusable control inside the element: focus must end inside it. */
  takesFocus: boolean;
}

const FOCUSABLE = 'button, input, a[href], select, textarea, summary, [tabindex]';

/** The deepest element at a client point, through shadow roots. */
function deepElementAt(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Whether a mouse press at (x, y) lands on something focusable inside `el` (or inside a focusable ancestor there). */
function pressFocusesInside(el: HistoryTimeline, x: number, y: number): boolean {
  const hit = deepElementAt(x, y);
  if (!hit || !shadow(el).contains(hit)) return false;
  return hit.closest(FOCUSABLE) !== null;
}

/** Brings a box into the window's view by scrolling the page only (scrollIntoView would also scroll the overflow-hidden viewport). */
function scrollPageTo(node: Element): DOMRect {
  const box = node.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) window.scrollBy(0, box.top - innerHeight / 3);
  return node.getBoundingClientRect();
}

/** The centre of the part of `node` that shows inside `clip` (the viewport clips marks at its edges), or null when none does. */
function visibleCentre(node: Element, clip?: Element): { x: number; y: number } | null {
  const box = scrollPageTo(node);
  const c = clip?.getBoundingClientRect();
  const left = Math.max(box.left, c?.left ?? -Infinity, 0);
  const right = Math.min(box.right, c?.right ?? Infinity, innerWidth);
  const top = Math.max(box.top, c?.top ?? -Infinity, 0);
  const bottom = Math.min(box.bottom, c?.bottom ?? Infinity, innerHeight);
  if (right - left < 2 || bottom - top < 2) return null;
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}

/** A real click (Playwright's mouse, trusted events): press and release in place. */
async function clickAt(p: { x: number; y: number }): Promise<void> {
  await input.drag(p.x, p.y, p.x, p.y, 1);
}

/** The box pointer gestures aim at: the timeline area when shown, else the element. */
function gestureBox(el: HistoryTimeline): DOMRect {
  const vp = viewport(el);
  const node = vp && !vp.hidden && vp.getBoundingClientRect().width > 0 ? vp : el;
  return scrollPageTo(node);
}

const SKIPPED: Played = { skipped: true, keepsFocus: false, takesFocus: false };

async function clickNode(el: HistoryTimeline, node: Element | undefined, clip?: Element): Promise<Played> {
  if (!node) return SKIPPED;
  const p = visibleCentre(node, clip);
  if (!p) return SKIPPED;
  const focusable = pressFocusesInside(el, p.x, p.y);
  await clickAt(p);
  return { skipped: false, keepsFocus: focusable, takesFocus: focusable };
}

export async function play(el: HistoryTimeline, container: HTMLElement, a: Action): Promise<Played> {
  const reader = (keepsFocus: boolean): Played => ({ skipped: false, keepsFocus, takesFocus: false });
  const host: Played = { skipped: false, keepsFocus: false, takesFocus: false };
  switch (a.do) {
    case 'wheel': {
      const box = gestureBox(el);
      const mods = a.mod === 'none' ? [] : [a.mod];
      await input.wheel(box.left + a.fx * box.width, box.top + a.fy * box.height, a.dx, a.dy, mods, a.times);
      return reader(true);
    }
    case 'drag': {
      const box = gestureBox(el);
      const y = box.top + a.fy * box.height;
      const x0 = box.left + a.fx0 * box.width;
      const focusable = pressFocusesInside(el, x0, y);
      await input.drag(x0, y, box.left + a.fx1 * box.width, y, 8);
      return { skipped: false, keepsFocus: focusable, takesFocus: focusable };
    }
    case 'pinch': {
      const box = gestureBox(el);
      await input.pinch(box.left + a.fx * box.width, box.top + box.height / 2, a.from, a.to);
      return reader(true);
    }
    case 'key': {
      const text: Record<Key, string> = {
        '+': '+',
        '-': '-',
        '0': '0',
        ArrowLeft: '{ArrowLeft}',
        ArrowRight: '{ArrowRight}',
        Home: '{Home}',
        End: '{End}',
        Tab: '{Tab}',
        'Shift+Tab': '{Shift>}{Tab}{/Shift}',
        Enter: '{Enter}',
        Escape: '{Escape}',
      };
      await userEvent.keyboard(text[a.key]);
      // Tab may leave the element: that is where the reader sent focus.
      return reader(a.key !== 'Tab' && a.key !== 'Shift+Tab');
    }
    case 'focusTimeline': {
      const vp = viewport(el);
      if (!vp || vp.hidden) return SKIPPED;
      vp.focus();
      return { skipped: false, keepsFocus: true, takesFocus: true };
    }
    case 'clickMark': {
      const all = marks(el);
      const vp = viewport(el);
      if (all.length) return clickNode(el, all[a.i % all.length], vp && !vp.hidden ? vp : undefined);
      // The phone chronology: its events are buttons too.
      const items = [...shadow(el).querySelectorAll('[part~="chronology"] button[data-event-id]')];
      return clickNode(el, items[a.i % Math.max(items.length, 1)]);
    }
    case 'clickCluster': {
      const all = clusters(el);
      const vp = viewport(el);
      return clickNode(el, all[a.i % Math.max(all.length, 1)], vp ?? undefined);
    }
    case 'clickTool': {
      const buttons = [...(part(el, 'toolbar')?.querySelectorAll('button') ?? [])];
      // Story mode's Previous / Next are the reader's buttons too.
      buttons.push(...(part(el, 'story-nav')?.querySelectorAll('button') ?? []));
      return clickNode(el, buttons[a.i % Math.max(buttons.length, 1)]);
    }
    case 'clickLegend': {
      const buttons = [...(part(el, 'legend')?.querySelectorAll('button') ?? [])];
      return clickNode(el, buttons[a.i % Math.max(buttons.length, 1)]);
    }
    case 'clickOverview':
    case 'dragOverview': {
      const strip = part(el, 'overview');
      if (!strip || strip.hidden || strip.getBoundingClientRect().width === 0) return SKIPPED;
      const box = scrollPageTo(strip);
      const y = box.top + box.height / 2;
      const x0 = box.left + (a.do === 'clickOverview' ? a.fx : a.fx0) * box.width;
      const x1 = a.do === 'clickOverview' ? x0 : box.left + a.fx1 * box.width;
      const focusable = pressFocusesInside(el, x0, y);
      await input.drag(x0, y, x1, y, a.do === 'clickOverview' ? 1 : 6);
      return { skipped: false, keepsFocus: focusable, takesFocus: false };
    }
    case 'resize':
      container.style.width = `${a.width}px`;
      return host;
    case 'story':
      el.story = structuredClone(STORIES[a.story]);
      return host;
    case 'src':
      el.src = SRCS[a.src];
      return host;
    case 'viewMode':
      el.viewMode = a.mode;
      return host;
    case 'timeScale':
      el.timeScale = a.scale;
      return host;
    case 'lang':
      if (a.lang === null) el.removeAttribute('lang');
      else el.lang = a.lang;
      return host;
    case 'dir':
      if (a.dir === null) el.removeAttribute('dir');
      else el.dir = a.dir;
      return host;
    case 'selected':
      if (a.how === 'property') el.selected = a.id;
      else if (a.how === 'select()') el.select(a.id);
      else if (a.id === null) el.removeAttribute('selected');
      else el.setAttribute('selected', a.id);
      return host;
    case 'search':
      el.search = a.query;
      return host;
  }
}
