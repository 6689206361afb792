import { css } from 'lit';

/** The table view, with its chunk (views/lazy-table.ts adopts it when it arrives). */
export const tableStyles = css`
  .table-wrap {
    overflow-x: auto;
    padding: 4px 12px 8px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 13px;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 4px 0 8px;
  }
  th, td {
    padding: 4px 8px;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--timeline-grid);
  }
  thead th { color: var(--timeline-muted); font-weight: 600; }
  tbody th { font-weight: 600; }
  tbody th .link-button { font-weight: 600; text-align: start; min-height: 24px; }
  td:first-child, td:nth-child(2) { white-space: nowrap; }
  .pager { display: flex; gap: 8px; justify-content: flex-end; padding-top: 8px; }
  .pager button {
    min-height: 32px;
    padding: 0 12px;
    font: inherit;
    color: var(--timeline-text);
    background: var(--timeline-background);
    border: 1px solid var(--timeline-grid);
    border-radius: 6px;
  }
  .pager button[aria-disabled='true'] { color: var(--timeline-muted); cursor: default; }
  .pager button:focus-visible { outline: 2px solid var(--timeline-accent); outline-offset: 2px; }
  mark { color: var(--timeline-match-text, inherit); background: var(--timeline-match, #ffe27a); }
`;
