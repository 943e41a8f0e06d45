import { isSafeMediaUrl, type Media } from '../../model/media';
import { type Problem } from '../../model/types';
import { htmlLinks, htmlToText } from '../html-text';
import { type Slide } from './slides';
import { type ReportItem } from '../timelinejs';

/** A slide's media: kept as the event's picture when it is an image, else named in the report. */

export const VIDEO = /youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com|\.mp4(\?|$)|\.webm(\?|$)|\.mov(\?|$)|twitch\.tv|wistia/i;
export const IMAGE = /\.(jpe?g|png|gif|webp|svg|avif)(\?|#|$)/i;
// Pages that show a picture, which TimelineJS looks up through their sites' APIs: not a picture URL an <img> can draw.
export const IMAGE_PAGE = /flickr\.com|imgur\.com|instagram\.com/i;

/** What a media URL is, for the report: "image", "video embed", "map", "tweet", … */
export function mediaKind(url: string): string {
  if (VIDEO.test(url)) return 'video embed';
  if (/google\.[a-z.]+\/maps|maps\.google\.|openstreetmap\.org/i.test(url)) return 'map';
  if (/(^|\/\/|\.)(twitter\.com|x\.com)\//i.test(url)) return 'tweet';
  if (IMAGE_PAGE.test(url)) return 'image page';
  if (IMAGE.test(url)) return 'image';
  if (/soundcloud\.com|spotify\.com|wikipedia\.org/i.test(url)) return 'embed';
  if (/^\s*</.test(url)) return 'HTML embed';
  return 'media';
}

/** Why a slide's media was not kept as its picture, for the report. */
export function notKept(kind: string, url: string): string {
  if (kind === 'image' && isSafeMediaUrl(url)) return `image ${url}: the title slide is not an event, so its picture was not kept`;
  if (kind === 'image') return `image ${url} is not an http(s) or relative URL, so it was not kept`;
  if (kind === 'image page') return `image page ${url}: a page, not a picture file; give the picture's own URL to keep it`;
  return `${kind} ${url} (only pictures are kept)`;
}


/** Where a field of a slide is: `events[2].media.caption` in JSON, `row 4, Media Caption` in a sheet. */
export function at(slide: Slide, jsonPath: string, column: string): string {
  return slide.type === undefined ? `${slide.path}.${jsonPath}` : `${slide.path}, ${column}`;
}

export const MEDIA_COLUMNS = { credit: 'Media Credit', caption: 'Media Caption', thumbnail: 'Media Thumbnail', alt: 'Alt Text' };

/**
 * An image slide's picture as our media: its caption and credit as text, its alt text, else its
 * caption, else its headline standing in (a problem asks for real alt text). Undefined when the
 * slide's media is not a picture an <img> can draw.
 */
export function pictureOf(slide: Slide, headline: string, problems: Problem[]): Media | undefined {
  const url = slide.media?.url?.trim() ?? '';
  if (!url || mediaKind(url) !== 'image' || !isSafeMediaUrl(url)) return undefined;
  const caption = htmlToText(slide.media?.caption);
  const credit = htmlToText(slide.media?.credit);
  let alt = htmlToText(slide.media?.alt);
  if (!alt) {
    alt = caption || headline;
    const from = caption ? 'caption' : 'headline';
    problems.push({ path: at(slide, 'media.alt', 'Alt Text'), message: `${slide.path}: the picture has no alt text, so its ${from} stands in for it ("${alt}"); say what the picture shows.` });
  }
  const media: Media = { src: url, alt };
  if (caption) media.caption = caption;
  if (credit) media.credit = credit;
  return media;
}

/** Reports what of a slide is not carried over; `kept` is the picture kept as its media, if any. */
export function reportSlideExtras(slide: Slide, report: ReportItem[], kept?: Media): void {
  const m = slide.media;
  const url = m?.url?.trim();
  if (url && !kept) report.push({ path: at(slide, 'media', 'Media'), what: mediaKind(url) === 'video embed' ? 'video' : 'media', detail: notKept(mediaKind(url), url) });
  for (const key of ['credit', 'caption', 'thumbnail', 'alt'] as const) {
    if (kept && key !== 'thumbnail') continue;
    const value = m?.[key];
    if (value && value.trim()) report.push({ path: at(slide, `media.${key}`, MEDIA_COLUMNS[key]), what: `media ${key}`, detail: htmlToText(value) || value.trim() });
  }
  if (slide.group && slide.group.trim()) report.push({ path: at(slide, 'group', 'Group'), what: 'group', detail: `"${slide.group.trim()}" (our format has no groups yet)` });
  if (slide.background && slide.background.trim()) report.push({ path: at(slide, 'background', 'Background'), what: 'background', detail: slide.background.trim() });
  for (const link of htmlLinks(slide.text)) report.push({ path: at(slide, 'text', 'Text'), what: 'link', detail: `link to ${link} (kept as its text only)` });
}
