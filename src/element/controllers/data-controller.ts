import type { ReactiveController } from 'lit';
import { inputShape, loadAdapter, loadedAdapters } from '../../model/adapt.js';
import type { ListInput } from '../../model/adapt-list.js';
import { loadCsvParser, loadedCsvParser, looksLikeCsv } from '../../model/csv-input.js';
import { parseInput } from '../../model/parse-input.js';
import type { Issue, ParseResult, TimelineModel } from '../../model/types.js';
import { SECOND_MS } from '../../model/units.js';
import { lazyChunk } from '../lazy-chunk.js';
import { loadMediaFor } from '../views/lazy-media.js';
import { emit, type Host } from './host.js';

import { fetchJson, parseJsonText } from './read-json.js';
import { LIST, readList } from './read-list.js';

/** The reader of lists of events in markup: a chunk, as few pages write their events so. */
const listChunk = lazyChunk(() => import('../../model/adapt-list.js'));
/** A tiled source's client (docs/tiles.md): a chunk, as few pages have that much data. */
const tiledChunk = lazyChunk(() => import('./tiled-source.js'));
type TiledSource = import('./tiled-source.js').TiledSource;

/** The child scripts that hold data: JSON, or a spreadsheet's CSV or TSV. */
const SCRIPTS = ['application/json', 'text/csv', 'text/tab-separated-values']
  .map((type) => `:scope > script[type="${type}"]`)
  .join(', ');

/**
 * The host's data inputs: the `data` property wins over `src`, which wins over `tiles`, which
 * wins over a child script, which wins over a child list of events.
 */
type DataHost = Host & { data: unknown; src: string; tiles: string };

export interface DataOptions {
  /** How long a fetch may take, in ms, read when each fetch starts. */
  timeout: () => number;
  /** The result is drawn at the element's real width: timeline-load or timeline-error may fire. */
  drawn: () => boolean;
  /** After timeline-load has fired for a dataset. */
  loaded: () => void;
}

export type LoadState = 'empty' | 'loading' | 'ready' | 'failed';

/**
 * Owns where the data comes from (the data property, then src, then a child JSON or CSV script): reads
 * them in each update, loads, aborting a fetch that is no longer wanted, and parses. `version`
 * changes with each result, and the page hears of each in timeline-load or timeline-error.
 */
export class DataController implements ReactiveController {
  model: TimelineModel | null = null;
  issues: Issue[] = [];
  state: LoadState = 'empty';
  version = 0;
  /** Changes with each new source; not when a tiled source's tiles bring a new model. */
  dataset = 0;
  /** The tiled source being read (`tiles`), or null. */
  tiled: TiledSource | null = null;
  /** Set while the adapter for the data's shape loads; settles once the data is parsed. */
  adapting: Promise<void> | null = null;
  private abort: AbortController | null = null;
  private observer: MutationObserver | null = null;
  private data: unknown = undefined;
  private src = '';
  private tiles = '';
  private configured = false;
  /** Event index by id: made when first asked for (a million ids take most of a second). */
  private ids: Map<string, number> | null = null;
  /** A result waiting for the media view's chunk. */
  private waiting: ParseResult | null = null;
  /** What the page has still to hear of the last result. */
  private notice: 'load' | 'error' | null = null;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataOptions,
  ) {
    host.addController(this);
  }

  /** The index of the event with this id, or -1. */
  indexOf(id: string): number {
    // Every event has an id; none selected asks for '' in every update.
    if (!id) return -1;
    this.ids ??= new Map(this.model?.events.map((e, i) => [e.id, i]));
    return this.ids.get(id) ?? -1;
  }

  /** A changed `data` or `src` loads again (the first update reads the child script). */
  hostUpdate(): void {
    const { data, src, tiles } = this.host;
    if (this.configured && data === this.data && src === this.src && tiles === this.tiles) {
      this.takeTiles();
      return;
    }
    this.data = data;
    this.src = src;
    this.tiles = tiles;
    this.configured = true;
    if (this.host.isConnected) this.load();
  }

  /** The model of a tiled source's newer answers, made while the last update drew. */
  private takeTiles(): void {
    const next = this.tiled?.next;
    if (!next || !this.tiled) return;
    this.tiled.next = null;
    this.model = next.model;
    this.issues = next.issues;
    this.version++;
    this.ids = null;
  }

  /** "Loaded" means drawn at the element's real width, known after its first resize observation. */
  hostUpdated(): void {
    const notice = this.notice;
    if (!notice || !this.options.drawn()) return;
    this.notice = null;
    const issues = this.issues.slice();
    if (notice === 'error') {
      emit(this.host, 'timeline-error', { issues });
      return;
    }
    const events = this.model?.tiled?.count ?? this.model?.events.length ?? 0;
    emit(this.host, 'timeline-load', { events, issues });
    this.options.loaded();
  }

  hostConnected(): void {
    // Reconnected after a load was cut short, or while waiting for a script: start again.
    if (this.configured && (this.state === 'loading' || this.state === 'empty')) this.load();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.tiled?.close();
    this.observer?.disconnect();
    this.observer = null;
  }

  private load(): void {
    this.abort?.abort();
    this.abort = null;
    this.observer?.disconnect();
    this.observer = null;
    this.tiled?.close();
    this.tiled = null;
    if (this.data !== undefined && this.data !== null) {
      this.finish(this.data);
    } else if (this.src) {
      this.fetch(this.src);
    } else if (this.tiles) {
      this.openTiles(this.tiles);
    } else {
      this.readScript();
    }
  }

  private async fetch(url: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.setState('loading');
    // A server that never finishes must not leave the reader waiting for ever.
    let timedOut = false;
    const ms = this.options.timeout();
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, ms);
    try {
      const result = await fetchJson(url, abort.signal);
      if (abort.signal.aborted) return;
      this.abort = null;
      if ('parsed' in result) this.show(result.parsed, result.ids);
      else if ('json' in result) this.finish(result.json);
      else if ('csv' in result) this.finishCsv(result.csv);
      else this.fail(result.issue);
    } catch (error) {
      if (timedOut) {
        this.fail({
          path: 'src',
          message: `'${url}' did not finish loading within ${ms / SECOND_MS} s`,
          severity: 'error',
        });
      } else if (!abort.signal.aborted) {
        this.fail({
          path: 'src',
          message: `'${url}' could not be loaded: ${(error as Error).message}`,
          severity: 'error',
        });
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /** A tiled source: its metadata first, then the tiles each view asks for (tiled-source.ts). */
  private openTiles(template: string): void {
    const abort = new AbortController();
    this.abort = abort;
    this.setState('loading');
    const failed = (error: Error) => ({
      issue: {
        path: 'tiles',
        message: `the reader for tiled sources could not be loaded: ${error.message}`,
        severity: 'error' as const,
      },
    });
    tiledChunk
      .load()
      .then(
        (chunk) => chunk.openTiled(template, () => this.host.requestUpdate(), abort.signal),
        failed,
      )
      .then((result) => {
        if (abort.signal.aborted) return;
        this.abort = null;
        if ('issue' in result) this.fail(result.issue);
        else this.show(result, undefined, result.tiled);
      });
  }

  private readScript(): void {
    const script = this.host.querySelector(SCRIPTS);
    // A script added or filled in later (by a framework, or by streaming HTML) is read when it comes.
    this.observer = new MutationObserver(() => this.load());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (!script) {
      // Last, a list of events in the page's own markup, which readers without JavaScript see.
      const list = this.host.querySelector(LIST);
      if (list) this.finishList(readList(list));
      else this.setState('empty');
      return;
    }
    const text = script.textContent ?? '';
    if (script.getAttribute('type') !== 'application/json') {
      this.finishCsv(text, true);
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // Bad JSON is rare: its message (with line and column) is worked out asynchronously, and
      // dropped if the script changed in the meantime.
      const observer = this.observer;
      parseJsonText(text, 'script', 'The JSON in the <script> element').then((result) => {
        if ('issue' in result && this.observer === observer) this.fail(result.issue, true);
      });
      return;
    }
    this.finish(json, true);
  }

  private finish(input: unknown, keepObserver = false): void {
    if (!keepObserver) this.observer?.disconnect();
    let data = input;
    if (typeof data === 'string' && looksLikeCsv(data)) {
      this.finishCsv(data, true);
      return;
    }
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch {
        // Not JSON: parseInput says so, with the parser's message.
      }
    }
    const shape = inputShape(data);
    const adapter = loadAdapter(shape);
    if (adapter) {
      const format = shape === 'vis' ? 'vis-timeline' : 'TimelineJS3';
      this.adapt(adapter, format, () => this.finish(data, true));
      return;
    }
    this.show(parseInput(data, loadedAdapters()));
  }

  /** CSV or TSV text, once its reader (a chunk of its own) has loaded. */
  private finishCsv(text: string, keepObserver = false): void {
    if (!keepObserver) this.observer?.disconnect();
    const parse = loadedCsvParser();
    if (parse) this.show(parse(text));
    else this.adapt(loadCsvParser(), 'CSV', () => this.finishCsv(text, true));
  }

  /** A list of events in the page's markup, once its reader (a chunk of its own) has loaded. */
  private finishList(input: ListInput): void {
    const reader = listChunk.get();
    if (reader) this.show(reader.parseList(input));
    else this.adapt(listChunk.load(), 'list', () => this.finishList(input));
  }

  /**
   * A parse result is the new data: `ids` indexes its events, when that is done already;
   * `tiled` is the tiled source it comes from.
   */
  private show(result: ParseResult, ids?: Map<string, number>, tiled?: TiledSource): void {
    this.tiled = tiled ?? null;
    // Data with pictures waits for their view (a chunk), so no card or slide grows when it comes;
    // if it cannot load, the data is shown without them.
    const media = loadMediaFor(result.model);
    this.waiting = result;
    if (!media) {
      this.apply(result, ids);
      return;
    }
    this.setState('loading');
    const apply = () => {
      if (this.waiting === result) this.apply(result, ids);
    };
    media.then(apply, apply);
  }

  private apply({ model, issues }: ParseResult, ids?: Map<string, number>): void {
    this.waiting = null;
    this.model = model;
    this.issues = issues;
    this.state = model.events.length > 0 || model.tiled?.count ? 'ready' : 'failed';
    this.changed(ids);
  }

  /** TimelineJS, vis-timeline and CSV data waits for its reader, which loads on first use. */
  private adapt(adapter: Promise<unknown>, format: string, retry: () => void): void {
    const abort = new AbortController();
    this.abort = abort;
    this.setState('loading');
    const done = adapter
      .then(
        () => {
          if (!abort.signal.aborted) retry();
        },
        (error: unknown) => {
          if (abort.signal.aborted) return;
          const message = `the reader for ${format} data could not be loaded: ${(error as Error).message}`;
          this.fail({ path: '', message, severity: 'error' }, true);
        },
      )
      .finally(() => {
        if (this.abort === abort) this.abort = null;
        if (this.adapting === done) this.adapting = null;
      });
    this.adapting = done;
  }

  private fail(issue: Issue, keepObserver = false): void {
    if (!keepObserver) this.observer?.disconnect();
    this.waiting = null;
    this.model = null;
    this.issues = [issue];
    this.state = 'failed';
    this.changed();
  }

  private setState(state: LoadState): void {
    if (this.state === state) return;
    this.state = state;
    this.host.requestUpdate();
  }

  private changed(ids?: Map<string, number>): void {
    this.version++;
    this.dataset++;
    this.ids = ids ?? null;
    this.notice = this.state === 'ready' ? 'load' : this.state === 'failed' ? 'error' : null;
    this.host.requestUpdate();
  }
}
