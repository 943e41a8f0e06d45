import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AxisBreak } from '../../layout/axis-ticks';
import { dayPhrase } from '../../model/date-phrase';
import { durationPhrase } from '../../model/duration-phrase';
import { geometry } from './geometry';

export interface GapsOptions {
  breaks: readonly AxisBreak[];
  locale: string;
}

/**
 * The compressed stretches in view: a band with a break on the axis, its length written in it
 * ("24 years"), and for screen readers what it stands for.
 */
export function renderGaps({ breaks, locale }: GapsOptions): unknown {
  return repeat(
    breaks,
    (b) => b.gap.start,
    (b) => {
      const length = durationPhrase(b.gap.end - b.gap.start, locale);
      const from = dayPhrase(b.gap.start, locale);
      const to = dayPhrase(b.gap.end - 1, locale);
      return html`<div
        class="gap"
        part="gap"
        role="img"
        ?data-open=${b.open}
        aria-label=${`${length} without events, ${from} to ${to}, drawn ${b.open ? 'compressed' : 'narrow'}`}
        ${geometry({ transform: `translateX(${b.x0.toFixed(1)}px)`, width: `${Math.max(0, b.x1 - b.x0).toFixed(1)}px` })}
      ><span class="gap-label" aria-hidden="true">${length}</span></div>`;
    },
  );
}
