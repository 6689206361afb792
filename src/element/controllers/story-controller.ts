import type { ReactiveController } from 'lit';
import type { Category, TimelineEvent } from '../../model/types.js';
import { ChunkRequest, lazyChunk } from '../lazy-chunk.js';
import type { Host } from './host.js';
import type { Story, StoryOptions } from './story-state.js';

/** The story's chunk: once a timeline on the page has loaded it, later ones start at once. */
const storyChunk = lazyChunk(() => import('./story-state.js'));

/** The host's mode: `chart` (the default) or `story`. */
type StoryHost = Host & { mode: string };

/**
 * Story mode (`mode="story"`): one slide at a time above the chart as its strip. Most pages never
 * use it, so all of it but this switch is a chunk loaded on first use (story-state.ts and
 * views/story-view.ts), as the translations are; until it arrives the chart shows alone.
 */
export class StoryController implements ReactiveController {
  private readonly chunk: ChunkRequest<typeof import('./story-state.js')>;
  private story: Story | null = null;

  constructor(
    private readonly host: StoryHost,
    private readonly o: StoryOptions,
  ) {
    this.chunk = new ChunkRequest(host, storyChunk);
    host.addController(this);
  }

  /** The story's chunk while it loads (offline, say, the chart shows alone). */
  get loading(): Promise<void> | null {
    return this.chunk.loading;
  }

  /** Story mode is asked for and there is data to tell. */
  get on(): boolean {
    return this.host.mode === 'story' && this.o.loader.model !== null;
  }

  hostUpdate(): void {
    // The chunk is asked for with the mode, before the data: it is often here before the data is.
    if (this.host.mode !== 'story') return;
    const module = this.chunk.get();
    if (!module) return;
    this.story ??= new module.Story(this.host, this.o);
    this.story.update();
  }

  hostUpdated(): void {
    if (this.on) this.story?.updated();
    else this.story?.disconnect();
  }

  hostDisconnected(): void {
    this.story?.disconnect();
  }

  /** The slides for the element's render; null in the chart, or while the chunk loads. */
  render(category: (e: TimelineEvent) => Category | undefined): unknown {
    return this.on ? (this.story?.render(category) ?? null) : null;
  }
}
