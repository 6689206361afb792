import { css } from 'lit';

/** The status line, the card, the error panel and their controls (the table's come with it). */
export const panelStyles = css`
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: baseline;
    padding: 6px 12px 8px;
    font-size: 13px;
    color: var(--timeline-muted);
  }
  .link-button {
    font: inherit;
    color: var(--timeline-accent);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .problems {
    margin: 0;
    padding: 0 12px 10px 32px;
    font-size: 13px;
  }
  .problems code {
    font-size: 12px;
  }
  .problems .warning code { color: var(--timeline-muted); }

  [part='detail'] {
    position: relative;
    margin: 4px 12px 8px;
    padding-block: 12px;
    padding-inline: 16px 44px;
    border: 1px solid var(--timeline-grid);
    border-inline-start: 4px solid var(--c);
    border-radius: 6px;
    background: var(--timeline-background);
    max-width: 72ch;
  }
  /* Over the plot, next to its event; card-position.ts sets where, and its greatest height. */
  .popover {
    position: absolute;
    left: 0;
    top: 0;
    z-index: 1;
    width: min(480px, 100% - 16px);
    margin: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    box-shadow: 0 4px 20px rgb(0 0 0 / 0.25);
  }
  /* In sight while the card scrolls; the offset counts from inside the card's padding. */
  .popover .close {
    position: sticky;
    top: -6px;
  }
  [part='detail'] h3 {
    margin: 2px 0 6px;
    font-size: 1.15em;
    line-height: 1.3;
  }
  .meta {
    margin: 0;
    font-size: 13px;
    color: var(--timeline-muted);
  }
  .summary { font-weight: 600; }
  [part='detail'] p { margin: 0 0 8px; }
  blockquote {
    margin: 8px 0;
    padding-inline-start: 12px;
    border-inline-start: 3px solid var(--timeline-grid);
    font-style: italic;
  }
  /* Quotation marks of the reader's language: “…” in English, «…» in Russian and Arabic. */
  q {
    quotes: auto;
  }
  blockquote footer { font-style: normal; font-size: 13px; color: var(--timeline-muted); }
  .sources h4 { margin: 8px 0 2px; font-size: 13px; }
  .sources ul { margin: 0; padding-inline-start: 18px; font-size: 13px; }
  .sources li { min-height: 24px; padding-block: 2px; }
  .sources a { display: inline-block; min-height: 24px; line-height: 24px; }
  a { color: var(--timeline-accent); }
  /* In the padding, taking no room from the text. */
  .close {
    float: inline-end;
    margin-block: -6px;
    margin-inline: 6px -38px;
    width: 32px;
    height: 32px;
    font-size: 20px;
    line-height: 1;
    color: var(--timeline-text);
    background: none;
    border: 1px solid transparent;
    border-radius: 4px;
    cursor: pointer;
  }
  .close:hover { border-color: var(--timeline-grid); }
  .close:focus-visible, .link-button:focus-visible, a:focus-visible {
    outline: 2px solid var(--timeline-accent);
    outline-offset: 2px;
  }

  [part='error'] {
    margin: 12px;
    padding: 12px 16px;
    border: 1px solid #b3261e;
    border-inline-start-width: 4px;
    border-radius: 6px;
  }
  [part='error'] strong { display: block; margin-bottom: 4px; }
  [part='error'] ul { margin: 0; padding-inline-start: 18px; }
  .loading { padding: 24px 12px; color: var(--timeline-muted); }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .controls .table-toggle,
  :host(:state(vertical)) .controls .table-toggle {
    width: auto;
    min-width: 44px;
    padding: 0 10px;
    font: inherit;
    font-size: 13px;
  }
  .table-toggle[aria-pressed='true'] {
    color: var(--timeline-background);
    background: var(--timeline-text);
  }
  .print-title { margin: 0 0 8px; font-size: 1.3em; }
  .print-list { margin: 12px 0 0; padding-inline-start: 20px; font-size: 12px; }
  .print-list li { margin-block-end: 6px; break-inside: avoid; }
  .print-list .date { display: block; color: var(--timeline-muted); }
  .print-list .source { display: block; overflow-wrap: anywhere; color: var(--timeline-muted); }
  /* Paper gets the drawing and the list: no controls, strip, card or focus rings, and the
     lanes whole (a page that caps the element's height scrolls them on screen only). */
  @media print {
    :host { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    .toolbar, .overview, .hint, .popover, .turns, .more-lanes, .status button, .problems { display: none !important; }
    * { outline: none !important; box-shadow: none !important; }
    .lanes { max-height: none !important; overflow: visible !important; }
  }
`;
