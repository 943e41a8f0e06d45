import { html, type TemplateResult } from 'lit';
import type { DraftListing } from '../storage';

export interface DraftsOptions {
  drafts: readonly DraftListing[];
  currentId: string;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  onNew(): void;
  onOpen(id: string): void;
  onDelete(id: string): void;
}

const when = (ms: number) => new Date(ms).toLocaleString();

/** Undo, redo, a new draft, and the saved drafts to switch to or delete. */
export function renderDrafts(o: DraftsOptions): TemplateResult {
  return html`<div class="bar" role="toolbar" aria-label="Edit">
      <button type="button" ?disabled=${!o.canUndo} aria-keyshortcuts="Control+Z Meta+Z" @click=${o.onUndo}>Undo</button>
      <button type="button" ?disabled=${!o.canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z" @click=${o.onRedo}>Redo</button>
      <button type="button" @click=${o.onNew}>New draft</button>
    </div>
    <details class="drafts">
      <summary>Saved drafts (${o.drafts.length})</summary>
      <p class="hint">Every change is saved in this browser as you make it.</p>
      <ul class="plain">
        ${o.drafts.map(
          (d) => html`<li aria-current=${d.id === o.currentId ? 'true' : 'false'}>
            <span>${d.title}</span> <span class="hint">${d.events} accepted · saved ${when(d.updated)}</span>
            ${d.id === o.currentId
              ? html`<span class="hint">(open)</span>`
              : html`<button type="button" @click=${() => o.onOpen(d.id)}>Open <span class="visually-hidden">${d.title}</span></button>`}
            <button type="button" @click=${() => o.onDelete(d.id)}>Delete <span class="visually-hidden">${d.title}</span></button>
          </li>`,
        )}
      </ul>
    </details>`;
}
