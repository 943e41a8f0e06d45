/**
 * An event's picture as the editor holds it: a URL, or a file picked or dropped (kept in the draft
 * as a data: URL), with alt text, caption and credit; exported as the story format's `media`.
 */

/** A picture from a file, kept inside the draft so it is saved, undone and exported with it. */
export interface PictureFile {
  /** The file's name as picked, for the person's eyes. */
  name: string;
  /** Its MIME type: image/jpeg, image/png, image/webp, image/avif or image/svg+xml. */
  type: string;
  /** The picture itself, `data:<type>;base64,…`. */
  dataUrl: string;
}

export interface Picture {
  /** The picture's URL as typed; for a picture from a file, '' (its path is made on export). */
  src: string;
  alt: string;
  caption: string;
  credit: string;
  file?: PictureFile;
  /** The media's fields the editor has no field for (size, link, decorative, unknown ones), in their order; the edited ones hold their places as null. */
  kept?: Record<string, unknown>;
}

/** The picture types the viewer draws (docs/story-format.md, Media), by file extension. */
export const PICTURE_TYPES: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
};

/** Files past this size are refused: a draft holds its pictures, and every save writes them. */
export const MAX_PICTURE_BYTES = 5 * 2 ** 20;

const MEDIA_FIELDS = ['src', 'alt', 'caption', 'credit'];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** An opened event's `media` as a picture; what the editor does not edit is kept in its place. */
export function pictureOf(media: Record<string, unknown>): Picture {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(media)) kept[key] = MEDIA_FIELDS.includes(key) ? null : media[key];
  return { src: text(media.src), alt: text(media.alt), caption: text(media.caption), credit: text(media.credit), kept };
}

/** Where a picture from a file goes in an exported folder, and what the story's `src` says: `pictures/<event id>.<ext>`. */
export function picturePath(eventId: string, file: PictureFile): string {
  return `pictures/${eventId}.${PICTURE_TYPES[file.type] ?? 'img'}`;
}

/**
 * The story format's `media` of an event's picture: kept fields in their places, then src, alt,
 * caption and credit (empty caption and credit left out; alt always written, as the format asks,
 * unless a decorative picture opened without one).
 */
export function mediaOf(picture: Picture, eventId: string): Record<string, unknown> {
  const media: Record<string, unknown> = { ...picture.kept };
  media.src = picture.file ? picturePath(eventId, picture.file) : picture.src.trim();
  const alt = picture.alt.trim();
  if (alt || !(media.decorative === true && !('alt' in media))) media.alt = alt;
  else delete media.alt;
  for (const key of ['caption', 'credit'] as const) {
    const value = picture[key].trim();
    if (value) media[key] = value;
    else delete media[key];
  }
  return media;
}

/** The picture's bytes, from its data: URL. */
export function pictureBytes(file: PictureFile): Uint8Array {
  const base64 = file.dataUrl.slice(file.dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
