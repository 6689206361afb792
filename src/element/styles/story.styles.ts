import { css } from 'lit';

/**
 * Story mode's slides, in the story view's chunk: the element adopts them when that chunk
 * arrives (a constructed style sheet, so a strict CSP holds).
 */
export const storyStyles = css`
  .story {
    --enter: 32px;
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding: 12px 16px 8px;
    border-block-end: 1px solid var(--timeline-grid);
  }
  :host(:dir(rtl)) .story { --enter: -32px; }
  .turns {
    display: flex;
    align-items: center;
    gap: 12px;
  }
  .counter {
    flex: 1 1 auto;
    text-align: center;
    font-size: 13px;
    color: var(--timeline-muted);
    font-variant-numeric: tabular-nums;
  }
  .turn {
    flex: 0 1 40%;
    min-width: 0;
    min-height: 44px;
    padding: 4px 12px;
    font: inherit;
    text-align: start;
    color: var(--timeline-text);
    background: none;
    border: 1px solid var(--timeline-grid);
    border-radius: 6px;
    cursor: pointer;
  }
  .turn.next { text-align: end; }
  .turn:hover:not([aria-disabled='true']) { border-color: var(--timeline-axis); }
  .turn:focus-visible, .slide:focus-visible, .begin:focus-visible {
    outline: 2px solid var(--timeline-accent);
    outline-offset: 2px;
  }
  .turn[aria-disabled='true'] { cursor: default; color: var(--timeline-muted); border-color: transparent; }
  .way { display: block; font-size: 12px; color: var(--timeline-muted); }
  .neighbour {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-weight: 600;
  }
  .slide {
    position: relative;
    overflow: hidden;
    min-height: 12em;
    padding: 4px 2px;
    border-radius: 6px;
    touch-action: pan-y;
  }
  .slide-body { max-width: 72ch; margin-inline: auto; }
  .enter-next { animation: slide-in 260ms ease-out; }
  .enter-previous { animation: slide-in 260ms ease-out; --enter-from: calc(-1 * var(--enter)); }
  .enter-next { --enter-from: var(--enter); }
  @keyframes slide-in {
    from { opacity: 0; transform: translateX(var(--enter-from)); }
  }
  .slide h2 { margin: 4px 0 8px; font-size: 1.6em; line-height: 1.2; }
  .slide h3 { margin: 4px 0 8px; font-size: 1.4em; line-height: 1.25; }
  .slide p { margin: 0 0 10px; font-size: 15px; }
  .slide .meta { font-size: 14px; }
  .begin {
    min-height: 44px;
    padding: 6px 16px;
    font: inherit;
    font-weight: 600;
    color: var(--timeline-background);
    background: var(--timeline-accent);
    border: 0;
    border-radius: 6px;
    cursor: pointer;
  }
  .sequence .slides { list-style: none; margin: 0; padding: 0; }
  .sequence .slide {
    min-height: 0;
    /* Brought into view under the strip pinned above. */
    scroll-margin-top: 48px;
    padding: 12px 4px 16px;
    border-block-end: 1px solid var(--timeline-grid);
    border-radius: 0;
  }
  .sequence .slide.current { border-inline-start: 4px solid var(--timeline-accent); padding-inline-start: 10px; }
  /* Under the slide the chart is a strip: its lanes scroll inside a compact height. */
  .story-mode .lanes { max-height: max(200px, 45vh); }
  .story-strip { position: sticky; top: 0; z-index: 2; background: var(--timeline-background); }
  @media (forced-colors: active) {
    .turn, .begin { border: 1px solid ButtonText; }
    .sequence .slide.current { border-inline-start-color: Highlight; }
  }
`;
