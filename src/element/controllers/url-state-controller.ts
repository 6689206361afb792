import type { ReactiveController } from 'lit';
import { ChunkRequest, lazyChunk } from '../lazy-chunk.js';
import type { UrlLink, UrlLinkHost, UrlLinkOptions } from './url-link.js';

/** The links' chunk: once a timeline on the page has loaded it, later ones start at once. */
const linkChunk = lazyChunk(() => import('./url-link.js'));

/**
 * With hash-links, the URL carries what the reader sees: the selected event, the window, the
 * search and the categories shown, and a link to them shows them (url-link.ts). Most pages do
 * not ask for it, so all of it but this switch is a chunk loaded on first use; the timeline's
 * load waits for it, so a link is shown from the first render.
 */
export class UrlStateController implements ReactiveController {
  private readonly chunk: ChunkRequest<typeof import('./url-link.js')>;
  private link: UrlLink | null = null;

  constructor(
    private readonly host: UrlLinkHost,
    private readonly o: UrlLinkOptions,
  ) {
    this.chunk = new ChunkRequest(host, linkChunk);
    host.addController(this);
  }

  /** The chunk while it loads (offline, say, the timeline shows without links). */
  get loading(): Promise<void> | null {
    return this.chunk.loading;
  }

  hostUpdate(): void {
    // Asked for with the attribute, before the data: it is often here before the data is.
    if (!this.host.hashLinks) return;
    const module = this.chunk.get();
    if (!module) return;
    this.link ??= new module.UrlLink(this.host, this.o);
    this.link.update();
  }

  hostUpdated(): void {
    this.link?.updated();
  }

  hostConnected(): void {
    this.link?.connect();
  }

  hostDisconnected(): void {
    this.link?.disconnect();
  }
}
