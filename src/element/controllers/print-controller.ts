import type { ReactiveController } from 'lit';
import type { Host } from './host.js';
import type { SizeController } from './size-controller.js';

/**
 * The width the drawing is laid out at for paper: what A4 and US Letter in portrait hold inside
 * their default margins, at the 96 CSS pixels an inch that print uses.
 */
export const PRINT_WIDTH = 680;

/**
 * Printing lays the chart out again at the paper's width, with the title above it and the list
 * of the events in view under it (views/print-view.ts), and puts the screen's layout back after.
 * The browser prints what the page shows once its `beforeprint` handlers (and their microtasks,
 * where Lit renders) have run.
 */
export class PrintController implements ReactiveController {
  printing = false;

  constructor(
    private readonly host: Host,
    private readonly size: SizeController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.before);
    addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.before);
    removeEventListener('afterprint', this.after);
  }

  private before = (): void => {
    this.printing = true;
    this.size.print(PRINT_WIDTH);
    this.host.requestUpdate();
  };

  private after = (): void => {
    this.printing = false;
    this.size.print(null);
    this.host.requestUpdate();
  };
}
