import { css } from 'lit';

/** The vertical layout (views/vertical-view.ts): a line down the start side, and a card per event. */
export const verticalStyles = css`
  /* With its height capped by the page, the cards scroll under the controls, which keep theirs
     (twenty category chips wrap to several rows, and must not be drawn over). */
  .plot.vertical {
    overflow-x: visible;
    overflow-y: auto;
    padding: 8px 12px;
    padding-inline-start: 16px;
  }
  :host(:state(vertical)) .toolbar { flex-shrink: 0; }
  /* The line runs down the start side; range bars stand beside it, each in its column, and the
     cards start past them. A card's mark sits level with its title, below any heading. */
  ol.cards {
    --rail: max(20px, 12px + var(--bars, 0) * 7px);
    list-style: none;
    margin: 0;
    padding: 0;
    padding-inline-start: var(--rail);
    border-inline-start: 2px solid var(--timeline-grid);
  }
  .card-item {
    position: relative;
    display: flow-root;
    margin-block-start: var(--gap, 8px);
  }
  .dot {
    position: absolute;
    inset-inline-start: calc(-11px - var(--rail));
    top: calc(var(--head) + 9px);
    width: 20px;
    height: 20px;
  }
  .bar {
    position: absolute;
    inset-inline-start: calc(7px - var(--rail) + var(--col) * 7px);
    top: calc(-1 * var(--gap));
    bottom: 0;
    width: 5px;
    background: var(--c);
    border: 0 solid var(--c);
    border-inline-width: 1.5px;
  }
  .bar.first { top: calc(var(--head) + 19px); border-top-width: 1.5px; border-radius: 3px 3px 0 0; }
  .bar.last { bottom: auto; height: calc(var(--gap) + var(--head) + 19px); border-bottom-width: 1.5px; border-radius: 0 0 3px 3px; }
  .bar.first.last { top: calc(var(--head) + 16px); height: 6px; border-radius: 3px; }
  .bar.last.open { bottom: 0; height: auto; border-bottom-width: 0; mask-image: linear-gradient(#000 20%, transparent); }
  .bar.fuzzy.first { mask-image: linear-gradient(#0004, #000 12px); }
  .bar.fuzzy.last:not(.open) { mask-image: linear-gradient(#000 calc(100% - 12px), #0004); }
  .bar.reported, .bar.disputed { background: var(--timeline-background); }
  .bar.disputed { border-style: dashed; }
  .bar.selected { border-color: var(--timeline-text); }
  /* Of fixed heights, which --head adds up (vertical-view.ts). */
  .marker, .hidden-time { font-size: 12px; white-space: nowrap; }
  .marker { height: 22px; margin-block: 4px; line-height: 22px; font-weight: 700; }
  .hidden-time { height: 18px; margin-block: 0 6px; line-height: 18px; font-style: italic; color: var(--timeline-muted); }
  .card {
    display: flex;
    flex-direction: column;
    gap: 2px;
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding: 8px 12px;
    font: inherit;
    text-align: start;
    color: var(--timeline-text);
    background: color-mix(in srgb, var(--timeline-background) 92%, var(--c));
    border: 0;
    border-inline-start: 3px solid var(--c);
    border-radius: 4px;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .card:hover, .card-item.selected .card {
    background: color-mix(in srgb, var(--timeline-background) 78%, var(--c));
  }
  .card:focus-visible { outline: 2px solid var(--timeline-accent); outline-offset: 2px; }
  .card-title { font-weight: 650; font-size: 15px; }
  .card-meta { font-size: 13px; color: var(--timeline-muted); }
  .card-item [part='detail'] { margin: 6px 0 0; }
  /* The category filter: a toggle per category above the cards (lanes have no names here). */
  .lane-toggles { display: flex; flex-wrap: wrap; gap: 6px; flex: 1 1 100%; }
  .chip .lane-toggle {
    height: 32px;
    margin: 0;
    padding: 0 10px;
    font-size: 13px;
    font-weight: 600;
    text-transform: none;
    border: 1px solid var(--timeline-grid);
    border-radius: 16px;
  }
`;
