import { html, nothing } from 'lit';
import type { PlacedAnnotation } from '../../layout/annotation';
import type { TimelineEvent } from '../../model/types';
import { geometry, inlineOffset } from './geometry';
import { isolate } from './isolate';

/**
 * The featured event's title as a deck beside its mark, with a leader line (placed by
 * layout/annotation.ts); the mark's own label, kept for screen readers, gives way to it.
 */
export function renderAnnotation(placed: PlacedAnnotation | null | undefined, event: TimelineEvent | undefined, activate: (id: string) => void): unknown {
  if (!placed || !event) return nothing;
  const { box, leader } = placed;
  const left = Math.min(leader.x1, leader.x2);
  const top = Math.min(leader.y1, leader.y2);
  return html`<svg class="leader" aria-hidden="true" ${geometry({ transform: `translate(${inlineOffset(left)}, ${top.toFixed(0)}px) scaleX(var(--_flip, 1))`, width: `${Math.abs(leader.x2 - leader.x1).toFixed(0)}px`, height: `${Math.max(1, Math.abs(leader.y2 - leader.y1)).toFixed(0)}px` })}><line x1=${leader.x1 - left} y1=${leader.y1 - top} x2=${leader.x2 - left} y2=${leader.y2 - top}></line></svg
    ><div class="deck" part="annotation" aria-hidden="true" data-lines=${placed.lines} @click=${() => activate(event.id)} ${geometry({ transform: `translate(${inlineOffset(box.left)}, ${box.top.toFixed(0)}px)`, width: `${(box.right - box.left).toFixed(0)}px` })}>${isolate(event.title)}</div>`;
}
