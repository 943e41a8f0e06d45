import { select } from 'd3-selection';
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

/** Writes an attribute only when its value changes: a zoom frame moves every tick but seldom renames one, and a write lays its text out again. */
function setChanged(node: Element, name: string, value: string | null): void {
  if (node.getAttribute(name) === value) return;
  if (value === null) node.removeAttribute(name);
  else node.setAttribute(name, value);
}

/**
 * Draws the axis line (broken by a zig-zag where a gap is drawn narrow) and the ticks into the axis
 * group. D3 owns the group's children; Lit never renders inside it.
 */
export function drawAxis(group: SVGGElement, options: AxisOptions): void {
  const { width } = options;
  const ticks = options.ticks?.ticks ?? [];
  // Right to left, time runs from the right edge; labels (SVG text in the inherited direction) start at their tick and run left.
  const rtl = readsRightToLeft(group);
  const X = (x: number) => (rtl ? width - x : x);
  select(group)
    .selectAll<SVGLineElement, [number, number]>('line.baseline')
    .data(baselinePieces(options))
    .join('line')
    .attr('class', 'baseline')
    .attr('x1', (d) => X(d[0]).toFixed(1))
    .attr('x2', (d) => X(d[1]).toFixed(1));
  select(group)
    .selectAll<SVGPolylineElement, { x0: number; x1: number }>('polyline.break')
    .data((options.ticks?.breaks ?? []).filter((b) => !b.open))
    .join('polyline')
    .attr('class', 'break')
    .attr('points', (d) => (rtl ? zigzag(X(d.x1), X(d.x0)) : zigzag(d.x0, d.x1)));
  select(group)
    .selectAll<SVGGElement, (typeof ticks)[number]>('g.tick')
    .data(ticks, (d) => `${d.unit}:${d.time}`)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tick');
      g.append('line').attr('y1', 0).attr('y2', 6);
      g.append('text').attr('y', 20);
      return g;
    })
    .attr('transform', (d) => `translate(${X(d.x).toFixed(1)},0)`)
    .each(function (d) {
      setChanged(this, 'data-unit', d.unit);
      const text = this.lastElementChild!;
      setChanged(text, 'x', rtl ? '-3' : '3');
      if (text.textContent !== d.label) text.textContent = d.label;
      // A label that would be cut by the right edge is left out; its tick line stays.
      setChanged(text, 'visibility', d.x + 3 + options.labelWidth(d.label) > width ? 'hidden' : null);
    });
  // Day and week ticks do not say the year: the axis names it once.
  select(group)
    .selectAll<SVGTextElement, string>('text.axis-context')
    .data(options.ticks?.context ? [options.ticks.context] : [])
    .join('text')
    .attr('class', 'axis-context')
    .attr('x', X(4))
    .attr('y', 38)
    .text((d) => d);
}
