import { css } from 'lit';

/** The search field, and the lane names as toggles that filter the categories. */
export const searchStyles = css`
  .toolbar { flex-wrap: wrap; row-gap: 4px; }
  /* Under the chart, the search, the filter and the buttons share the footer's line with the
     count, each wrapping to the next line only when the line is full. */
  .footer .toolbar { display: contents; }
  .footer .toolbar > * { margin: 4px 8px 2px 0; }
  .search {
    display: flex;
    align-items: center;
    gap: 4px;
    flex: 0 1 20em;
    min-width: 0;
  }
  .search input {
    flex: 1 1 10em;
    min-width: 6em;
    height: 32px;
    box-sizing: border-box;
    padding: 0 8px;
    font: inherit;
    font-size: 14px;
    color: var(--timeline-text);
    background: var(--timeline-background);
    border: 1px solid var(--timeline-axis);
    border-radius: 6px;
  }
  .search input:focus-visible { outline: 2px solid var(--timeline-accent); outline-offset: 1px; }
  .search .count {
    flex: none;
    font-size: 12px;
    color: var(--timeline-muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .search :is([aria-disabled='true'], :disabled) { color: var(--timeline-muted); cursor: default; }
  :host(:state(vertical)) .search input { height: 44px; }
  :host(:state(vertical)) .search { flex: 1 1 100%; }

  /* A category filtered out: its name stays, to show it again; the overview still draws it, faint. */
  .overview-ticks.off { opacity: 0.2; }
  /* 24 px tall for a finger (and WCAG 2.5.8), reaching 6 px above the 18 px row of the name
     (GEOMETRY.toggleReach): the name itself stays in its row. */
  .lane-toggle {
    display: inline-flex;
    align-items: center;
    align-self: flex-end;
    gap: 6px;
    box-sizing: border-box;
    height: 24px;
    margin-inline-start: -4px;
    padding: 6px 4px 0;
    font: inherit;
    letter-spacing: inherit;
    text-transform: inherit;
    color: inherit;
    background: none;
    border: 0;
    border-radius: 4px;
    cursor: pointer;
    pointer-events: auto;
  }
  .lane-toggle:hover { color: var(--timeline-text); }
  .lane-toggle:focus-visible { outline: 2px solid var(--timeline-accent); outline-offset: 0; }
  .lane-toggle[aria-pressed='false'] { text-decoration: line-through; }
  .lane-toggle[aria-pressed='false'] .swatch { background: none; box-shadow: inset 0 0 0 1.5px var(--c); }
  .filtered {
    display: flex;
    align-items: center;
    gap: 8px;
    font-size: 12px;
    color: var(--timeline-muted);
  }
  .show-all {
    padding: 2px 6px;
    font: inherit;
    color: var(--timeline-accent);
    background: none;
    border: 1px solid var(--timeline-grid);
    border-radius: 4px;
    cursor: pointer;
  }
  .show-all:focus-visible { outline: 2px solid var(--timeline-accent); outline-offset: 1px; }

`;
