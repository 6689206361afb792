import { nothing, render } from 'lit';
import type { ExportScene } from '../export/types.js';
import { type HorizontalContext, renderHorizontal } from './horizontal-view.js';

/**
 * Renders the horizontal drawing for an export in the shadow root, where the element's styles
 * apply, out of sight and inert; `draw` reads it (the export chunk), then it is taken away. Lit
 * stays out of the chunk: with it there, Rolldown splits the bundle's shared code into chunks
 * that load with the bundle.
 */
export function withStage<T>(
  root: ShadowRoot,
  drawing: HorizontalContext,
  scene: Omit<ExportScene, 'stage' | 'drawing'>,
  draw: (scene: ExportScene) => T,
): T {
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.inert = true;
  // Through the CSSOM: a style attribute would be refused under a strict CSP.
  const set = (name: string, value: string) => stage.style.setProperty(name, value);
  set('position', 'absolute');
  set('left', '0');
  set('top', '0');
  set('width', `${drawing.layout.width}px`);
  set('visibility', 'hidden');
  set('pointer-events', 'none');
  root.append(stage);
  try {
    render(renderHorizontal(drawing), stage);
    return draw({ ...scene, drawing, stage });
  } finally {
    render(nothing, stage);
    stage.remove();
  }
}
