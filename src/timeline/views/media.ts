import { html, nothing, type TemplateResult } from 'lit';
import { ENGLISH, type Translation } from '../../i18n';
import { isSafeMediaUrl, type Media } from '../../model/media';
import { geometry } from './geometry';
import { isolate } from './isolate';

/** A picture that fails to load keeps its box, caption and credit, and says so in words. */
function onBroken(event: Event): void {
  // An attribute only CSS reads (Lit binds none on the figure): hides the broken picture, shows the note.
  (event.currentTarget as HTMLElement).closest('figure')?.setAttribute('data-broken', '');
}

/**
 * An event's picture with its caption and credit: lazy (eager in the print list, built only when
 * printing, which needs it at once), asynchronous, sent with no referrer, and its box reserved by
 * width and height so nothing jumps when it loads, or fails to.
 */
export function renderMedia(media: Media | undefined, t: Translation = ENGLISH, loading: 'lazy' | 'eager' = 'lazy'): TemplateResult | typeof nothing {
  // Validated in the model; checked again here so no other path can bring in a script URL.
  if (!media || !isSafeMediaUrl(media.src)) return nothing;
  const link = media.link && isSafeMediaUrl(media.link) ? media.link : null;
  const image = html`<img
    src=${media.src}
    alt=${media.decorative ? '' : media.alt}
    width=${media.width ?? nothing}
    height=${media.height ?? nothing}
    loading=${loading}
    decoding="async"
    referrerpolicy="no-referrer"
    @error=${onBroken}
    ${geometry(media.width !== undefined ? { '--_media-width': `${media.width}px` } : {})}
  />`;
  return html`<figure class="media" part="media" ?data-sized=${media.width !== undefined && media.height !== undefined}>
    <div class="media-frame">
      ${link ? html`<a href=${link} target="_blank" rel="noopener noreferrer">${image}</a>` : image}
      <p class="media-broken">${media.decorative || !media.alt ? t.t('imageUnavailable') : t.t('imageUnavailableAlt', { alt: media.alt })}</p>
    </div>
    ${media.caption || media.credit
      ? html`<figcaption>${media.caption ? isolate(media.caption) : nothing}${media.caption && media.credit ? ' ' : nothing}${media.credit ? html`<span class="media-credit">${isolate(media.credit)}</span>` : nothing}</figcaption>`
      : nothing}
  </figure>`;
}
