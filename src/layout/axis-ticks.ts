/**
 * Ticks for an axis that may be compressed: each linear piece of the visible window (the time
 * between gaps, and a gap once it is wide enough) gets its own ticks from `chooseTicks`, and ticks
 * whose labels would run into a break, a gap's length or the next label are left out. A gap
 * narrower than that is drawn as a break with its length ("24 years") instead of ticks, on the
 * labels' line; a length that would run into another is left out.
 */
import { durationPhrase } from '../model/duration-phrase';
import type { AxisScale, Gap } from './axis-scale';
import { chooseTicks, type Tick, type TickUnit } from './ticks';
import { timeToX, type TimeWindow } from './time-window';

/** A gap at least this wide on screen shows the time inside it with ticks of its own. */
export const GAP_TICKS_MIN_PX = 240;
/** Estimated label width, as chooseTicks estimates it. */
const CHAR_PX = 7;
const LABEL_PAD_PX = 12;

export interface AxisTick extends Tick {
  /** px from the view's left edge. */
  x: number;
}

/** A gap in view: where its break is drawn. */
export interface AxisBreak {
  gap: Gap;
  x0: number;
  x1: number;
  /** The gap shows ticks of its own (it is wide enough); otherwise its length is written in it. */
  open: boolean;
  /** A closed gap's length ("24 years"), centred on it on the labels' line; absent when it would run into another's. */
  label?: string;
}

export interface AxisTicks {
  ticks: AxisTick[];
  breaks: AxisBreak[];
  /** The unit of the widest piece's ticks. */
  unit: TickUnit;
  /** For day and week ticks: the year or years in view (see chooseTicks). */
  context?: string;
}

/** Ticks and breaks for the axis window `w` (axis time) drawn `width` px wide; hours and minutes in `timeZone` when given. */
export function chooseAxisTicks(axis: AxisScale, w: TimeWindow, width: number, locale: string, timeZone?: string): AxisTicks {
  const pieces = piecesOf(axis, w);
  const breaks: AxisBreak[] = [];
  const ticks: AxisTick[] = [];
  let unit: TickUnit = 'year';
  let context: string | undefined;
  let widest = -1;
  for (const piece of pieces) {
    const x0 = timeToX(piece.start, w, width);
    const x1 = timeToX(piece.end, w, width);
    const open = !piece.gap || x1 - x0 >= GAP_TICKS_MIN_PX;
    if (piece.gap) breaks.push({ gap: piece.gap, x0, x1, open });
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent, a piece of no width gets no ticks either way.
    if (!open || x1 - x0 <= 0) continue;
    const real = { start: axis.fromAxis(piece.start), end: axis.fromAxis(piece.end) };
    const set = chooseTicks(real, x1 - x0, locale, { timeZone });
    if (x1 - x0 > widest) {
      widest = x1 - x0;
      unit = set.unit;
      context = set.context;
    }
    for (const tick of set.ticks) ticks.push({ ...tick, x: timeToX(axis.toAxis(tick.time), w, width) });
  }
  return { ticks: dropCrowded(ticks, labelGaps(breaks, locale)), breaks, unit, context };
}

interface Piece {
  start: number;
  end: number;
  gap?: Gap;
}

/** The window cut at the gaps' edges, in axis time. */
function piecesOf(axis: AxisScale, w: TimeWindow): Piece[] {
  // Stryker disable next-line ArrayDeclaration: equivalent, an entry that is not a piece has no width and gets no ticks.
  const pieces: Piece[] = [];
  let at = w.start;
  for (const gap of axis.gaps) {
    if (gap.axisEnd <= at || gap.axisStart >= w.end) continue;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a piece of no width gets no ticks.
    if (gap.axisStart > at) pieces.push({ start: at, end: gap.axisStart });
    const end = Math.min(gap.axisEnd, w.end);
    pieces.push({ start: Math.max(at, gap.axisStart), end, gap });
    at = end;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a piece of no width gets no ticks.
  if (at < w.end) pieces.push({ start: at, end: w.end });
  return pieces;
}

/** What a closed break keeps clear on the labels' line: the break, and its length when written. */
interface Taken {
  x0: number;
  x1: number;
}

/** Writes each closed break's length where it clears the previous one's; returns what the breaks take. */
function labelGaps(breaks: AxisBreak[], locale: string): Taken[] {
  const taken: Taken[] = [];
  let freeFrom = -Infinity;
  for (const b of breaks) {
    if (b.open) continue;
    const label = durationPhrase(b.gap.end - b.gap.start, locale);
    const half = (label.length * CHAR_PX + LABEL_PAD_PX) / 2;
    const centre = (b.x0 + b.x1) / 2;
    const room = { x0: Math.min(b.x0, centre - half), x1: Math.max(b.x1, centre + half) };
    if (room.x0 >= freeFrom) {
      b.label = label;
      freeFrom = room.x1;
      taken.push(room);
    } else taken.push(b);
  }
  return taken;
}

/** Keeps ticks whose labels clear the previous label and do not run into a closed break or its length. */
function dropCrowded(ticks: AxisTick[], taken: Taken[]): AxisTick[] {
  const kept: AxisTick[] = [];
  let freeFrom = -Infinity;
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: equivalent, pieces come in order and so do their ticks; the sort is a guard.
  for (const tick of ticks.sort((a, b) => a.x - b.x)) {
    const right = tick.x + tick.label.length * CHAR_PX + LABEL_PAD_PX;
    if (tick.x < freeFrom) continue;
    if (taken.some((b) => tick.x < b.x1 && right > b.x0)) continue;
    kept.push(tick);
    freeFrom = right;
  }
  return kept;
}
