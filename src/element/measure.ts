/** Width of text in a font, measured on a canvas (no layout is read) and cached. */
export function createMeasure(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 7.5;
  context.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      // Tick labels differ at every zoom: keep the cache from growing without end.
      if (cache.size > 4000) cache.clear();
      width = context.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };
}
