import type { ListInput, ListItem } from '../../model/adapt-list.js';

/** The list of events a page writes inside the element, for readers without JavaScript. */
export const LIST = ':scope > ol, :scope > ul';

/**
 * Reads a list of events from the page's markup: what each item says, not how it is laid out.
 * Text is read as text (textContent), never as HTML.
 */
export function readList(list: Element): ListInput {
  const items = [...list.children].filter((child) => child.localName === 'li');
  return {
    title: list.getAttribute('aria-label') ?? '',
    items: items.map(readItem),
  };
}

function readItem(li: Element): ListItem {
  const times = [...li.querySelectorAll('time')].map(
    (time) => time.getAttribute('datetime') ?? clean(time.textContent),
  );
  const strong = li.querySelector('strong');
  const links = [...li.querySelectorAll('a[href]')].map((a) => ({
    url: (a as HTMLAnchorElement).href,
    text: clean(a.textContent),
  }));
  // The summary is the item's text without its dates, title and links.
  const rest = li.cloneNode(true) as Element;
  for (const part of rest.querySelectorAll('time, strong, a')) part.remove();
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries((li as HTMLElement).dataset ?? {})) {
    if (value !== undefined) data[key] = value;
  }
  return {
    times,
    title: strong ? clean(strong.textContent) : null,
    summary: clean(rest.textContent).replace(/^[\s–—-]+|[\s–—-]+$/g, ''),
    data,
    links,
  };
}

const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
