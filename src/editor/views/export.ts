import { html, nothing, type TemplateResult } from 'lit';
import { renderReadiness, type ReadinessOptions } from './readiness';

/** What Export can write: the web page, the folder for developers, the story file. */
export type ExportKind = 'page' | 'zip' | 'json';
/** What can be copied: the story, the script embed, the iframe embed. */
export type CopyKind = 'json' | 'embed' | 'iframe';

/** The last export or copy, said next to its button. */
export interface Confirmation {
  action: ExportKind | `copy-${CopyKind}`;
  text: string;
}

export interface ExportOptions extends ReadinessOptions {
  /** File names of what Export writes: `<slug>.html`, `<slug>.zip`, `<slug>.story.json`. */
  files: Record<ExportKind, string>;
  /** Something is being written (the zip): its button waits. */
  busy: ExportKind | null;
  confirmation: Confirmation | null;
  embed: string;
  iframe: string;
  onExport(kind: ExportKind): void;
  onCopy(kind: CopyKind): void;
}

/** A button and, beside it, what it last did ("Exported …", "Copied"). */
function action(o: ExportOptions, id: Confirmation['action'], label: string, onClick: () => void, primary = false): TemplateResult {
  const disabled = o.readiness.accepted === 0 || o.readiness.unchecked > 0 || o.busy === id;
  const done = o.confirmation?.action === id ? o.confirmation.text : '';
  return html`<span class="action">
    <button type="button" class=${primary ? 'primary' : ''} ?disabled=${disabled} aria-describedby="export-state" @click=${onClick}>${label}</button>
    ${done ? html`<span class="done">${done}</span>` : nothing}
  </span>`;
}

/**
 * Export: a web page to publish as it is, a folder for developers, the story file, and the code
 * to embed them. Each button says next to itself what it did.
 */
export function renderExport(o: ExportOptions): TemplateResult {
  return html`<h2 id="export-heading">Export</h2>
    ${renderReadiness(o)}
    <div class="actions">
      ${action(o, 'page', 'Export web page', () => o.onExport('page'), true)}
      ${action(o, 'zip', 'Export folder (.zip)', () => o.onExport('zip'))}
      ${action(o, 'json', `Export ${o.files.json}`, () => o.onExport('json'))}
      ${action(o, 'copy-json', 'Copy JSON', () => o.onCopy('json'))}
    </div>
    <p class="hint">
      The web page (${o.files.page}) is one file with everything in it: put it on any web host, or open it from your disk. The folder
      (${o.files.zip}) holds the same page as index.html, history-timeline.js, the story and its pictures.
    </p>
    <label for="iframe-snippet">Embed the web page in a CMS (an iframe)</label>
    <textarea id="iframe-snippet" class="snippet" readonly .value=${o.iframe}></textarea>
    <div class="actions">${action(o, 'copy-iframe', 'Copy iframe snippet', () => o.onCopy('iframe'))}</div>
    <label for="snippet">Embed the story with the script (developers)</label>
    <textarea id="snippet" class="snippet" readonly .value=${o.embed}></textarea>
    <div class="actions">${action(o, 'copy-embed', 'Copy embed snippet', () => o.onCopy('embed'))}</div>`;
}
