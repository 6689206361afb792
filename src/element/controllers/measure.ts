/** Width of text in a font, measured on a canvas (no layout is read) and cached. */
export function createMeasure(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 7.5;
  context.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      // Tick labels differ at every zoom, and a crowded view tries hundreds of titles a frame:
      // keep enough for a zoom across a large dataset, but not without end.
      if (cache.size > 20_000) cache.clear();
      width = context.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };
}

const fontWatchers = new Set<() => void>();
let watching = false;

/**
 * Calls back whenever the page's fonts finish loading, so text is measured again in the font
 * it is drawn in. One listener on `document.fonts` serves every timeline on the page.
 */
export function watchFonts(callback: () => void): () => void {
  if (!watching && document.fonts) {
    document.fonts.addEventListener('loadingdone', () => {
      for (const watcher of fontWatchers) watcher();
    });
    watching = true;
  }
  fontWatchers.add(callback);
  return () => fontWatchers.delete(callback);
}
