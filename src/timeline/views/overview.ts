import { html, svg } from 'lit';
import { elementRef, type ElementRef } from './element-ref';
import { guard } from 'lit/directives/guard.js';
import type { DensityBar } from '../../layout/overview';
import { OVERVIEW_PX } from './metrics';

export interface OverviewOptions {
  hidden: boolean;
  bars: readonly DensityBar[];
  /** The group d3-brush draws the window into; the window itself is part "overview-window" (the controller names it). */
  brushRef: ElementRef<SVGGElement>;
}

/** The whole story in a thin strip: event density, and the window over the part the main view shows. */
export function renderOverview({ hidden, bars, brushRef }: OverviewOptions): unknown {
  const height = OVERVIEW_PX;
  return html`<div class="overview" part="overview" ?hidden=${hidden}>
    <svg width="100%" height=${height}>
      <g class="density" part="density" aria-hidden="true">${guard([bars], () =>
        // The same bars until the story, its bounds, the width or the matches change (LayoutController.densityOf): a zoom frame skips them.
        bars.map((bar) => {
          const h = Math.max(2, bar.level * (height - 6));
          return svg`<rect x=${bar.x.toFixed(1)} y=${(height - 2 - h).toFixed(1)} width=${bar.width.toFixed(1)} height=${h.toFixed(1)}></rect>`;
        }),
      )}</g>
      <g class="brush" ${elementRef(brushRef)}></g>
    </svg>
  </div>`;
}
