import { describeType, quoteValue } from './describe-value.js';
import { isRecord } from './is-record.js';
import type { IssueLog } from './issue-log.js';
import { pathOf } from './json-path.js';
import { readText } from './read-text.js';
import type { Media, MediaSite } from './types.js';
import { safeUrl } from './urls.js';

const IMAGE = /\.(jpe?g|png|webp|avif|gif)$/i;

/** Hosts of the pages a link card names, by the end of their host name. */
const SITES: [RegExp, MediaSite][] = [
  [/(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com)$/, 'youtube'],
  [/(^|\.)vimeo\.com$/, 'vimeo'],
  [/(^|\.)(twitter\.com|x\.com)$/, 'twitter'],
  [/(^|\.)wikipedia\.org$/, 'wikipedia'],
];

/** An http: or https: address, or a relative one; null for any other scheme (mailto: too). */
export function safeMediaUrl(raw: string): string | null {
  const url = safeUrl(raw);
  return url && !/^mailto:/i.test(url) ? url : null;
}

/** What a media URL is: an image by its path's extension, or a link card to a site. */
export function mediaKind(url: string): Pick<Media, 'kind' | 'site' | 'host'> {
  // Relative URLs (the demo's `/demo/media/…`) are read against a base that is never fetched.
  const parsed = new URL(url, 'https://relative.invalid/');
  const host = parsed.hostname === 'relative.invalid' ? '' : parsed.hostname.replace(/^www\./, '');
  if (IMAGE.test(parsed.pathname)) return { kind: 'image', site: null, host };
  const site = SITES.find(([pattern]) => pattern.test(host))?.[1] ?? 'page';
  return { kind: 'link', site, host };
}

/**
 * Reads `media` ({ url, alt, caption, credit, link }) at `path`. A refused or missing url leaves
 * the media out with a warning; an image without alt is kept as decorative, with a warning.
 */
export function readMedia(value: unknown, path: string, log: IssueLog): Media | null {
  if (value == null) return null;
  if (!isRecord(value)) {
    log.warn(
      path,
      `media should be an object such as { "url": "…", "alt": "…" }, not ${describeType(value)}; it is left out`,
    );
    return null;
  }
  const urlPath = pathOf(path, 'url');
  const rawUrl = readText(value.url, urlPath, log);
  if (!rawUrl) {
    log.warn(urlPath, 'media needs a url; it is left out');
    return null;
  }
  const url = safeMediaUrl(rawUrl);
  if (!url) {
    log.warn(
      urlPath,
      `${quoteValue(value.url)} is not an http or https address; the media is left out`,
    );
    return null;
  }
  const kind = mediaKind(url);
  const alt = readText(value.alt, pathOf(path, 'alt'), log);
  if (kind.kind === 'image' && !alt) {
    log.warn(
      pathOf(path, 'alt'),
      'an image needs alt text saying what it shows; without it, it is shown as decorative',
    );
  }
  return {
    ...kind,
    url,
    alt,
    caption: readText(value.caption, pathOf(path, 'caption'), log),
    credit: readText(value.credit, pathOf(path, 'credit'), log),
    link: readLink(value.link, pathOf(path, 'link'), log),
  };
}

function readLink(value: unknown, path: string, log: IssueLog): string | null {
  const raw = readText(value, path, log);
  if (!raw) return null;
  const link = safeMediaUrl(raw);
  if (!link)
    log.warn(path, `${quoteValue(value)} is not an http or https link; the link is left out`);
  return link;
}
