import type { ReactiveControllerHost } from 'lit';

/**
 * A chunk loaded on first use, once per page: `get()` is its module once it has arrived (null
 * before), `load()` asks for it. A chunk that failed to arrive (offline, say) is asked for again
 * at the next load(). Each caller passes its own `() => import('./x.js')`, so that bundlers see
 * the import and emit the chunk beside the bundle.
 */
export function lazyChunk<T>(importer: () => Promise<T>) {
  let module: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    get: (): T | null => module,
    load(): Promise<T> {
      if (module) return Promise.resolve(module);
      loading ??= importer().then(
        (m) => {
          module = m;
          return m;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
  };
}

/**
 * A controller's request for a chunk: `get()` gives the module once it is here, and the first
 * time it is not, asks for it; the host renders again when it arrives. One that failed to
 * arrive is not asked for again by this controller (asking in each update would loop while
 * offline). `loading` is what the host's updateComplete waits for.
 */
export class ChunkRequest<T> {
  loading: Promise<void> | null = null;
  private failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chunk: LazyChunk<T>,
  ) {}

  get(): T | null {
    const module = this.chunk.get();
    if (module || this.loading || this.failed) return module;
    this.loading = this.chunk
      .load()
      .then(
        () => {},
        () => {
          this.failed = true;
        },
      )
      .finally(() => {
        this.loading = null;
        this.host.requestUpdate();
      });
    return null;
  }
}

export type LazyChunk<T> = ReturnType<typeof lazyChunk<T>>;
