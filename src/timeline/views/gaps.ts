import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AxisBreak } from '../../layout/axis-ticks';
import type { Translation } from '../../i18n';
import { durationPhrase } from '../../model/duration-phrase';
import { geometry, inlineOffset } from './geometry';

export interface GapsOptions {
  breaks: readonly AxisBreak[];
  locale: string;
  messages: Translation;
}

/**
 * The compressed stretches in view: a band with a break on the axis, its length written in it
 * ("24 years") where the axis has room for it (see layout/axis-ticks.ts), and for screen readers what it stands for.
 */
export function renderGaps({ breaks, locale, messages: t }: GapsOptions): unknown {
  return repeat(
    breaks,
    (b) => b.gap.start,
    (b) => {
      const length = b.label ?? durationPhrase(b.gap.end - b.gap.start, locale);
      const from = t.day(b.gap.start);
      const to = t.day(b.gap.end - 1);
      return html`<div
        class="gap"
        part="gap"
        role="img"
        ?data-open=${b.open}
        aria-label=${t.t(b.open ? 'gapCompressed' : 'gapNarrow', { length, from, to })}
        ${geometry({ transform: `translateX(${inlineOffset(b.x0)})`, width: `${Math.max(0, b.x1 - b.x0).toFixed(1)}px` })}
      >${b.label ? html`<span class="gap-label" aria-hidden="true">${length}</span>` : null}</div>`;
    },
  );
}
