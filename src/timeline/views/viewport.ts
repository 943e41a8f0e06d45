import { html, type TemplateResult } from 'lit';
import { elementRef, type ElementRef } from './element-ref';
import type { Translation } from '../../i18n';
import type { AxisBreak } from '../../layout/axis-ticks';
import { renderGaps } from './gaps';
import { geometry } from './geometry';
import { AXIS_PX } from './metrics';
import { renderPublication, type PublicationOptions } from './publication';

export interface ViewportOptions {
  viewportRef: ElementRef<HTMLElement>;
  /** The axis group, which D3 draws into. */
  axisRef: ElementRef<SVGGElement>;
  hidden: boolean;
  label: string;
  /** Its height as its rows need it (see LayoutController.contentHeight), px. */
  contentHeight: number;
  locale: string;
  breaks: readonly AxisBreak[];
  publication: PublicationOptions;
  /** The group bands' titles, the clusters and the marks (in time order), then the eras: after the marks, so Tab reaches the events first; painted beneath them. */
  eras: unknown;
  bands: unknown;
  clusters: unknown;
  marks: unknown;
  onKeyDown(event: KeyboardEvent): void;
  messages: Translation;
}

/** The zoomable area: cluster row, lanes of marks, the compressed gaps, the publication rule and the axis. */
export function renderViewport(options: ViewportOptions): TemplateResult {
  return html`<div
    ${elementRef(options.viewportRef)}
    class="viewport"
    part="viewport"
    ?hidden=${options.hidden}
    tabindex="0"
    role="group"
    aria-roledescription="timeline"
    aria-label=${options.label}
    aria-describedby="viewport-keys"
    @keydown=${options.onKeyDown}
    ${geometry({ '--_content-height': `${options.contentHeight}px` })}
  >
    <span id="viewport-keys" class="visually-hidden">${options.messages.t('timelineKeys')}</span>
    ${options.bands} ${options.clusters} ${options.marks}
    ${options.eras}
    ${renderPublication(options.publication)}
    ${renderGaps({ breaks: options.breaks, locale: options.locale, messages: options.messages })}
    <svg class="axis" part="axis" width="100%" height=${AXIS_PX} aria-hidden="true"><g ${elementRef(options.axisRef)} class="ticks"></g></svg>
  </div>`;
}
