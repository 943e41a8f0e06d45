import { html, type TemplateResult } from 'lit';
import type { Problem } from '../../model/types';
import { problemsList } from './fields';

export interface ExportOptions {
  fileName: string;
  snippet: string;
  accepted: number;
  /** Problems of the source and the accepted events: while there are any, nothing is exported. */
  blocking: readonly Problem[];
  onDownload(): void;
  onCopyJson(): void;
  onCopySnippet(): void;
}

/** Export: download or copy the story of the accepted events, or copy the embed snippet. */
export function renderExport(o: ExportOptions): TemplateResult {
  const blocked = o.blocking.length > 0 || o.accepted === 0;
  return html`<h2 id="export-heading">Export</h2>
    <p class="hint" id="export-state">
      ${o.accepted === 0
        ? 'Accept at least one event to export.'
        : o.blocking.length
          ? `${o.blocking.length} ${o.blocking.length === 1 ? 'problem stops' : 'problems stop'} the export; fix ${o.blocking.length === 1 ? 'it' : 'them'} first (shown beside the fields).`
          : `${o.accepted} accepted ${o.accepted === 1 ? 'event' : 'events'}, ready as ${o.fileName}.`}
    </p>
    ${problemsList('export-problems', o.blocking.map((p) => p.message))}
    <div class="bar">
      <button type="button" class="primary" ?disabled=${blocked} aria-describedby="export-state" @click=${o.onDownload}>Export ${o.fileName}</button>
      <button type="button" ?disabled=${blocked} @click=${o.onCopyJson}>Copy JSON</button>
      <button type="button" ?disabled=${blocked} @click=${o.onCopySnippet}>Copy embed snippet</button>
    </div>
    <label for="snippet">Embed snippet</label>
    <textarea id="snippet" class="paragraph-picker" readonly .value=${o.snippet}></textarea>`;
}
