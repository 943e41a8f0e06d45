import type { DraftBenchResult, EditorBenchResult } from './authoring';
import { BIG_EDITOR_TARGETS, type BigEditorBenchResult } from './editor-big';
import { EDITOR_QUOTE_TARGET_MS, type EditorQuoteBenchResult } from './editor-quote';
import { JOURNALIST_ARTICLE, JOURNALIST_TARGETS, type JournalistBenchResult } from './journalist';
import { heapCyclesRows, type HeapCyclesResult } from './lifecycle';
import { liveRows, type LiveBenchResult } from './live';
import { loadTable, type LoadBenchResult } from './load';
import { pageLoadTable, type PageLoadResult } from './page-load';
import type { FrameGaps, Library } from './measure';
import { searchRows, type SearchBenchResult } from './search';
import { longTextRows, type LongTextBenchResult } from './long-text';

export type Status = 'ok' | 'dnf' | 'error' | 'not-measured';

export interface Outcome {
  status: Status;
  message?: string;
}

export interface LibraryResult {
  firstRender: Outcome & { runsMs?: number[]; value?: number };
  zoom: Outcome & Partial<FrameGaps>;
  pan: Outcome & Partial<FrameGaps>;
  heap: Outcome & {
    runsBytes?: number[];
    emptyRunsBytes?: number[];
    value?: number;
    emptyValue?: number;
    forcedGc?: boolean;
  };
  /** Elements under the timeline after the first render: a check that something was drawn. */
  nodes?: number;
  /** Ours: axis breaks drawn after the first render, and the time scale it used. */
  gaps?: number;
  timeScale?: string | null;
  inputEvents?: number;
  elementErrors?: unknown[];
  pageErrors: string[];
}

export interface StoryResult {
  key: string;
  label: string;
  events?: number;
  visSkipped?: number;
  note?: string;
  results: Partial<Record<Library, LibraryResult>>;
}

export interface Results {
  command: string;
  startedAt: string;
  finishedAt: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    chromium: string;
    node: string;
    date: string;
  } | null;
  method: {
    viewport: { width: number; height: number };
    runs: number;
    timeoutMs: number;
    zoomSteps: number;
    panSteps: number;
    inputPauseMs: number;
    ours: string;
    vis: string;
  };
  libraries: Library[];
  stories: StoryResult[];
  /** The authoring measurements (`--sizes draft,editor`), when run. */
  authoring?: {
    draft?: DraftBenchResult;
    editor?: EditorBenchResult;
    bigEditor?: BigEditorBenchResult;
    editorQuote?: EditorQuoteBenchResult;
    journalist?: JournalistBenchResult;
  };
  /** Big stories loaded by src (`--sizes load-N`), when run. */
  loads?: LoadBenchResult[];
  /** A reader's wait for the article, every library on a plain page (`--sizes page-load`), when run. */
  pageLoads?: PageLoadResult[];
  /** The slow-phone run (`--sizes slow-…`): ours with DevTools CPU throttling. */
  slow?: {
    cpuRate: number;
    /** A fixed busy loop in a page without and with the throttling: checks that it took hold. */
    loopMs?: { unthrottled: number; throttled: number };
    stories: StoryResult[];
  };
  /** Create/remove cycles (`--sizes heap-cycles`), when run. */
  heapCycles?: HeapCyclesResult;
  /** A live story's batches (`--sizes live`), when run. */
  live?: LiveBenchResult;
  /** Search keystrokes (`--sizes search-N`), when run. */
  searches?: SearchBenchResult[];
  /** Huge titles and paragraphs (`--sizes long-text`), when run. */
  longText?: LongTextBenchResult;
  failures: string[];
}

type Metric = 'firstRender' | 'zoomP50' | 'zoomP95' | 'zoomMax' | 'panP50' | 'panP95' | 'panMax' | 'heap';

/** The targets the element is judged on, by story key; lower is better for every figure. */
export const TARGETS: Record<string, Partial<Record<Metric, number>>> = {
  article: { firstRender: 50 },
  '10000': { firstRender: 150, zoomP95: 20, panP95: 20 },
  '100000': { firstRender: 1000, zoomP95: 33, panP95: 33, heap: 150 },
  // Bursty stories on the default compressed time scale: the same targets as the uniform ones (issue 10).
  'bursty-10000': { firstRender: 150, zoomP95: 20, panP95: 20 },
  'bursty-100000': { firstRender: 1000, zoomP95: 33, panP95: 33, heap: 150 },
};
/** The slow-phone targets (issue 15), by story key, for ours at 4× CPU throttling. */
export const SLOW_TARGETS: Record<string, Partial<Record<Metric, number>>> = {
  'slow-article': { firstRender: 100 },
  'slow-10000': { zoomP95: 33, panP95: 33 },
  'slow-100000': { firstRender: 3000 },
};
/** Authoring targets: drafting a 5,000-word article under 1 s (issue 13); no long task over 200 ms in the editor (issue 14). */
export const AUTHORING_TARGETS = { draftMs: 1000, editorLongestTaskMs: 200 };
/** Every figure of ours should be at least this many times better than vis-timeline's. */
export const RATIO_TARGET = 10;

const METRICS: { metric: Metric; label: (runs: number) => string; unit: 'ms' | 'MB' }[] = [
  { metric: 'firstRender', label: (runs) => `First render (median of ${runs})`, unit: 'ms' },
  { metric: 'zoomP50', label: () => 'Zoom frame gap p50', unit: 'ms' },
  { metric: 'zoomP95', label: () => 'Zoom frame gap p95', unit: 'ms' },
  { metric: 'zoomMax', label: () => 'Zoom frame gap max', unit: 'ms' },
  { metric: 'panP50', label: () => 'Pan frame gap p50', unit: 'ms' },
  { metric: 'panP95', label: () => 'Pan frame gap p95', unit: 'ms' },
  { metric: 'panMax', label: () => 'Pan frame gap max', unit: 'ms' },
  { metric: 'heap', label: () => 'JS heap after render', unit: 'MB' },
];

interface Figure {
  value?: number;
  outcome: Outcome;
}

function figure(result: LibraryResult | undefined, metric: Metric): Figure | undefined {
  if (!result) return undefined;
  switch (metric) {
    case 'firstRender':
      return { value: result.firstRender.value, outcome: result.firstRender };
    case 'heap':
      return { value: result.heap.value === undefined ? undefined : result.heap.value / 2 ** 20, outcome: result.heap };
    default: {
      const gesture = metric.startsWith('zoom') ? result.zoom : result.pan;
      const key = metric.endsWith('P50') ? 'p50' : metric.endsWith('P95') ? 'p95' : 'max';
      return { value: gesture[key], outcome: gesture };
    }
  }
}

function ok(f: Figure | undefined): f is Figure & { value: number } {
  return f?.outcome.status === 'ok' && typeof f.value === 'number' && Number.isFinite(f.value);
}

function cell(f: Figure | undefined, unit: string, limitS: number): string {
  if (!f) return 'not run';
  if (ok(f)) return `${f.value.toFixed(1)} ${unit}`;
  switch (f.outcome.status) {
    case 'dnf':
      return `did not finish in ${limitS} s`;
    case 'error':
      return 'failed';
    default:
      return 'not measured';
  }
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The results as one Markdown document fragment: machine, command, table, notes. */
export function renderMarkdownTable(results: Results): string {
  const limitS = Math.round(results.method.timeoutMs / 1000);
  const m = results.machine;
  const lines: string[] = [];
  lines.push(`Run of ${results.finishedAt.slice(0, 16).replace('T', ' ')} UTC with \`${results.command}\`.`);
  lines.push('');
  if (m) {
    lines.push(
      `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, ${m.os}; ` +
        `Chromium ${m.chromium} (headless); Node ${m.node}.`,
    );
  }
  lines.push(
    `Ours: ${results.method.ours}. vis-timeline: ${results.method.vis}. Viewport ${results.method.viewport.width}×${results.method.viewport.height}; ` +
      `zoom ${results.method.zoomSteps} Ctrl+wheel notches in then out, pan a ${results.method.panSteps}-step drag, ` +
      `${results.method.inputPauseMs} ms between input events; time limit ${limitS} s per measurement.`,
  );
  const notes: string[] = [];
  if (results.pageLoads?.length) lines.push('', ...pageLoadTable(results.pageLoads, notes));
  if (results.stories.length) {
    lines.push('');
    lines.push('| Story | Figure | Target | Ours | vis-timeline | vis/ours | Meets target | ≥ 10× vis |');
    lines.push('| --- | --- | --: | --: | --: | --: | :-: | :-: |');
  }
  for (const story of results.stories) {
    if (story.note) {
      lines.push(`| ${story.label} | — | | | | | | |`);
      notes.push(`${story.label}: ${story.note}.`);
      continue;
    }
    const targets = TARGETS[story.key] ?? {};
    for (const { metric, label, unit } of METRICS) {
      const ours = figure(story.results.ours, metric);
      const vis = figure(story.results.vis, metric);
      const target = targets[metric];
      const ratio = ok(ours) && ok(vis) ? vis.value / ours.value : undefined;
      let meets = '—';
      if (target !== undefined) meets = !ours ? 'n/a' : ok(ours) ? (ours.value <= target ? 'yes' : 'NO') : 'NO';
      let tenfold = 'n/a';
      if (ratio !== undefined) tenfold = ratio >= RATIO_TARGET ? 'yes' : 'no';
      else if (metric === 'firstRender' && ok(ours) && vis?.outcome.status === 'dnf' && ours.value * RATIO_TARGET <= results.method.timeoutMs) {
        tenfold = `yes (vis > ${limitS} s)`;
      }
      lines.push(
        `| ${story.label} | ${label(results.method.runs)} | ${target === undefined ? '' : `≤ ${target} ${unit}`} | ` +
          `${cell(ours, unit, limitS)} | ${cell(vis, unit, limitS)} | ${ratio === undefined ? 'n/a' : `${ratio.toFixed(1)}×`} | ${meets} | ${tenfold} |`,
      );
    }
    if (story.visSkipped) notes.push(`${story.label}: ${story.visSkipped} event dates could not be turned into vis-timeline items and were left out of its data.`);
    libraryNotes(story, notes);
  }
  if (results.slow?.stories.length) lines.push('', ...slowTable(results.slow, notes));
  if (results.heapCycles) lines.push('', ...oursTable('Element lifecycle', [heapCyclesRows(results.heapCycles, notes)]));
  if (results.live) lines.push('', ...oursTable('Live story', [liveRows(results.live, notes)]));
  if (results.searches?.length) lines.push('', ...oursTable('Search', results.searches.flatMap((r) => searchRows(r, notes))));
  if (results.longText) lines.push('', ...oursTable('Long text', longTextRows(results.longText, notes)));
  if (results.authoring) lines.push('', ...authoringTable(results.authoring, notes));
  if (results.loads?.length) lines.push('', ...loadTable(results.loads, notes));
  const emptyHeaps = results.libraries
    .map((library) => {
      const values = results.stories.map((s) => s.results[library]?.heap.emptyValue).filter((v): v is number => typeof v === 'number');
      return values.length ? `${library === 'ours' ? 'ours' : 'vis-timeline'} ${(Math.min(...values) / 2 ** 20).toFixed(1)} MB` : null;
    })
    .filter(Boolean);
  if (emptyHeaps.length) notes.unshift(`JS heap of the page before any story is loaded (library loaded): ${emptyHeaps.join(', ')}; the heap figures above are absolute and include it.`);
  if (!results.libraries.includes('ours')) notes.unshift('Only vis-timeline was run (`--only vis`): the "ours" columns are empty.');
  if (!results.libraries.includes('vis')) notes.unshift('Only ours was run (`--only ours`): the vis-timeline columns are empty.');
  for (const failure of results.failures) {
    // Per-story failures are already in the notes; repeat only what is not.
    const gist = escapeCell(failure.replace(/^(ours|vis)(, [^:]+)?: /, '')).slice(0, 60);
    if (!notes.some((n) => n.includes(gist))) notes.push(`Failure: ${escapeCell(failure).slice(0, 400)}`);
  }
  if (notes.length) {
    lines.push('');
    lines.push('Notes:');
    for (const note of notes) lines.push(`- ${note}`);
  }
  return lines.join('\n');
}

/** What a story's results need said beside the table: failures, page errors, gestures that did not move the view. */
function libraryNotes(story: StoryResult, notes: string[]): void {
  for (const [library, result] of Object.entries(story.results) as [Library, LibraryResult][]) {
    const name = library === 'ours' ? 'ours' : 'vis-timeline';
    const failed = [
      ['first render', result.firstRender],
      ['zoom', result.zoom],
      ['pan', result.pan],
    ].filter(([, o]) => (o as Outcome).status === 'error') as [string, Outcome][];
    const seen = new Set<string>();
    for (const [what, outcome] of failed) {
      if (seen.has(outcome.message ?? '')) continue;
      seen.add(outcome.message ?? '');
      notes.push(`${story.label}, ${name}, ${what} failed: ${escapeCell(outcome.message ?? 'unknown error').slice(0, 400)}`);
    }
    if (result.elementErrors?.length) notes.push(`${story.label}, ${name}: the element reported ${result.elementErrors.length} timeline-error event(s).`);
    if (result.pageErrors.length) notes.push(`${story.label}, ${name}: ${result.pageErrors.length} page error(s), first: ${escapeCell(result.pageErrors[0]).slice(0, 300)}`);
    for (const gesture of ['zoom', 'pan'] as const) {
      if (result[gesture].status === 'ok' && result[gesture].viewChanges === 0) {
        notes.push(`${story.label}, ${name}: the ${gesture} gesture did not change the view (no view-change event), so its frame gaps are those of an idle page.`);
      }
    }
    if (library === 'ours' && story.key.startsWith('bursty') && result.firstRender.status === 'ok') {
      notes.push(
        result.gaps
          ? `${story.label}, ours: ${result.gaps} axis break(s) drawn on the ${result.timeScale ?? 'default'} time scale.`
          : `${story.label}, ours: no axis break drawn (time scale ${result.timeScale ?? 'unknown'}), so the compressed axis was not exercised.`,
      );
    }
    if (result.heap.status === 'ok' && result.heap.forcedGc === false) notes.push(`${story.label}, ${name}: heap read without a forced GC (window.gc missing).`);
  }
}

/** One figure of ours against its target (lower is better); `text` stands in for a figure that is not one number. */
export interface TargetRow {
  figure: string;
  unit: 'ms' | 'MB';
  target?: number;
  value?: number;
  text?: string;
  outcome: Outcome;
}

/** A table of ours alone, one group of rows per measurement: | title | Figure | Target | Ours | Meets target |. */
export function oursTable(title: string, groups: { what: string; rows: TargetRow[] }[]): string[] {
  const lines = [`| ${title} | Figure | Target | Ours | Meets target |`, '| --- | --- | --: | --: | :-: |'];
  for (const { what, rows } of groups) {
    for (const row of rows) {
      const measured = row.outcome.status === 'ok' && typeof row.value === 'number' && Number.isFinite(row.value);
      const ours = row.text ?? (measured ? `${row.value!.toFixed(1)} ${row.unit}` : row.outcome.status === 'dnf' ? 'did not finish' : row.outcome.status === 'error' ? 'failed' : 'not measured');
      const meets = row.target === undefined ? '—' : measured && row.value! <= row.target ? 'yes' : 'NO';
      lines.push(`| ${escapeCell(what)} | ${escapeCell(row.figure)} | ${row.target === undefined ? '' : `≤ ${row.target} ${row.unit}`} | ${escapeCell(ours)} | ${meets} |`);
    }
  }
  return lines;
}

/** The slow-phone run: ours only, every figure of the main table, against the slow-phone targets. */
function slowTable(slow: NonNullable<Results['slow']>, notes: string[]): string[] {
  const groups = slow.stories.map((story) => {
    const result = story.results.ours;
    const targets = SLOW_TARGETS[story.key] ?? {};
    const runs = result?.firstRender.runsMs?.length ?? 0;
    if (story.note) notes.push(`${story.label}: ${story.note}.`);
    else libraryNotes(story, notes);
    return {
      what: story.label,
      rows: METRICS.map(({ metric, label, unit }): TargetRow => {
        const f = figure(result, metric);
        return { figure: label(runs), unit, target: targets[metric], value: f?.value, outcome: f?.outcome ?? { status: 'not-measured' } };
      }),
    };
  });
  if (slow.loopMs) {
    const { unthrottled, throttled } = slow.loopMs;
    notes.push(`Slow phone: DevTools CPU throttling at ${slow.cpuRate}× (CDP Emulation.setCPUThrottlingRate); a fixed busy loop took ${unthrottled.toFixed(1)} ms without it and ${throttled.toFixed(1)} ms with it (${(throttled / unthrottled).toFixed(1)}×).`);
  }
  return oursTable(`Slow phone (${slow.cpuRate}× CPU throttling)`, groups);
}

function authoringCell(outcome: Outcome, value: number | undefined): string {
  if (outcome.status === 'ok' && typeof value === 'number' && Number.isFinite(value)) return `${value.toFixed(1)} ms`;
  return outcome.status === 'dnf' ? (outcome.message ?? 'did not finish') : outcome.status === 'error' ? 'failed' : 'not measured';
}

function authoringMeets(outcome: Outcome, value: number | undefined, target: number, strict: boolean): string {
  if (outcome.status !== 'ok' || typeof value !== 'number' || !Number.isFinite(value)) return 'NO';
  return (strict ? value < target : value <= target) ? 'yes' : 'NO';
}

/** The authoring measurements as their own table (ours only: vis-timeline has no authoring). */
function authoringTable(authoring: NonNullable<Results['authoring']>, notes: string[]): string[] {
  const rows: string[] = ['| Authoring | Figure | Target | Ours | Meets target |', '| --- | --- | --: | --: | :-: |'];
  const { draft, editor, bigEditor, editorQuote, journalist } = authoring;
  if (draft) {
    const what = `Drafting a ${draft.words?.toLocaleString('en-US') ?? '5,000'}-word article (\`draftStory\`, Node)`;
    const t = AUTHORING_TARGETS.draftMs;
    rows.push(`| ${what} | Cold: first call in a fresh process (median of ${draft.coldRunsMs?.length ?? 0}) | < ${t} ms | ${authoringCell(draft, draft.coldMs)} | ${authoringMeets(draft, draft.coldMs, t, true)} |`);
    rows.push(`| ${what} | Warm: later calls (median of ${draft.warmRunsMs?.length ?? 0}) | < ${t} ms | ${authoringCell(draft, draft.warmMs)} | ${authoringMeets(draft, draft.warmMs, t, true)} |`);
    if (draft.status === 'ok') notes.push(`Drafting: ${draft.paragraphs} paragraphs, ${draft.candidates} candidate events, ${draft.furniture} lines left out as furniture.`);
    else notes.push(`Drafting ${draft.status === 'dnf' ? 'did not finish' : 'failed'}: ${escapeCell(draft.message ?? 'unknown error').slice(0, 400)}`);
  }
  if (editor) {
    const what = `Editor: paste a ${editor.words?.toLocaleString('en-US') ?? '5,000'}-word article, draft, show the candidates`;
    const t = AUTHORING_TARGETS.editorLongestTaskMs;
    const n = editor.runs?.length ?? 0;
    rows.push(`| ${what} | Longest task (median of ${n}) | ≤ ${t} ms | ${authoringCell(editor, editor.longestMs)} | ${authoringMeets(editor, editor.longestMs, t, false)} |`);
    rows.push(`| ${what} | Longest task (worst of ${n}) | ≤ ${t} ms | ${authoringCell(editor, editor.worstMs)} | ${authoringMeets(editor, editor.worstMs, t, false)} |`);
    rows.push(`| ${what} | Total blocking time (median of ${n}) |  | ${authoringCell(editor, editor.blockingMs)} | — |`);
    rows.push(`| ${what} | "Draft events" click to candidates shown (median of ${n}) |  | ${authoringCell(editor, editor.clickToShownMs)} | — |`);
    if (editor.status === 'ok' && editor.runs?.length) {
      const r = editor.runs;
      notes.push(
        `Editor: ${r[0].candidates} candidates; text pasted by ${[...new Set(r.map((x) => x.pasteMethod))].join(' / ')}; ` +
          `longest task after the click on "Draft events" ${r.map((x) => x.longestAfterClickMs.toFixed(0)).join(', ')} ms; ` +
          `longest task while the page loaded (not counted) ${r.map((x) => x.loadLongestMs.toFixed(0)).join(', ')} ms.`,
      );
    } else if (editor.status !== 'ok') {
      notes.push(`Editor ${editor.status === 'dnf' ? 'did not finish' : 'failed'}: ${escapeCell(editor.message ?? 'unknown error').slice(0, 400)}`);
    }
    if (editor.pageErrors?.length) notes.push(`Editor: ${editor.pageErrors.length} page error(s), first: ${escapeCell(editor.pageErrors[0]).slice(0, 300)}`);
  }
  if (bigEditor) rows.push(...bigEditorRows(bigEditor, notes));
  if (editorQuote) rows.push(...editorQuoteRows(editorQuote, notes));
  if (journalist) rows.push(...journalistRows(journalist, notes));
  return rows;
}

/** The scripted journalist (issue 24): clicks and keystrokes from paste to an exported web page. */
function journalistRows(j: JournalistBenchResult, notes: string[]): string[] {
  const what = 'Editor: a journalist, from pasting a ten-event article to an exported web page';
  const ok = j.status === 'ok';
  const cell = (n: number | undefined) => (ok && n !== undefined ? String(n) : j.status === 'dnf' ? 'did not finish' : 'failed');
  const meets = (n: number | undefined, target: number) => (ok && n !== undefined && n <= target ? 'yes' : 'NO');
  const rows = [
    `| ${what} | Clicks | ≤ ${JOURNALIST_TARGETS.clicks} | ${cell(j.clicks)} | ${meets(j.clicks, JOURNALIST_TARGETS.clicks)} |`,
    `| ${what} | Keystrokes in the form fields (title, publisher, date, a picture's alt text) |  | ${cell(j.keys?.fields)} | — |`,
    `| ${what} | Keystrokes in the two fixes (two headlines retitled) |  | ${cell(j.keys?.fixes)} | — |`,
    `| ${what} | Pastes (Ctrl+V: the article, its URL, the picture's address) |  | ${cell(j.keys?.pastes)} | — |`,
    `| ${what} | Other keystrokes | ≤ ${JOURNALIST_TARGETS.otherKeys} | ${cell(j.keys?.other)} | ${meets(j.keys?.other, JOURNALIST_TARGETS.otherKeys)} |`,
  ];
  if (ok) notes.push(`Journalist: \`${JOURNALIST_ARTICLE}\`; exported ${j.exported} with ${j.events} events, ${j.keptAsDrafted} of their titles as drafted.`);
  else notes.push(`Journalist ${j.status === 'dnf' ? 'did not finish' : 'failed'}: ${escapeCell(j.message ?? 'unknown error').slice(0, 400)}`);
  if (j.pageErrors?.length) notes.push(`Journalist: ${j.pageErrors.length} page error(s), first: ${escapeCell(j.pageErrors[0]).slice(0, 300)}`);
  return rows;
}

/** "New event from this quote" in a 100,000-character paragraph (issue 30): click to the new event's form painted. */
function editorQuoteRows(r: EditorQuoteBenchResult, notes: string[]): string[] {
  const t = EDITOR_QUOTE_TARGET_MS;
  const rows = r.cases.flatMap((c) => {
    const what = `Editor: "New event from this quote" in ${c.what}`;
    const n = c.runsMs.length;
    if (c.status !== 'ok') notes.push(`${what} ${c.status === 'dnf' ? 'did not finish' : 'failed'}: ${escapeCell(c.message ?? 'unknown error').slice(0, 400)}`);
    return [
      `| ${what} | Click to the new event's form painted (median of ${n}) | < ${t} ms | ${authoringCell(c, c.medianMs)} | ${authoringMeets(c, c.medianMs, t, true)} |`,
      `| ${what} | Click to the new event's form painted (worst of ${n}) | < ${t} ms | ${authoringCell(c, c.worstMs)} | ${authoringMeets(c, c.worstMs, t, true)} |`,
    ];
  });
  if (r.status !== 'ok' && r.cases.length === 0) notes.push(`Editor, a new event from a quote, failed: ${escapeCell(r.message ?? 'unknown error').slice(0, 400)}`);
  if (r.pageErrors.length) notes.push(`Editor, a new event from a quote: ${r.pageErrors.length} page error(s), first: ${escapeCell(r.pageErrors[0]).slice(0, 300)}`);
  return rows;
}

/** The editor with 10,000 events (issue 30): opening, and typing in it. */
function bigEditorRows(big: BigEditorBenchResult, notes: string[]): string[] {
  const what = `Editor: open a ${big.events?.toLocaleString('en-US') ?? '10,000'}-event story, then type`;
  const t = BIG_EDITOR_TARGETS;
  const n = big.runs?.length ?? 0;
  const rows = [
    `| ${what} | Open to cards, problems and preview drawn (median of ${n}) | < ${t.openMs} ms | ${authoringCell(big, big.openMs)} | ${authoringMeets(big, big.openMs, t.openMs, true)} |`,
    `| ${what} | Longest task while opening (median of ${n}) | ≤ ${t.longestTaskMs} ms | ${authoringCell(big, big.openLongestTaskMs)} | ${authoringMeets(big, big.openLongestTaskMs, t.longestTaskMs, false)} |`,
    `| ${what} | Longest task while opening (worst of ${n}) | ≤ ${t.longestTaskMs} ms | ${authoringCell(big, big.worstOpenLongestTaskMs)} | ${authoringMeets(big, big.worstOpenLongestTaskMs, t.longestTaskMs, false)} |`,
    `| ${what} | Slowest keystroke, key to paint (median of ${n}) | < ${t.keystrokeMs} ms | ${authoringCell(big, big.slowestKeyMs)} | ${authoringMeets(big, big.slowestKeyMs, t.keystrokeMs, true)} |`,
    `| ${what} | Slowest keystroke, key to paint (worst of ${n}) | < ${t.keystrokeMs} ms | ${authoringCell(big, big.worstKeyMs)} | ${authoringMeets(big, big.worstKeyMs, t.keystrokeMs, true)} |`,
  ];
  if (big.status === 'ok' && big.runs?.length) {
    const fields = big.runs[0].typing.map((f) => f.field);
    notes.push(
      `Editor with ${big.events?.toLocaleString('en-US')} events (${((big.bytes ?? 0) / 2 ** 20).toFixed(1)} MB): slowest keystroke per field, over the runs: ` +
        fields.map((field, i) => `${field} ${big.runs!.map((r) => r.typing[i].slowestKeyMs.toFixed(0)).join(', ')} ms`).join('; ') +
        `; keystrokes under 16 ms are not reported by Event Timing and count as 0.`,
    );
  } else if (big.status !== 'ok') {
    notes.push(`Editor with 10,000 events ${big.status === 'dnf' ? 'did not finish' : 'failed'}: ${escapeCell(big.message ?? 'unknown error').slice(0, 400)}`);
  }
  if (big.pageErrors?.length) notes.push(`Editor with 10,000 events: ${big.pageErrors.length} page error(s), first: ${escapeCell(big.pageErrors[0]).slice(0, 300)}`);
  return rows;
}

export const START_MARKER = '<!-- bench:start -->';
export const END_MARKER = '<!-- bench:end -->';

/** Replaces the text between the markers (or appends a results section) and returns the document. */
export function updateBenchmarksMd(existing: string | null, table: string): string {
  const block = `${START_MARKER}\n${table}\n${END_MARKER}`;
  if (existing === null) return `# Benchmarks\n\n## Latest results\n\n${block}\n`;
  const start = existing.indexOf(START_MARKER);
  const end = existing.indexOf(END_MARKER);
  if (start !== -1 && end > start) return existing.slice(0, start) + block + existing.slice(end + END_MARKER.length);
  return `${existing.trimEnd()}\n\n## Latest results\n\n${block}\n`;
}
