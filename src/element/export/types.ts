import type { TimelineEvent } from '../../model/types.js';
import type { HorizontalContext } from '../views/horizontal-view.js';

/** What the element hands its export chunk: the horizontal drawing, rendered, and its text. */
export interface ExportScene {
  /** The element, whose computed font and background the picture takes. */
  host: HTMLElement;
  /** The horizontal drawing of the current window, as the element would render it. */
  drawing: HorizontalContext;
  /** Where that drawing is rendered, out of sight, inside the shadow root (views/export-stage.ts). */
  stage: HTMLElement;
  /** The picture's title: the element's label, or the data's title. */
  title: string;
  /** The events in the window, in time order, for the picture's description. */
  events: readonly TimelineEvent[];
}
