import { css } from 'lit';

/**
 * How a search shows its matches: highlighted, the other events dimmed but still readable, and
 * strokes where a crowded view's density would hide them. With the search's chunk: adopted when
 * a reader first searches (controllers/search-controller.ts).
 */
export const matchStyles = css`
  :host {
    /* A match's label: highlighted as a marker pen would, its text as readable as ever. */
    --timeline-match: light-dark(#ffe27a, #6a5300);
    --timeline-match-text: light-dark(#1b1b1f, #fff8dc);
  }
  /* While searching: the matches stand out, the rest stays visible but faint. */
  /* Dimmed text keeps its contrast (the muted colour, not transparency): it is still read. */
  /* Faint through their paint's own opacity, not opacity: that would make each mark a layer of
     its own to draw, hundreds of them in a crowded view, at every keystroke. */
  .searching .mark.dim, .searching .cluster.dim { fill-opacity: 0.3; stroke-opacity: 0.3; }
  .searching .leader.dim { stroke-opacity: 0.16; }
  .searching li.dim .label, .vertical li.dim .card {
    color: var(--timeline-muted);
    background: var(--timeline-background);
    border-color: color-mix(in srgb, var(--c) 35%, var(--timeline-background));
  }
  .vertical li.dim .dot { opacity: 0.3; }
  .searching li.match .label, .vertical li.match .card {
    color: var(--timeline-match-text);
    background: var(--timeline-match);
  }
  .searching .mark.match { stroke: var(--timeline-text); stroke-width: 2; }
  .searching canvas.density { opacity: 0.35; }
  .match-ticks { position: absolute; left: 0; top: 0; pointer-events: none; }
  .match-ticks path { fill: var(--timeline-accent); }
  .overview-matches { stroke: var(--timeline-accent); stroke-width: 2; fill: none; }
  .overview-ticks.dim { opacity: 0.35; }

  mark { color: var(--timeline-match-text); background: var(--timeline-match); }
  @media (forced-colors: active) {
    .searching li.match .label, mark { forced-color-adjust: none; color: HighlightText; background: Highlight; }
    .match-ticks path { fill: Highlight; }
    .overview-matches { stroke: Highlight; }
  }
`;
