import { select } from 'd3-selection';
import type { TickSet } from '../../layout/ticks';
import { timeToX, type TimeWindow } from '../../layout/time-window';

export interface AxisOptions {
  ticks: TickSet | null;
  window: TimeWindow;
  width: number;
  /** Width of an axis label in px, measured by the caller. */
  labelWidth(label: string): number;
}

/** Draws the ticks into the axis group. D3 owns the group's children; Lit never renders inside it. */
export function drawAxis(group: SVGGElement, options: AxisOptions): void {
  const { window: w, width } = options;
  const ticks = options.ticks?.ticks ?? [];
  select(group)
    .selectAll<SVGGElement, (typeof ticks)[number]>('g.tick')
    .data(ticks, (d) => `${d.unit}:${d.time}`)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'tick');
      g.append('line').attr('y1', 0).attr('y2', 6);
      g.append('text').attr('y', 20).attr('x', 3);
      return g;
    })
    .attr('transform', (d) => `translate(${timeToX(d.time, w, width).toFixed(1)},0)`)
    .attr('data-unit', (d) => d.unit)
    .select('text')
    .text((d) => d.label)
    // A label that would be cut by the right edge is left out; its tick line stays.
    .attr('visibility', (d) => (timeToX(d.time, w, width) + 3 + options.labelWidth(d.label) > width ? 'hidden' : null));
  // Day and week ticks do not say the year: the axis names it once.
  select(group)
    .selectAll<SVGTextElement, string>('text.axis-context')
    .data(options.ticks?.context ? [options.ticks.context] : [])
    .join('text')
    .attr('class', 'axis-context')
    .attr('x', 4)
    .attr('y', 38)
    .text((d) => d);
}
