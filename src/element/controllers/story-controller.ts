import type { ReactiveController } from 'lit';
import type { Category, TimelineEvent } from '../../model/types.js';
import type { Host } from './host.js';
import type { Story, StoryOptions } from './story-state.js';

/** The story's chunk, once a timeline on the page has loaded it: later ones start at once. */
let chunk: typeof import('./story-state.js') | null = null;

/** The host's mode: `chart` (the default) or `story`. */
type StoryHost = Host & { mode: string };

/**
 * Story mode (`mode="story"`): one slide at a time above the chart as its strip. Most pages never
 * use it, so all of it but this switch is a chunk loaded on first use (story-state.ts and
 * views/story-view.ts), as the translations are; until it arrives the chart shows alone.
 */
export class StoryController implements ReactiveController {
  /** The story's chunk while it loads. */
  loading: Promise<void> | null = null;
  private story: Story | null = null;
  private failed = false;

  constructor(
    private readonly host: StoryHost,
    private readonly o: StoryOptions,
  ) {
    host.addController(this);
  }

  /** Story mode is asked for and there is data to tell. */
  get on(): boolean {
    return this.host.mode === 'story' && this.o.loader.model !== null;
  }

  hostUpdate(): void {
    // The chunk is asked for with the mode, before the data: it is often here before the data is.
    if (this.host.mode !== 'story') return;
    if (!this.story && chunk) this.story = new chunk.Story(this.host, this.o);
    if (this.story) {
      this.story.update();
      return;
    }
    if (this.loading || this.failed) return;
    this.loading = import('./story-state.js')
      .then((module) => {
        chunk = module;
      })
      .catch(() => {
        // Offline, say: the chart shows alone, and no other load is tried on this page.
        this.failed = true;
      })
      .finally(() => {
        this.loading = null;
        this.host.requestUpdate();
      });
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
