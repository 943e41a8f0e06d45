import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Band } from '../../layout/marks';
import { DARK_BACKGROUND, LIGHT_BACKGROUND, isCssColor, isReadableMarkColor } from '../../model/color';
import type { Translation } from '../../i18n';
import type { Group } from '../../model/types';
import { geometry } from './geometry';
import { BAND_HEADER_PX } from './metrics';
import { isolate } from './isolate';

/** Palette slots the stylesheet defines (`--_group-0` …), each 3:1 or more in light and dark. */
export const PALETTE_SIZE = 6;

/**
 * A group's mark colour: its own when it is a colour this browser draws and it reaches 3:1 against
 * the background in use (or cannot be checked), else its slot of the accessible palette. The band
 * and the title say the group too, so colour is never the only cue.
 */
export function groupColor(group: Group | undefined, band: number, isDark: () => boolean): string {
  const own = group?.color;
  // The validator let only colours through; checked again where it becomes a style, since a
  // `url()` here would be fetched, and a colour this browser cannot draw would leave marks invisible.
  const usable = own !== undefined && isCssColor(own) && CSS.supports('color', own);
  // The scheme is asked only for a group's own colour: reading it forces a style recalculation,
  // which cost about 9 ms on the article's cold first render when every mark asked.
  if (usable && isReadableMarkColor(own, isDark() ? DARK_BACKGROUND : LIGHT_BACKGROUND) !== false) return own;
  return `var(--_group-${band % PALETTE_SIZE})`;
}

export interface BandTitlesOptions {
  bands: readonly Band[];
  groups: readonly Group[];
  /** The top of a band's title line, px. */
  top(band: Band): number;
  /** Height of one row, px: the band's box reaches down over its rows. */
  laneHeight: number;
  color(band: number): string;
  messages: Translation;
}

/** Each band's title at the left edge of the timeline above its rows, staying there while the view pans; a band with nothing in view says so. */
export function renderBandTitles(options: BandTitlesOptions): unknown {
  return repeat(
    options.bands,
    (b) => b.band,
    (b) => {
      const group = options.groups[b.band];
      return html`<div class="band-title" part="group-label" ${geometry({ transform: `translateY(${options.top(b).toFixed(0)}px)`, height: `${BAND_HEADER_PX + b.laneCount * options.laneHeight - 1}px`, '--_accent': options.color(b.band) })}>
        <span class="swatch" aria-hidden="true"></span>${group ? isolate(group.title) : options.messages.t('otherEvents')}${b.empty
          ? html`<span class="band-empty"> · ${options.messages.t('bandNothingInView')}</span>`
          : nothing}
      </div>`;
    },
  );
}

export interface LegendOptions {
  groups: readonly Group[];
  counts: ReadonlyMap<string, number>;
  hidden: ReadonlySet<string>;
  color(band: number): string;
  toggle(id: string): void;
  messages: Translation;
}

/** The groups with their counts, each a toggle that shows or hides its events everywhere. */
export function renderLegend(options: LegendOptions): TemplateResult | typeof nothing {
  if (!options.groups.length) return nothing;
  return html`<ul class="legend" part="legend" aria-label=${options.messages.t('legendLabel')}>
    ${options.groups.map((group, band) => html`<li>
      <button
        class="legend-item"
        type="button"
        aria-pressed=${options.hidden.has(group.id) ? 'false' : 'true'}
        ${geometry({ '--_accent': options.color(band) })}
        @click=${() => options.toggle(group.id)}
      ><span class="swatch" aria-hidden="true"></span>${isolate(group.title)} <span class="legend-count">${options.messages.number(options.counts.get(group.id) ?? 0)}</span></button>
    </li>`)}
  </ul>`;
}
