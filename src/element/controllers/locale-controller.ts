import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dateLocale } from '../../format/dates.js';
import type { Messages } from '../../i18n/en.js';
import { loadMessages, messagesFor } from '../../i18n/messages.js';
import { effectiveLang } from './lang.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected timeline, and the one observer that tells them of a lang or dir change. */
const hosts = new Set<Host>();
let observer: MutationObserver | null = null;

/** Whether `node` is `host` or contains it, across shadow roots. */
function holds(node: Node, host: Node): boolean {
  for (
    let n: Node | null = host;
    n;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)
  ) {
    if (n === node) return true;
  }
  return false;
}

function changed(records: MutationRecord[]): void {
  for (const host of hosts) {
    if (records.some((r) => holds(r.target, host))) host.requestUpdate();
  }
}

/**
 * The language and direction a timeline inherits, and its messages. The language is the nearest
 * `lang` above it and the direction its `:dir()`; both can change anywhere above, so one
 * MutationObserver on the document serves every timeline on the page (a page with 40 timelines
 * runs one observer, not 40) and updates those under the change.
 */
export class LocaleController implements ReactiveController {
  words: Messages = messagesFor('en');
  locale = 'en-GB';
  rtl = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (observer) return;
    observer = new MutationObserver(changed);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size > 0) return;
    observer?.disconnect();
    observer = null;
  }

  /** Reads the language and direction in effect, first in each update (the host adds it first). */
  hostUpdate(): void {
    const lang = effectiveLang(this.host);
    this.locale = dateLocale(lang);
    this.words = messagesFor(lang || 'en');
    // Arabic and Russian load on first use; the host renders again when they come.
    loadMessages(lang)?.then(() => this.host.requestUpdate());
    this.rtl = this.host.matches(':dir(rtl)');
  }
}
