import { css } from 'lit';

/** Pictures and link cards in the card and on slides (views/media.ts). */
export const mediaStyles = css`
  .media {
    margin: 0 0 10px;
  }
  /* The box has its size before the picture arrives, so nothing below it moves. */
  .media .frame {
    aspect-ratio: 16 / 9;
    background: var(--timeline-grid);
    border-radius: 4px;
    overflow: hidden;
  }
  /* Over the chart the card is small: the picture leaves room for its caption and the text. */
  .popover .media .frame { max-height: 180px; }
  .media .frame[hidden] { display: none; }
  .media .frame a { display: block; height: 100%; }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .media figcaption {
    margin-block-start: 4px;
    font-size: 13px;
    color: var(--timeline-muted);
  }
  .media .caption { color: var(--timeline-text); }
  .media .credit { font-size: 12px; }
  .media .caption + .credit { margin-inline-start: 6px; }
  .media-card {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding-block: 8px;
    padding-inline: 12px;
    border: 1px solid var(--timeline-grid);
    border-inline-start: 4px solid var(--timeline-accent);
    border-radius: 4px;
    color: var(--timeline-text);
    text-decoration: none;
  }
  .media-card:hover .media-title { text-decoration: underline; }
  .media-card:focus-visible { outline: 2px solid var(--timeline-accent); outline-offset: 2px; }
  .media-site { font-size: 12px; color: var(--timeline-muted); }
  .media-title { color: var(--timeline-accent); }
  @media (forced-colors: active) {
    .media .frame { background: Canvas; border: 1px solid CanvasText; }
    .media-card { border-color: LinkText; }
    .media-title { color: LinkText; }
  }
`;
