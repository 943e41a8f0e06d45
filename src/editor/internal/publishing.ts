import viewerCode from 'virtual:history-timeline-bundle';
import type { DocumentController } from '../controllers/document-controller';
import { validateStory } from '../../model/validate';
import { embedSnippet, storyJson } from '../export';
import { exportFiles, filePicturesLeftOut, folderZip, iframeSnippet, webPage, webPageExported, withoutFilePictures } from '../publish';
import type { Confirmation, CopyKind, ExportKind } from '../views/export';
import { thingsToFix, type Readiness } from '../readiness';
import { count } from '../words';
import type { EditorHost, EditorStatus } from './editor-internals';

/** What publishing reads from the editor's inside. */
export interface PublishingEditor {
  readonly host: EditorHost;
  readonly docs: DocumentController;
  readonly status: Readonly<EditorStatus>;
  show(change: Partial<EditorStatus>): void;
  revealProblems(): void;
  /** What stands between the draft and a page, as the line beside Export says it. */
  readiness(): Readiness;
  /** The page's language, for the exported page. */
  lang(): string;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Publishing a draft: "Export web page", "Export folder (.zip)", the story file, the copied
 * snippets and the full preview, each only once the draft has no problem that stops it.
 */
export class Publishing {
  constructor(private readonly editor: PublishingEditor) {}

  /** Writes what `kind` asks for (the web page, the folder, the story file); with problems, lists them instead. */
  async exportAs(kind: ExportKind): Promise<void> {
    if (!this.readyToExport()) return;
    const input = this.editor.docs.story;
    const files = exportFiles(input.title);
    if (kind === 'json') {
      saveFile(new Blob([storyJson(input)], { type: 'application/json' }), files.json);
    } else {
      const story = validateStory(structuredClone(kind === 'page' ? withoutFilePictures(input, this.editor.docs.doc) : input)).story!;
      if (kind === 'page') {
        saveFile(new Blob([webPage(story, { lang: this.editor.lang(), viewer: { inline: viewerCode } })], { type: 'text/html' }), files.page);
      } else {
        this.editor.show({ busy: 'zip' });
        // Let "Export folder" show it is busy before the main thread zips.
        await nextTask();
        const zip = folderZip(this.editor.docs.doc, story, input, viewerCode, this.editor.lang());
        this.editor.show({ busy: null });
        saveFile(new Blob([zip as BlobPart], { type: 'application/zip' }), files.zip);
      }
    }
    // The ids went out: links to them must keep working.
    this.editor.docs.freezeIds();
    this.confirm(kind, kind === 'page' ? webPageExported(files.page, filePicturesLeftOut(this.editor.docs.doc)) : `Exported ${files[kind]}.`);
  }

  /** Opens the web page exactly as Export writes it, in a new tab. */
  openFullPreview(): void {
    if (!this.readyToExport()) return;
    const story = validateStory(structuredClone(withoutFilePictures(this.editor.docs.story, this.editor.docs.doc))).story!;
    const url = URL.createObjectURL(new Blob([webPage(story, { lang: this.editor.lang(), viewer: { inline: viewerCode } })], { type: 'text/html' }));
    window.open(url, '_blank');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.editor.show({ announcement: 'The full preview opened in a new tab.' });
  }

  async copyAs(kind: CopyKind): Promise<void> {
    if (kind === 'json' && !this.readyToExport()) return;
    const what = { json: 'The story JSON', embed: 'The embed snippet', iframe: 'The iframe snippet' }[kind];
    try {
      await navigator.clipboard.writeText(kind === 'json' ? storyJson(this.editor.docs.story) : kind === 'embed' ? embedSnippet(this.editor.docs.story.title) : this.iframe());
      // The story copied is the story exported: its ids may be published from there.
      if (kind === 'json') this.editor.docs.freezeIds();
      this.confirm(`copy-${kind}`, 'Copied.', `${what} is copied.`);
    } catch {
      this.confirm(`copy-${kind}`, 'Not copied: select it and copy it yourself.', `${what} could not be copied here; select it and copy it yourself.`);
    }
  }

  /** The iframe snippet, as tall as the preview's timeline and what the page puts above it. */
  iframe(): string {
    return iframeSnippet(exportFiles(this.editor.docs.doc.meta.title).page, this.editor.docs.doc.meta.title.trim(), this.previewHeight + PAGE_HEADER_PX);
  }

  /** The preview's height, for the iframe snippet; kept up to date by a ResizeObserver. */
  private previewHeight = 480;
  private readonly previewSize = typeof ResizeObserver === 'function'
    ? new ResizeObserver(([entry]) => {
        const height = Math.ceil(entry.borderBoxSize[0].blockSize);
        if (height > 0 && height !== this.previewHeight) {
          this.previewHeight = height;
          this.editor.host.requestUpdate();
        }
      })
    : null;
  private observedPreview: Element | null = null;

  /** After each render: the preview drawn now is the one measured. */
  updated(): void {
    const preview = this.editor.host.renderRoot.querySelector('.preview history-timeline');
    if (preview === this.observedPreview) return;
    if (this.observedPreview) this.previewSize?.unobserve(this.observedPreview);
    if (preview) this.previewSize?.observe(preview);
    this.observedPreview = preview;
  }

  /**
   * Export may go ahead: events checked and no problem; else each problem shows beside its field,
   * and the line beside Export, which already names what to fix, takes the focus: one place says it.
   */
  private readyToExport(): boolean {
    const problems = this.editor.docs.problems;
    if (problems.unchecked || this.editor.docs.story.events.length === 0) return false;
    if (!problems.blocking.length) return true;
    this.editor.revealProblems();
    const n = thingsToFix(this.editor.readiness());
    this.editor.show({ confirmation: null, announcement: `Nothing exported: ${count(n, 'thing', 'things')} to fix, named beside Export.` });
    void this.editor.host.updateComplete.then(() => this.editor.host.renderRoot.querySelector<HTMLElement>('#export-state')?.focus());
    return false;
  }

  /** Says what an export or copy did, next to its button and in the polite live region. */
  private confirm(action: Confirmation['action'], text: string, announcement = text): void {
    this.editor.show({ confirmation: { action, text }, announcement });
  }
}

/**
 * What the exported page puts above the timeline (px): 96 measured at 1280 px for a one-line title
 * and source line (16 above, 32 + 8 the title, 24 + 16 the source line), and room for both to take
 * a second line. Room to spare is not lost: the timeline takes it (the room its static HTML held).
 */
const PAGE_HEADER_PX = 144;

/** Saves `blob` as a file named `name` (a download). */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
