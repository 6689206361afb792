import { exportSize, exportSvg } from './svg-export.js';
import type { ExportScene } from './types.js';

/**
 * The exported SVG drawn on a canvas at `scale` times its size, as a PNG. The SVG goes to an image
 * through a `blob:` URL: a page whose Content-Security-Policy sets `img-src` must allow `blob:`,
 * or the image is refused and this rejects saying so.
 */
export async function exportPng(scene: ExportScene, scale: number): Promise<Blob> {
  const svg = exportSvg(scene);
  const size = exportSize(scene);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('toPNG: no 2D canvas to draw on');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('toPNG: the canvas made no PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () =>
      reject(
        new Error(
          "toPNG: the browser would not load the SVG as an image (does the page's Content-Security-Policy allow img-src blob:?)",
        ),
      );
    image.src = url;
  });
}
