import { viewToIso } from '../../layout/view.js';
import type { Issue } from '../../model/types.js';
import {
  fitToData,
  formatUrlState,
  linkWindow,
  parseUrlState,
  type UrlState,
} from '../../model/url-state.js';
import type { DataController } from './data-controller.js';
import type { Host } from './host.js';
import type { SelectionController } from './selection-controller.js';
import type { SizeController } from './size-controller.js';
import type { ViewController } from './view-controller.js';

/** What the URL carries of the host: its id, the selection, the window, the search, the filter. */
export type UrlLinkHost = Host & {
  hashLinks: boolean;
  selected: string;
  viewStart: string;
  viewEnd: string;
  /** Optional until the search and the filter are merged in: a host without them has neither. */
  query?: string;
  categories?: string[];
};

export interface UrlLinkOptions {
  loader: DataController;
  size: SizeController;
  viewer: ViewController;
  selection: SelectionController;
}

/** Moves of the window and keystrokes in the search are written once they pause this long. */
const SETTLE_MS = 300;
/** The path of the issues a link raises: the status line shows "URL: view '…' is not a window". */
const PATH = 'URL';

/**
 * With hash-links, keeps the URL's hash and what the reader sees in step: the selected event,
 * the window, the search and the categories shown (model/url-state.ts has the format). It reads
 * the hash once each dataset is measured and on hashchange; it writes it with
 * history.replaceState (no history entries: Back leaves the page, as before), at once for the
 * selection and the categories, and once the window and the search have paused. It updates after
 * the selection, so a window in the link wins over the one that brings its event into view.
 * A chunk loaded on first use (url-state-controller.ts asks for it).
 */
export class UrlLink {
  private version = -1;
  /** Waiting for the dataset to be measured before reading the hash. */
  private pending = false;
  /** The state last seen in an update, to tell what changed: null until the hash was read. */
  private seen: { now: string; soon: string } | null = null;
  private timer = 0;

  constructor(
    private readonly host: UrlLinkHost,
    private readonly o: UrlLinkOptions,
  ) {
    this.connect();
  }

  connect(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  disconnect(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.timer);
    this.timer = 0;
  }

  /** Each dataset, once measured, shows what the hash names, from its first render. */
  update(): void {
    const { loader } = this.o;
    if (loader.dataset !== this.version) {
      this.version = loader.dataset;
      this.pending = this.host.hashLinks;
      this.seen = null;
    }
    if (loader.model && this.pending && this.o.size.measured) {
      this.pending = false;
      const event = parseUrlState(location.hash, this.host.id)?.state.event;
      if (event && loader.indexOf(event) >= 0) this.o.selection.openLinked(event);
      this.read(false);
    }
  }

  /** A changed selection or filter is written now; a moving window or search once it pauses. */
  updated(): void {
    if (!this.host.hashLinks || !this.o.loader.model || this.pending) return;
    const before = this.seen;
    const seen = this.snapshot();
    this.seen = seen;
    if (!before) return;
    if (seen.now !== before.now) this.write();
    else if (seen.soon !== before.soon) {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.write(), SETTLE_MS);
    }
  }

  /**
   * A new hash for this timeline selects its event, applies the rest and brings the timeline into
   * view, all before the host updates: an update in between would write the state it replaces.
   */
  private onHashChange = (): void => {
    if (!this.host.hashLinks || !this.o.loader.model || this.pending) return;
    const reading = parseUrlState(location.hash, this.host.id);
    const event = reading?.state.event;
    if (event && this.o.loader.indexOf(event) >= 0) this.o.selection.select(event);
    this.read(true);
    if (reading)
      this.host.updateComplete.then(() => this.host.scrollIntoView({ block: 'nearest' }));
  };

  /** Applies what the hash names for this timeline, and says what it could not use. */
  private read(animate: boolean): void {
    const reading = parseUrlState(location.hash, this.host.id);
    // A hash for another timeline, or none: what the last link said of this one no longer holds.
    if (!reading) {
      this.report([]);
      return;
    }
    const { state } = reading;
    const { loader } = this.o;
    const shown = fitToData(state, {
      event: (id) => loader.indexOf(id) >= 0,
      categories: new Set(loader.model?.categories.map((c) => c.id)),
    });
    this.showView(state.view, reading.badView, animate);
    const { host } = this;
    if (host.query !== state.query) host.query = state.query;
    if (JSON.stringify(host.categories ?? []) !== JSON.stringify(shown.categories))
      host.categories = shown.categories;
    this.report([...reading.problems, ...shown.problems]);
    this.seen = this.snapshot();
  }

  /** The link's window, or all the data when its window could not be read. */
  private showView(view: UrlState['view'], bad: boolean, animate: boolean): void {
    const { viewer } = this.o;
    if (view) viewer.go(linkWindow(view), animate);
    else if (bad && viewer.fit) viewer.go(viewer.fit, animate);
  }

  /** The link's problems replace those of the link before, as warnings in the status line. */
  private report(problems: string[]): void {
    const { loader } = this.o;
    const kept = loader.issues.filter((issue) => issue.path !== PATH);
    const added = problems.map((message): Issue => ({ path: PATH, message, severity: 'warning' }));
    if (!added.length && kept.length === loader.issues.length) return;
    loader.issues = [...kept, ...added];
    this.host.requestUpdate();
  }

  /** What the reader sees now, as the URL would carry it. */
  private state(): UrlState {
    const { host } = this;
    const { fit } = this.o.viewer;
    const view = { start: host.viewStart, end: host.viewEnd };
    const whole = fit ? viewToIso(fit) : null;
    const all = !view.start || (whole?.start === view.start && whole.end === view.end);
    return {
      event: host.selected,
      view: all ? null : view,
      query: host.query ?? '',
      categories: host.categories ?? [],
    };
  }

  /** The parts written at once, and those written when they pause. */
  private snapshot(): { now: string; soon: string } {
    const { event, view, query, categories } = this.state();
    return {
      now: JSON.stringify([event, categories]),
      soon: JSON.stringify([view, query]),
    };
  }

  /** Writes the state in place of the URL's hash, keeping the path and query string. */
  private write(): void {
    clearTimeout(this.timer);
    this.timer = 0;
    if (!this.host.hashLinks || !this.o.loader.model) return;
    const hash = formatUrlState(this.host.id, this.state());
    // Nothing to say: the hash goes, unless it belongs to another timeline or to the page.
    if (!hash && !parseUrlState(location.hash, this.host.id)) return;
    if (hash === location.hash) return;
    history.replaceState(history.state, '', location.pathname + location.search + hash);
  }
}
