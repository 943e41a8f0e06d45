import { html, nothing, type TemplateResult } from 'lit';
import type { LoadProgress } from '../controllers/story-load-controller';

const KB = 1024;
const MB = 1024 * KB;

/** A size in the unit that shows it: bytes, KB under a megabyte, MB above, so a small file never reads "0.0 MB". */
export function byteSize(bytes: number): string {
  if (bytes < KB) return `${bytes} bytes`;
  if (bytes < MB) return `${Math.round(bytes / KB)} KB`;
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}

/** What the bar says in words: bytes of bytes, or a percentage while the story is read. */
function progressText(progress: LoadProgress): string {
  if (progress.phase === 'read') {
    return progress.total === null ? 'Reading the story…' : `Reading the story: ${Math.round((progress.done / progress.total) * 100)}%`;
  }
  return progress.total === null ? `Loading the story: ${byteSize(progress.done)}` : `Loading the story: ${byteSize(progress.done)} of ${byteSize(progress.total)}`;
}

/**
 * A story being loaded by URL: a progress bar with the share done when it is known (the server
 * sent a length, or the story is read in slices), indeterminate otherwise. The native <progress>
 * draws it; the outer element carries the ARIA values, so no style attribute is needed.
 */
export function renderProgress(progress: LoadProgress | null): TemplateResult | typeof nothing {
  if (!progress) return nothing;
  const label = progress.phase === 'read' ? 'Reading the story' : 'Loading the story';
  const text = progressText(progress);
  const known = progress.total !== null;
  return html`<div class="message" part="progress" role="progressbar" aria-label=${label}
      aria-valuemin=${known ? 0 : nothing} aria-valuemax=${known ? progress.total! : nothing}
      aria-valuenow=${known ? progress.done : nothing} aria-valuetext=${text}>
    <progress aria-hidden="true" max=${known ? progress.total! : nothing} value=${known ? progress.done : nothing}></progress>
    <span aria-hidden="true">${text}</span>
  </div>`;
}
