import { html, nothing } from 'lit';
import type { Messages } from '../i18n/en.js';

/**
 * Zoom in, zoom out, show all; and the hint a plain wheel turn brings up. While the table is
 * shown the view buttons are disabled: they would move a chart the reader cannot see.
 */
export function renderControls(
  words: Messages,
  actions: { zoomIn: () => void; zoomOut: () => void; fit: () => void; table: () => void },
  hint: boolean,
  table: boolean,
) {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return html`<div class="toolbar">
    <div class="hint" role="status">${hint ? (mac ? words.wheelHintMac : words.wheelHint) : nothing}</div>
    <div part="controls" class="controls" role="group" aria-label=${words.timeline}>
      <button type="button" class="table-toggle" aria-pressed=${table ? 'true' : 'false'} @click=${actions.table}>${words.tableView}</button>
      <button type="button" aria-label=${words.zoomIn} title=${words.zoomIn} ?disabled=${table} @click=${actions.zoomIn}>
        <svg aria-hidden="true" viewBox="0 0 16 16"><path d="M3 8h10M8 3v10"></path></svg>
      </button>
      <button type="button" aria-label=${words.zoomOut} title=${words.zoomOut} ?disabled=${table} @click=${actions.zoomOut}>
        <svg aria-hidden="true" viewBox="0 0 16 16"><path d="M3 8h10"></path></svg>
      </button>
      <button type="button" aria-label=${words.fit} title=${words.fit} ?disabled=${table} @click=${actions.fit}>
        <svg aria-hidden="true" viewBox="0 0 16 16"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"></path></svg>
      </button>
    </div>
  </div>`;
}
