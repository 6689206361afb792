import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/en.js';
import type { Media, MediaSite } from '../../model/types.js';

/** The word a link card shows before its host, by site. */
const SITE_WORDS: Record<MediaSite, 'video' | 'post' | 'article' | 'page'> = {
  youtube: 'video',
  vimeo: 'video',
  twitter: 'post',
  wikipedia: 'article',
  page: 'page',
};

/**
 * An event's or the timeline's media: a picture in a box of fixed aspect ratio with its caption
 * and credit, or a link card. Never an iframe: nothing from another site runs on the page. Every
 * piece of data is bound as text or as an attribute.
 */
export function renderMedia(media: Media, words: Messages) {
  return media.kind === 'image' ? renderPicture(media, words) : renderCard(media, words);
}

function renderPicture(media: Media, words: Messages) {
  const img = html`<img src=${media.url} alt=${media.alt} loading="lazy" decoding="async"
    @error=${hideFrame} @load=${showFrame} />`;
  return html`<figure class="media">
    <div class="frame">
      ${
        media.link
          ? html`<a href=${media.link} target="_blank" rel="noopener noreferrer"
              aria-label=${media.alt ? nothing : media.caption || words.pictureLink}>${img}</a>`
          : img
      }
    </div>
    ${renderCaption(media)}
  </figure>`;
}

function renderCard(media: Media, words: Messages) {
  const site = words[SITE_WORDS[media.site ?? 'page']];
  return html`<figure class="media">
    <a class="media-card" href=${media.url} target="_blank" rel="noopener noreferrer">
      <span class="media-site">${site}${media.host ? html` · <span class="media-host">${media.host}</span>` : nothing}</span>
      <span class="media-title">${media.caption || media.alt || media.url}</span>
    </a>
    ${media.credit ? html`<figcaption><small class="credit">${media.credit}</small></figcaption>` : nothing}
  </figure>`;
}

function renderCaption({ caption, credit }: Media) {
  if (!caption && !credit) return nothing;
  return html`<figcaption>
    ${caption ? html`<span class="caption">${caption}</span>` : nothing}
    ${credit ? html`<small class="credit">${credit}</small>` : nothing}
  </figcaption>`;
}

/** A picture that cannot load leaves its caption and credit, and no broken-image icon. */
function hideFrame(event: Event) {
  const frame = (event.target as HTMLElement).closest('.frame');
  if (frame) (frame as HTMLElement).hidden = true;
}

/** The next picture shown in the same place (another event's) shows again once it loads. */
function showFrame(event: Event) {
  const frame = (event.target as HTMLElement).closest('.frame');
  if (frame) (frame as HTMLElement).hidden = false;
}
