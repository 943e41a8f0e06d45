/**
 * An event's picture: the story format's optional `media` on an event. Images only (JPEG, PNG,
 * WebP, AVIF, SVG), drawn with `<img>`, so nothing in them runs. Pure: never touches `document`.
 */
import { read } from './validation/json-read';
import { type Said, describe, kind } from './validation/problems';

export interface Media {
  /** An http(s) URL, or a URL relative to the page. */
  src: string;
  /** What the picture shows; empty only when `decorative`. */
  alt: string;
  caption?: string;
  /** Who made the picture, shown with it. */
  credit?: string;
  /** Intrinsic size in px, so the box is reserved before the picture loads. */
  width?: number;
  height?: number;
  /** Where the picture leads when activated: an http(s) or relative URL. */
  link?: string;
  /** The picture adds nothing to the words around it: screen readers skip it (empty alt). */
  decorative?: boolean;
}

/** Reports one problem: the JSON path of the offending value, and the message (validation/messages.ts). */
export type MediaProblem = (path: string, said: Said) => void;

/** Widths and heights above this are refused: no story picture needs them, and they would break the layout. */
export const MAX_MEDIA_PX = 10_000;
/** Caption, credit and alt past this length are refused. */
export const MAX_MEDIA_TEXT = 2_000;
/** Any base will do: it only tells a relative URL from one with a scheme of its own. */
const PROBE_BASE = 'https://relative.invalid/';

/**
 * True for an http(s) URL or a relative one (`maps/kabul.svg`, `/img/a.png`, `//cdn.example/a.png`);
 * false for any other scheme (`javascript:`, `data:`, `file:`) and for text no browser would read
 * as one URL (spaces, control characters).
 */
export function isSafeMediaUrl(text: string): boolean {
  if (text.trim() === '' || /[\u0000-\u0020\u007f]/.test(text)) return false;
  try {
    const protocol = new URL(text, PROBE_BASE).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Checks an event's `media` and returns what can be shown, or null when nothing can: a bad `src`,
 * or an `alt` missing from a picture that is not `decorative`. A bad optional field (caption,
 * credit, size, link) is left out with its own problem and the rest kept. Never throws; each
 * problem names the field and `owner` (e.g. `Event "kabul"`). The event itself is always kept.
 */
export function validateMedia(value: unknown, path: string, report: MediaProblem, owner: Said | string = 'This event'): Media | null {
  const name: Said = ['the', owner, 'media'];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(path, ['mediaNotObject', name, kind(value)]);
    return null;
  }
  let ok = true;
  const src = read(value, 'src');
  if (typeof src !== 'string' || src.trim() === '') {
    report(`${path}.src`, ['mediaNoSrc', name]);
    ok = false;
  } else if (!isSafeMediaUrl(src)) {
    report(`${path}.src`, ['mediaBadSrc', name, describe(src)]);
    ok = false;
  }

  const decorativeValue = read(value, 'decorative');
  let decorative = false;
  if (decorativeValue !== undefined && typeof decorativeValue !== 'boolean') {
    report(`${path}.decorative`, ['mediaBadDecorative', name, describe(decorativeValue)]);
  } else decorative = decorativeValue === true;

  const alt = read(value, 'alt');
  if (alt !== undefined && typeof alt !== 'string') {
    report(`${path}.alt`, ['mediaAltNotString', name, kind(alt)]);
    ok = false;
  } else if (!decorative && (alt === undefined || alt.trim() === '')) {
    report(`${path}.alt`, ['mediaNoAlt', name]);
    ok = false;
  } else if (typeof alt === 'string' && alt.length > MAX_MEDIA_TEXT) {
    report(`${path}.alt`, ['mediaLongAlt', name, alt.length]);
    ok = false;
  }
  if (!ok) return null;

  const media: Media = { src: src as string, alt: decorative ? '' : (alt as string) };
  if (decorative) media.decorative = true;
  for (const key of ['caption', 'credit'] as const) {
    const text = read(value, key);
    if (text === undefined) continue;
    if (typeof text !== 'string') report(`${path}.${key}`, ['mediaTextNotString', name, key, kind(text)]);
    else if (text.length > MAX_MEDIA_TEXT) report(`${path}.${key}`, ['mediaLongText', name, key, text.length]);
    else if (text.trim() !== '') media[key] = text;
  }
  const sizes: { width?: number; height?: number } = {};
  for (const key of ['width', 'height'] as const) {
    const size = read(value, key);
    if (size === undefined) continue;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > MAX_MEDIA_PX) {
      report(`${path}.${key}`, ['mediaBadSize', name, key, describe(size)]);
    } else sizes[key] = size;
  }
  // One side alone gives no aspect ratio, and the box would still jump: keep both or neither.
  if (sizes.width !== undefined && sizes.height !== undefined) {
    media.width = sizes.width;
    media.height = sizes.height;
  } else if (sizes.width !== undefined || sizes.height !== undefined) {
        const missing = sizes.width === undefined ? 'width' : 'height';
    report(`${path}.${missing}`, ['mediaHalfSize', name, missing === 'width' ? 'height' : 'width', missing]);
  }
  const link = read(value, 'link');
  if (link !== undefined) {
    if (typeof link !== 'string' || !isSafeMediaUrl(link)) {
      report(`${path}.link`, ['mediaBadLink', name, describe(link)]);
    } else media.link = link;
  }
  return media;
}

/** An event's media, read where the model may not carry it yet: undefined when absent. */
export function mediaOf(event: object): Media | undefined {
  const media = read(event, 'media');
  return typeof media === 'object' && media !== null && typeof (media as Media).src === 'string' ? (media as Media) : undefined;
}
