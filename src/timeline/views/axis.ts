import type { AxisTicks } from '../../layout/axis-ticks';
import { readsRightToLeft } from './geometry';

export interface AxisOptions {
  /** Ticks placed in px (see layout/axis-ticks.ts); null clears the axis. */
  ticks: AxisTicks | null;
  width: number;
  /** Width of an axis label in px, measured by the caller. */
  labelWidth(label: string): number;
}

/** Half the height and the period of the zig-zag drawn across a break in the axis line. */
const ZIGZAG_PX = 4;

/** The baseline's pieces: the axis line, broken where a narrow gap is drawn. */
function baselinePieces(options: AxisOptions): [number, number][] {
  const pieces: [number, number][] = [];
  let at = 0;
  for (const b of options.ticks?.breaks ?? []) {
    if (b.open) continue;
    if (b.x0 > at) pieces.push([at, b.x0]);
    at = Math.max(at, b.x1);
  }
  if (at < options.width) pieces.push([at, options.width]);
  return options.ticks ? pieces : [];
}

/** A zig-zag from x0 to x1 along the axis line: the mark of a break. */
function zigzag(x0: number, x1: number): string {
  const points = [`${x0.toFixed(1)},0`];
  for (let x = x0 + ZIGZAG_PX, up = true; x < x1; x += ZIGZAG_PX, up = !up) points.push(`${x.toFixed(1)},${up ? -ZIGZAG_PX : ZIGZAG_PX}`);
  points.push(`${x1.toFixed(1)},0`);
  return points.join(' ');
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The key each drawn child was joined by, as d3-selection keeps `__data__`. */
const joinedKey = new WeakMap<Element, string>();

/**
 * The children of `group` matching `selector`, one per item in item order: kept where the key
 * matches, handed on from a gone item to a new one, made only where none is spare, removed where
 * left over. d3-selection's `join` by hand, so the first frame does without d3-selection (the
 * overview's d3-brush, a later part, keeps it).
 */
function joinChildren<T>(group: SVGGElement, selector: string, items: readonly T[], key: (item: T, index: number) => string, make: () => SVGElement): [SVGElement, T][] {
  const old = new Map<string, SVGElement>();
  for (const node of group.querySelectorAll<SVGElement>(selector)) {
    const k = joinedKey.get(node);
    // A node of a repeated key, or not drawn here, goes, as d3-selection's join sends it to exit.
    if (k === undefined || old.has(k)) node.remove();
    else old.set(k, node);
  }
  const nodes = items.map((item, index) => {
    const k = key(item, index);
    const node = old.get(k);
    old.delete(k);
    return { node, k };
  });
  // Unlike d3-selection's join, a node whose item left goes to an item that came (every attribute
  // that differs between items is written below): a zoom frame that moves the ticks makes none.
  const spare = [...old.values()];
  let handed = 0;
  for (const n of nodes) if (!n.node && handed < spare.length) n.node = spare[handed++];
  for (let i = handed; i < spare.length; i++) spare[i].remove();
  let next: SVGElement | null = null;
  for (let i = nodes.length - 1; i >= 0; i--) {
    let node = nodes[i].node;
    if (!node) group.insertBefore((node = make()), next);
    else if (next && node.compareDocumentPosition(next) !== Node.DOCUMENT_POSITION_FOLLOWING) group.insertBefore(node, next);
    joinedKey.set(node, nodes[i].k);
    nodes[i].node = next = node;
  }
  return nodes.map(({ node }, i) => [node!, items[i]]);
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K): SVGElementTagNameMap[K] {
  return document.createElementNS(SVG_NS, tag);
}

/** Writes each attribute only when its value changes: a zoom frame moves every tick but seldom renames one, and a write lays its text out again. */
function setAttributes(node: Element, attributes: Record<string, string | number | null>): void {
  for (const [name, value] of Object.entries(attributes)) {
    const text = value === null ? null : String(value);
    if (node.getAttribute(name) === text) continue;
    if (text === null) node.removeAttribute(name);
    else node.setAttribute(name, text);
  }
}

function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

const byIndex = (_: unknown, index: number) => String(index);

/**
 * Draws the axis line (broken by a zig-zag where a gap is drawn narrow) and the ticks into the axis
 * group. This function owns the group's children; Lit never renders inside it.
 */
export function drawAxis(group: SVGGElement, options: AxisOptions): void {
  const { width } = options;
  const ticks = options.ticks?.ticks ?? [];
  // Right to left, time runs from the right edge; labels (SVG text in the inherited direction) start at their tick and run left.
  const rtl = readsRightToLeft(group);
  const X = (x: number) => (rtl ? width - x : x);
  for (const [line, d] of joinChildren(group, 'line.baseline', baselinePieces(options), byIndex, () => svgElement('line'))) {
    setAttributes(line, { class: 'baseline', x1: X(d[0]).toFixed(1), x2: X(d[1]).toFixed(1) });
  }
  const breaks = (options.ticks?.breaks ?? []).filter((b) => !b.open);
  for (const [polyline, d] of joinChildren(group, 'polyline.break', breaks, byIndex, () => svgElement('polyline'))) {
    setAttributes(polyline, { class: 'break', points: rtl ? zigzag(X(d.x1), X(d.x0)) : zigzag(d.x0, d.x1) });
  }
  const makeTick = () => {
    const g = svgElement('g');
    const line = svgElement('line');
    const text = svgElement('text');
    setAttributes(g, { class: 'tick' });
    setAttributes(line, { y1: 0, y2: 6 });
    setAttributes(text, { y: 20 });
    g.append(line, text);
    return g;
  };
  for (const [g, d] of joinChildren(group, 'g.tick', ticks, (d) => `${d.unit}:${d.time}`, makeTick)) {
    setAttributes(g, { transform: `translate(${X(d.x).toFixed(1)},0)`, 'data-unit': d.unit });
    const text = g.querySelector('text')!;
    setAttributes(text, { x: rtl ? -3 : 3 });
    setText(text, d.label);
    // A label that would be cut by the right edge is left out; its tick line stays.
    setAttributes(text, { visibility: d.x + 3 + options.labelWidth(d.label) > width ? 'hidden' : null });
  }
  // Day and week ticks do not say the year: the axis names it once.
  for (const [text, d] of joinChildren(group, 'text.axis-context', options.ticks?.context ? [options.ticks.context] : [], byIndex, () => svgElement('text'))) {
    setAttributes(text, { class: 'axis-context', x: X(4), y: 38 });
    setText(text, d);
  }
}
