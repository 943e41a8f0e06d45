import { strToU8, zipSync, type Zippable } from 'fflate';
import { datePhrase } from '../model/date-phrase';
import { parseEdtf } from '../model/edtf';
import type { Story, StoryEventInput, StoryInput } from '../model/types';
import { escapeHtml, renderStaticHtml } from '../render/static-html';
import type { EditorDocument } from './document';
import { publishedId } from './event-ids';
import { slugOf, storyJson } from './export';
import { pictureBytes, picturePath } from './picture';
import { listed } from './words';

/**
 * What "Export web page" and "Export folder (.zip)" write: a page that reads without JavaScript
 * (the story's events as static HTML inside the element, for readers and search engines), that
 * the viewer then draws from the story inline (no second request), and that opens from a disk as
 * from any static host. Strings and bytes only; the element saves them.
 */

export interface PageOptions {
  /** The language of the page and of the viewer's words and dates. */
  lang: string;
  /** How the viewer is brought in: its code inline (one file), or a module beside the page. */
  viewer: { inline: string } | { src: string };
}

/** A module's code made safe inside `<script>`: no `</script` or `<!--` can end or bend the element. */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const MAX_DESCRIPTION = 160;

/** The page's meta description: what the timeline covers and where its words come from, in at most 160 characters. */
export function pageDescription(story: Story, lang = 'en'): string {
  const events = story.events;
  const first = events[0]?.calendar;
  const last = events[events.length - 1]?.calendar;
  const span = first && last ? `, ${datePhrase(first, lang)} to ${datePhrase(last, lang)}` : '';
  const source = story.sources[0];
  const from = source ? `, each with the words of ${source.publisher ?? source.title}` : '';
  const text = `A timeline of ${events.length} ${events.length === 1 ? 'event' : 'events'}${span}${from}.`;
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…`;
}

/** "From “Title”, Publisher, 3 July 2025." with a link to the article when it has an http(s) URL. */
function sourceLine(story: Story, lang: string): string {
  const source = story.sources[0];
  if (!source) return '';
  const parts = [`From “${escapeHtml(source.title)}”`];
  if (source.publisher) parts.push(escapeHtml(source.publisher));
  const published = source.published ? parseEdtf(source.published) : null;
  if (published?.ok) parts.push(escapeHtml(datePhrase(published.value, lang)));
  const link = source.url && /^https?:\/\//i.test(source.url) ? ` <a href="${escapeHtml(source.url)}">Read the article</a>` : '';
  return `<p class="source">${parts.join(', ')}.${link}</p>`;
}

/** The key of the message a framed page sends with its height. */
export const FRAME_HEIGHT_MESSAGE = 'history-timeline-page-height';
/** The tallest a framed page may make its frame (px): a bound on what a message can ask. */
export const MAX_FRAME_HEIGHT = 20_000;

// No padding below: the timeline keeps the room its static HTML took down to the screen's bottom, so any below it would scroll (16 px inside the iframe snippet's frame).
const PAGE_STYLE = `:root{color-scheme:light dark}
body{margin:0 auto;max-width:1100px;padding:16px 16px 0;font-family:system-ui,sans-serif;line-height:1.5;background:Canvas;color:CanvasText}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .5rem}
.source{margin:0 0 1rem;color:light-dark(#57606a,#a4adb8)}
.source a{color:light-dark(#0b5cad,#6cb6ff)}
history-timeline{display:block}`;

/**
 * Framed, the page tells the page around it how tall it is, each time that changes, so the iframe
 * snippet's script can fit the frame to it at any width (a phone's chronology is far taller than a
 * desktop's timeline). It says only its height, to whoever framed it.
 */
const FRAME_HEIGHT_SCRIPT = `if(parent!==window&&typeof ResizeObserver=='function')new ResizeObserver(function(){parent.postMessage({'${FRAME_HEIGHT_MESSAGE}':Math.ceil(document.body.getBoundingClientRect().height)},'*')}).observe(document.body)`;

/** The web page of `story` (validated), titled with it, the viewer inline or beside it. */
export function webPage(story: Story, options: PageOptions): string {
  const { lang } = options;
  const title = escapeHtml(story.title);
  const viewer = 'inline' in options.viewer
    ? `<script type="module">${inlineScript(options.viewer.inline)}</script>`
    : `<script type="module" src="${escapeHtml(options.viewer.src)}"></script>`;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${escapeHtml(pageDescription(story, lang))}">
<meta name="generator" content="history-timeline editor">
<style>${PAGE_STYLE}</style>
${viewer}
</head>
<body>
<main>
<h1>${title}</h1>
${sourceLine(story, lang)}
<history-timeline heading-level="2">
${renderStaticHtml(story, { headingLevel: 2, lang })}</history-timeline>
</main>
<script>${FRAME_HEIGHT_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * Fits each frame to the height its page reports: only a frame's own page is heard (the message's
 * source is its window), and only a number. Classic script, so a CMS that allows one runs it as is.
 */
const FIT_FRAME_SCRIPT = `addEventListener('message',function(e){var h=e.data&&e.data['${FRAME_HEIGHT_MESSAGE}'];if(typeof h!='number'||!(h>0))return;var f=document.getElementsByTagName('iframe');for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.min(Math.ceil(h),${MAX_FRAME_HEIGHT})+'px'})`;

/**
 * The `<iframe>` for a CMS: the page by its file name, as wide as the column, `height` px tall
 * (what a desktop column needs: the height where a CMS strips the script), loaded when near, and
 * a script that fits the frame to its page's own height at any width, so it never scrolls inside.
 */
export function iframeSnippet(fileName: string, title: string, height: number): string {
  return `<iframe src="${escapeHtml(fileName)}" title="${escapeHtml(`Timeline: ${title}`)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>\n<script>${FIT_FRAME_SCRIPT}</script>`;
}

/** File names of what Export writes, from the story's title. */
export function exportFiles(title: string): { page: string; zip: string; json: string } {
  const slug = slugOf(title);
  return { page: `${slug}.html`, zip: `${slug}.zip`, json: `${slug}.story.json` };
}

/**
 * The story without the pictures from files: what the preview and the one-file page show, since
 * the viewer takes pictures from web addresses (and relative ones, which only the folder has).
 */
export function withoutFilePictures(story: StoryInput, doc: EditorDocument): StoryInput {
  const fromFiles = new Set(doc.candidates.filter((c) => c.media?.file).map((c) => publishedId(doc, c.id)));
  if (fromFiles.size === 0) return story;
  const omitted = (event: StoryEventInput): StoryEventInput => {
    const { media: _fromFile, ...rest } = event;
    return rest;
  };
  return { ...story, events: story.events.map((event) => (fromFiles.has(event.id) ? omitted(event) : event)) };
}

/** Titles of the accepted events whose picture is from a file: the one-file web page leaves those pictures out. */
export const filePicturesLeftOut = (doc: EditorDocument): string[] =>
  doc.candidates.filter((c) => c.status === 'accepted' && c.media?.file).map((c) => c.title.trim());

/**
 * What "Export web page" says it did: the file, and the pictures from files it left out (a
 * person who picked one would otherwise publish the page without it, unwarned).
 */
export function webPageExported(file: string, leftOut: readonly string[]): string {
  if (leftOut.length === 0) return `Exported ${file}.`;
  const named = leftOut.slice(0, 3).map((t) => `“${t}”`);
  const more = leftOut.length - named.length;
  const whose = more > 0 ? `${named.join(', ')} and ${more} more` : listed(named);
  const pictures = leftOut.length === 1 ? 'the picture from a file of' : 'the pictures from files of';
  return `Exported ${file}, without ${pictures} ${whose}: Export folder (.zip) has ${leftOut.length === 1 ? 'it' : 'them'}; a picture with a web address goes in the page.`;
}

/** The pictures from files of the accepted events: where each goes in the folder, and its bytes. */
export function pictureFiles(doc: EditorDocument): { path: string; bytes: Uint8Array }[] {
  return doc.candidates
    .filter((c) => c.status === 'accepted' && c.media?.file)
    .map((c) => ({ path: picturePath(publishedId(doc, c.id), c.media!.file!), bytes: pictureBytes(c.media!.file!) }));
}

/**
 * The folder for developers, zipped: index.html (the page, with the viewer beside it),
 * history-timeline.js, the story as `<slug>.story.json`, and the pictures from files under pictures/.
 */
export function folderZip(doc: EditorDocument, story: Story, input: StoryInput, viewerCode: string, lang: string): Uint8Array {
  const files: Zippable = {
    'index.html': strToU8(webPage(story, { lang, viewer: { src: 'history-timeline.js' } })),
    'history-timeline.js': strToU8(viewerCode),
    [exportFiles(input.title).json]: strToU8(storyJson(input)),
  };
  for (const picture of pictureFiles(doc)) files[picture.path] = [picture.bytes, { level: 0 }];
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
