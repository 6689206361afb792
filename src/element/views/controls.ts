import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/en.js';
import type { HintPoint } from '../controllers/gesture-controller.js';
import { customProperties } from './place.js';

/**
 * Zoom in, zoom out, show all. While the table is shown the view buttons are disabled: they
 * would move a chart the reader cannot see. Each icon shows its name in a tooltip on hover and on
 * keyboard focus; the name is the button's own, so the tooltip is hidden from screen readers.
 */
export function renderControls(
  words: Messages,
  actions: { zoomIn: () => void; zoomOut: () => void; fit: () => void; table: () => void },
  table: boolean,
  /** What goes before the buttons: the search field, the category filter's Show all. */
  before: unknown = nothing,
) {
  const icon = (name: string, d: string, action: () => void) =>
    html`<button type="button" aria-label=${name} ?disabled=${table} @click=${action}>
      <svg aria-hidden="true" viewBox="0 0 16 16"><path d=${d}></path></svg><span class="tip" aria-hidden="true">${name}</span>
    </button>`;
  return html`<div class="toolbar">
    ${before}
    <div part="controls" class="controls" role="group" aria-label=${words.timeline}>
      <button type="button" class="table-toggle" aria-pressed=${table ? 'true' : 'false'} @click=${actions.table}>${words.tableView}</button>
      ${icon(words.zoomIn, 'M3 8h10M8 3v10', actions.zoomIn)}
      ${icon(words.zoomOut, 'M3 8h10', actions.zoomOut)}
      ${icon(words.fit, 'M1.5 2.5v11M14.5 2.5v11M4.5 8h7M7 5 4 8l3 3M9 5l3 3-3 3', actions.fit)}
    </div>
  </div>`;
}

/**
 * The hint a plain wheel turn over the plot brings up, said politely and shown beside the
 * pointer, on the side with more room, so it stays inside the plot and off what is pointed at.
 */
export function renderWheelHint(words: Messages, at: HintPoint | null) {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const px = (n: number) => `${Math.round(n)}px`;
  const after = at ? at.x < at.width / 2 : true;
  const below = at ? at.y < at.height / 2 : true;
  return html`<div class="hint" role="status" ${customProperties(
    at
      ? {
          '--l': after ? px(at.x + 16) : null,
          '--r': after ? null : px(at.width - at.x + 16),
          '--t': below ? px(at.y + 16) : null,
          '--b': below ? null : px(at.height - at.y + 12),
          '--w': px((after ? at.width - at.x : at.x) - 24),
        }
      : {},
  )}>${at ? (mac ? words.wheelHintMac : words.wheelHint) : nothing}</div>`;
}
