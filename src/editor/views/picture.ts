import { html, nothing, type TemplateResult } from 'lit';
import { isSafeMediaUrl } from '../../model/media';
import type { Picture } from '../picture';
import { PICTURE_TYPES } from '../picture';
import type { PictureField } from '../edit-commands';
import { problemsList, renderField } from './fields';

export interface PictureOptions {
  /** Prefix of the ids in the card. */
  prefix: string;
  /** Where a picture from a file goes in the exported folder. */
  path: string;
  picture: Picture | undefined;
  /** The picture's problems to show now. */
  problems: readonly string[] | undefined;
  onField(field: PictureField, value: string): void;
  onFile(file: File): void;
  onRemove(): void;
  onTouch(): void;
}

/** What the thumbnail can show: the picture from a file, or one from an http(s) address. */
function thumbnailSource(picture: Picture): string | null {
  if (picture.file) return picture.file.dataUrl;
  const src = picture.src.trim();
  return /^https?:\/\//i.test(src) && isSafeMediaUrl(src) ? src : null;
}

/**
 * An event's picture: a web address or a file (picked here, or dropped on the card), with its alt
 * text (required), caption and credit, and a thumbnail. Every word typed is bound as text.
 */
export function renderPicture(o: PictureOptions): TemplateResult {
  const picture = o.picture;
  const id = `${o.prefix}-picture`;
  const thumbnail = picture ? thumbnailSource(picture) : null;
  const field = (name: PictureField, label: string, hint?: string, problems?: readonly string[]) =>
    renderField({ id: `${id}-${name}`, label, hint, problems, value: picture?.[name] ?? '', onInput: (value) => o.onField(name, value), onBlur: o.onTouch });
  return html`<fieldset class="picture">
    <legend>Picture</legend>
    ${thumbnail ? html`<img class="thumb" src=${thumbnail} alt=${picture!.alt} />` : nothing}
    ${picture?.file
      ? html`<p class="hint">
          From the file ${picture.file.name}: Export folder (.zip) writes it as ${o.path}. The preview and the one-file web page show pictures from a web
          address only.
        </p>`
      : nothing}
    ${renderField({
      id: `${id}-src`,
      label: 'Picture address (URL)',
      type: 'url',
      value: picture?.file ? '' : (picture?.src ?? ''),
      placeholder: 'https://',
      onInput: (value) => o.onField('src', value),
      onBlur: o.onTouch,
    })}
    <label for=${`${id}-file`}>Or a picture file</label>
    <input
      id=${`${id}-file`}
      type="file"
      accept=${Object.keys(PICTURE_TYPES).join(',')}
      aria-describedby=${`${id}-file-hint`}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        const file = input.files?.[0];
        if (file) o.onFile(file);
        input.value = '';
      }}
    />
    <p class="hint" id=${`${id}-file-hint`}>JPEG, PNG, WebP, AVIF or SVG, up to 5 MB; you can also drop one on the card.</p>
    ${picture
      ? html`${field('alt', 'Alt text (required)', 'What the picture shows, for readers who cannot see it.', o.problems)} ${field('caption', 'Caption')} ${field('credit', 'Credit')}
          <button type="button" @click=${o.onRemove}>Remove the picture</button>`
      : problemsList(`${id}-problems`, o.problems)}
  </fieldset>`;
}
