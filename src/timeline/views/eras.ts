import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PlacedEra } from '../../layout/eras';
import type { EraTitleBox } from '../../layout/era-row';
import type { Translation } from '../../i18n';
import type { Era } from '../../model/types';
import { geometry, inlineOffset } from './geometry';
import { capitalized } from './marks';
import { isolate } from './isolate';

export interface ErasOptions {
  placed: readonly PlacedEra[];
  /** Each placed era's title box in the era row (layout/era-row.ts); without them each title takes its band. */
  titles?: readonly EraTitleBox[];
  eras: readonly Era[];
  levels: number;
  /** Height of the era row at the top of the timeline, px; levels share it. */
  rowHeight: number;
  locale: string;
  selected: string | null;
  open(id: string): void;
  messages: Translation;
}

/**
 * Each era in view: a tint behind the events across the full height, and its title in the era row
 * (overlapping eras on thinner levels of it) in the box the layout gave it: from where the era
 * starts, or the left edge while the era runs on past it, cut with an ellipsis where something else
 * in the row begins. The title is a button: it zooms to the era and opens its detail.
 */
export function renderEras(options: ErasOptions): unknown {
  const levelHeight = options.rowHeight / Math.max(1, options.levels);
  const t = options.messages;
  return repeat(
    options.placed,
    (p) => options.eras[p.era].id,
    (p, i) => {
      const era = options.eras[p.era];
      const title = options.titles?.[i] ?? { left: p.x0, right: p.x1 };
      const titleWidth = Math.max(0, title.right - title.left);
      const width = Math.max(0, p.x1 - p.x0);
      return html`<div class="era" part="era" data-era-id=${era.id} data-level=${p.level} ${geometry({ transform: `translateX(${inlineOffset(p.x0)})`, width: `${width.toFixed(1)}px` })}>
        <button
          class="era-title"
          type="button"
          aria-current=${options.selected === era.id ? 'true' : 'false'}
          aria-label=${t.t('eraLabel', { title: era.title, date: t.date(era.calendar) })}
          title=${t.t('eraTitle', { title: era.title, date: capitalized(t.date(era.calendar)) })}
          ${geometry({
            top: `${(p.level * levelHeight).toFixed(1)}px`,
            height: `${Math.max(6, levelHeight - 2).toFixed(1)}px`,
            'inset-inline-start': `${(title.left - p.x0).toFixed(1)}px`,
            width: `${titleWidth.toFixed(1)}px`,
          })}
          ?data-thin=${levelHeight < 14 || titleWidth === 0}
          @click=${() => options.open(era.id)}
        >${isolate(era.title)}</button>
      </div>`;
    },
  );
}
