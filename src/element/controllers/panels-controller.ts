import type { ReactiveController } from 'lit';
import { loadTable } from '../views/lazy-table.js';
import type { DataController } from './data-controller.js';
import type { Host } from './host.js';

/**
 * What the reader opened besides a card: the list of the data's problems (closed again with each
 * new dataset), and the table view in place of the drawing. The table's code is a chunk loaded on
 * the first press (views/lazy-table.ts); the press shows at once (aria-pressed), and the table
 * follows when its chunk is here.
 */
export class PanelsController implements ReactiveController {
  problemsOpen = false;
  /** The table's page shown, or null while the drawing is shown. */
  page: number | null = null;
  /** Set while the table's chunk loads after a press. */
  loading: Promise<void> | null = null;
  private version = -1;

  constructor(
    private readonly host: Host,
    private readonly loader: DataController,
  ) {
    host.addController(this);
  }

  get tableShown(): boolean {
    return this.page !== null;
  }

  hostUpdate(): void {
    if (this.loader.dataset === this.version) return;
    this.version = this.loader.dataset;
    this.problemsOpen = false;
  }

  toggleProblems(): void {
    this.problemsOpen = !this.problemsOpen;
    this.host.requestUpdate();
  }

  /** Shows a page of the table, or the drawing again (null). */
  showTable(page: number | null): void {
    this.page = page;
    this.host.requestUpdate();
  }

  toggleTable(): void {
    this.showTable(this.page === null ? 0 : null);
    const loading = this.page === null ? null : loadTable();
    if (!loading) return;
    const done = loading
      .then(() => this.host.requestUpdate())
      .catch(() => {
        // Offline: the drawing stays; the next press asks for the table again.
      })
      .finally(() => {
        if (this.loading === done) this.loading = null;
      });
    this.loading = done;
  }
}
