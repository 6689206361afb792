import { css } from 'lit';
import { mediaStyles } from './media.styles.js';
import { panelStyles } from './panels.styles.js';
import { searchStyles } from './search.styles.js';

/** The element, its palette, the horizontal drawing and its labels, the controls, the overview. */
const base = css`
  :host {
    --timeline-background: light-dark(#ffffff, #15171c);
    --timeline-text: light-dark(#1b1b1f, #ececf1);
    --timeline-muted: light-dark(#55575f, #a9abb4);
    --timeline-grid: light-dark(#e6e6ea, #2a2d35);
    --timeline-axis: light-dark(#6b6d75, #8a8d96);
    --timeline-accent: light-dark(#0b57d0, #8ab4f8);
    --timeline-future: light-dark(#8a6d1f, #d6b45c);
    --timeline-font-family: inherit;
    /* Found by search to stay apart under protanopia, deuteranopia and tritanopia as well as
       normal vision (OKLab distance ≥ 0.1), each at least 3:1 on the lane backgrounds. */
    --timeline-category-1: light-dark(#0285f2, #5ecbfe);
    --timeline-category-2: light-dark(#a14f72, #e366c2);
    --timeline-category-3: light-dark(#85861b, #90c623);
    --timeline-category-4: light-dark(#3132ac, #d6e98d);
    --timeline-category-5: light-dark(#5b3a0a, #e0a9a9);
    --timeline-category-6: light-dark(#890361, #b39171);
    --timeline-category-7: light-dark(#5465b2, #2dfbf6);
    --timeline-category-8: light-dark(#64630f, #699dfb);
    /* A column, so a page that caps the height gets scrolling lanes above a fixed axis. */
    display: flex;
    flex-direction: column;
    position: relative;
    color-scheme: inherit;
    color: var(--timeline-text);
    background: var(--timeline-background);
    font-family: var(--timeline-font-family);
    font-size: 14px;
    line-height: 1.45;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .c0 { --c: var(--timeline-category-1); }
  .c1 { --c: var(--timeline-category-2); }
  .c2 { --c: var(--timeline-category-3); }
  .c3 { --c: var(--timeline-category-4); }
  .c4 { --c: var(--timeline-category-5); }
  .c5 { --c: var(--timeline-category-6); }
  .c6 { --c: var(--timeline-category-7); }
  .c7 { --c: var(--timeline-category-8); }

  /* The open card's containing block: card-position.ts places the card from this box. */
  .root {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  .plot {
    display: flex;
    flex-direction: column;
    flex: 0 1 auto;
    min-height: 0;
    position: relative;
    overflow: hidden;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .lanes {
    position: relative;
    flex: 0 1 auto;
    min-height: 0;
    overflow-x: hidden;
    overflow-y: auto;
  }
  .axis-svg { flex: none; }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  .footer .status { flex: 1 1 auto; }
  .footer .toolbar { padding: 4px 8px 2px; min-height: 0; }
  .footer .status { padding-block: 4px; }
  .footer .problems { flex: 1 1 100%; }
  .toolbar {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 12px;
    min-height: 40px;
    padding: 4px 8px 0;
  }
  /* Beside the pointer, on the side with more room (controls.ts); nothing to see while empty. */
  .hint {
    position: absolute;
    inset: var(--t, auto) var(--r, auto) var(--b, auto) var(--l, auto);
    max-width: var(--w, none);
    pointer-events: none;
    font-size: 13px;
  }
  .hint:not(:empty), .tip {
    padding: 2px 8px;
    border-radius: 4px;
    color: var(--timeline-background);
    background: var(--timeline-text);
    z-index: 3;
  }
  .controls {
    display: flex;
    gap: 4px;
  }
  .controls button {
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    padding: 0;
    color: var(--timeline-text);
    background: var(--timeline-background);
    border: 1px solid var(--timeline-grid);
    border-radius: 6px;
    cursor: pointer;
    position: relative;
  }
  .controls button:hover { border-color: var(--timeline-axis); }
  /* A button's name, after a short wait on hover or keyboard focus, under its end edge: the icons
     sit at the end of the toolbar, so it opens inwards. */
  .tip {
    position: absolute;
    top: calc(100% + 6px);
    inset-inline-end: 0;
    font-size: 12px;
    white-space: nowrap;
    pointer-events: none;
    visibility: hidden;
    /* No motion: it appears after a short wait, and goes at once. */
    transition: visibility 0s;
  }
  /* Under the chart the controls are the element's last line: their names open above them. */
  .footer .tip {
    top: auto;
    bottom: calc(100% + 6px);
  }
  .controls button:is(:hover, :focus-visible) .tip {
    visibility: visible;
    transition-delay: 0.4s;
  }
  .controls button:focus-visible { outline: 2px solid var(--timeline-accent); outline-offset: 1px; }
  .controls svg { width: 16px; height: 16px; stroke: currentColor; stroke-width: 1.8; fill: none; }
  :host(:state(vertical)) .controls button { width: 44px; height: 44px; }

  .overview {
    position: relative;
    margin-top: 2px;
    touch-action: none;
    cursor: pointer;
    user-select: none;
  }
  .overview-svg { display: block; }
  .overview-ticks { stroke: var(--c); stroke-width: 1.5; fill: none; }
  .overview-shade { fill: var(--timeline-background); fill-opacity: 0.55; }
  /* d3-brush draws the window: .selection is the box, .handle its edges, .overlay the strip. */
  .brush .selection {
    fill: none;
    fill-opacity: 1;
    stroke: var(--timeline-accent);
    stroke-width: 1.5;
    shape-rendering: auto;
    cursor: grab;
  }
  .brush .handle {
    fill: var(--timeline-accent);
    fill-opacity: 0.9;
    cursor: ew-resize;
  }
  .brush .overlay { cursor: pointer; }

  svg {
    display: block;
    overflow: visible;
  }
  /* Back drawing, density canvas, then the marks and axis, in that order on top. */
  svg.chart {
    position: relative;
  }
  .chart-back,
  canvas.density {
    position: absolute;
    left: 0;
    top: 0;
  }
  canvas.density {
    transform-origin: 0 0;
  }
  .lane-bg:nth-of-type(even) { fill: light-dark(#f6f6f8, #1a1c22); }
  .lane-bg:nth-of-type(odd) { fill: transparent; }
  .grid { stroke: var(--timeline-grid); }
  .axis-line { stroke: var(--timeline-axis); }
  .tick { stroke: var(--timeline-axis); }
  /* Positions and text-anchor are computed for each direction; an inherited dir="rtl" would
     flip "end" to the other side of the tick (and run the first label off the edge). The
     bidi algorithm still orders Arabic words and digits inside each label. */
  svg text {
    direction: ltr;
  }
  .tick-label, .context-label {
    fill: var(--timeline-muted);
    font-size: 12px;
  }
  .context-label { font-weight: 600; fill: var(--timeline-text); }
  .future { fill: url(#future-hatch); }
  .today { stroke: var(--timeline-future); stroke-width: 1.5; stroke-dasharray: 4 3; }
  .today-label { fill: var(--timeline-future); font-size: 11px; font-weight: 600; }
  .hatch { stroke: var(--timeline-future); stroke-opacity: 0.22; }
  .era { fill: var(--timeline-muted); fill-opacity: 0.07; }
  .tile-gap { fill: url(#future-hatch); }
  .break-band { fill: var(--timeline-muted); fill-opacity: 0.06; }
  .break-mark { stroke: var(--timeline-text); stroke-width: 1.5; fill: none; }
  .break-label { fill: var(--timeline-text); font-size: 12px; font-style: italic; }
  .era-label { fill: var(--timeline-muted); font-size: 11px; }
  .leader { stroke: var(--c); stroke-opacity: 0.55; }
  .mark { fill: var(--c); stroke: var(--c); stroke-width: 1.5; }
  .mark.reported, .mark.disputed { fill: var(--timeline-background); stroke-width: 2; }
  .mark.disputed { stroke-dasharray: 2.5 2; }
  .halo { fill: none; stroke: var(--c); stroke-opacity: 0.45; stroke-dasharray: 1.5 2.5; }
  .band { fill: var(--c); fill-opacity: 0.16; }
  .mark.selected, .halo.selected { stroke: var(--timeline-text); stroke-width: 2.5; }

  .lane-name {
    position: absolute;
    left: 0;
    top: 0;
    display: flex;
    align-items: center;
    gap: 6px;
    height: 18px;
    padding-inline: 12px;
    font-size: 11px;
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--timeline-muted);
    pointer-events: none;
  }
  .more-lanes {
    pointer-events: auto;
    height: 18px;
    padding: 0 6px;
    border: 1px solid var(--timeline-grid);
    border-radius: 4px;
    background: var(--timeline-background);
    color: var(--timeline-accent);
    font: inherit;
    text-transform: none;
    letter-spacing: normal;
    cursor: pointer;
  }
  .more-lanes:focus-visible { outline: 2px solid var(--timeline-accent); outline-offset: 1px; }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    border-radius: 2px;
    background: var(--c);
    flex: none;
  }

  ol.events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol.events li {
    display: block;
    height: 0;
  }
  .hit {
    position: absolute;
    left: 0;
    top: 0;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 12px;
    background: transparent;
    cursor: pointer;
  }
  .hit:focus-visible {
    outline: 2px solid var(--timeline-accent);
    outline-offset: 1px;
  }
  .label {
    position: absolute;
    left: 0;
    top: 0;
    display: block;
    height: 24px;
    margin: 0;
    padding: 0 5px;
    border: 0;
    border-left: 2px solid var(--c);
    border-radius: 2px;
    font: inherit;
    font-size: 13px;
    font-weight: 600;
    line-height: 24px;
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--timeline-text);
    background: color-mix(in srgb, var(--timeline-background) 88%, var(--c));
    cursor: pointer;
  }
  .label span {
    unicode-bidi: plaintext;
  }
  .label.anchor-right {
    border-left: 0;
    border-right: 2px solid var(--c);
  }
  .label:focus-visible {
    outline: 2px solid var(--timeline-accent);
    outline-offset: 1px;
  }
  /* A cut label shows its whole title over its neighbours while pointed at or focused. */
  .label.cut:is(:hover, :focus-visible) {
    overflow: visible;
    z-index: 3;
  }
  .label.cut:is(:hover, :focus-visible) span {
    position: absolute;
    top: 0;
    left: var(--open-x);
    width: var(--open);
    padding: 0 5px;
    white-space: normal;
    border-left: 2px solid var(--c);
    border-radius: 2px;
    background: color-mix(in srgb, var(--timeline-background) 70%, var(--c));
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
  }
  .label.cut.anchor-right:is(:hover, :focus-visible) span {
    border-left: 0;
    border-right: 2px solid var(--c);
  }
  .cluster { fill: var(--timeline-background); stroke: var(--c); stroke-width: 2; }
  .cluster-count { fill: var(--timeline-text); font-size: 11px; font-weight: 700; }
  .cluster-list { margin: 0; padding: 0; list-style: none; }
  .cluster-list li { display: flex; flex-wrap: wrap; gap: 0 8px; align-items: baseline; min-height: 28px; }
  [part='detail']:focus { outline: none; }
  [part='detail']:focus-visible { outline: 2px solid var(--timeline-accent); }
  .label:hover, li.selected .label {
    background: color-mix(in srgb, var(--timeline-background) 70%, var(--c));
  }

  @media (forced-colors: active) {
    .mark, .leader, .halo { stroke: CanvasText; }
    .mark { fill: CanvasText; }
    .mark.reported, .mark.disputed { fill: Canvas; }
    .bar { forced-color-adjust: none; background: CanvasText; border-color: CanvasText; }
    .bar.reported, .bar.disputed { background: Canvas; }
    .band { fill: GrayText; }
    .label { border-color: CanvasText; forced-color-adjust: auto; }
    .swatch { background: CanvasText; }
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; }
  }
`;

// The vertical layout's styles come with its chunk (views/vertical-chunk.ts), after the base.
export const styles = [base, searchStyles, panelStyles, mediaStyles];
