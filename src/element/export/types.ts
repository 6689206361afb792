import type { HorizontalContext } from '../views/horizontal-view.js';

/** What the element hands its export chunk: the horizontal drawing and its text. */
export interface ExportScene {
  /** The element, whose computed font and background the picture takes. */
  host: HTMLElement;
  /** The horizontal drawing of the current window, as the element would render it. */
  drawing: HorizontalContext;
  /** The element's shadow root, where the drawing is rendered out of sight to take its styles. */
  root: ShadowRoot;
  /** Renders the drawing into `stage` (or takes it away): the element's own templates. */
  paint: (stage: HTMLElement, on: boolean) => void;
  /** The picture's title: the element's label, or the data's title. */
  title: string;
  /** The picture's description: the events in the window, one a line (format/view-description.ts). */
  description: string;
}
