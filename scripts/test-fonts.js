// /test-fonts/wide.ttf: a wide bold serif from the machine's own fonts, for the browser tests of
// a page font that loads after the first render (WebKit refuses local() in FontFace).
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf',
  '/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf',
  '/Library/Fonts/Georgia Bold.ttf',
  'C:\\Windows\\Fonts\\georgiab.ttf',
];

let font;

export async function testFonts(ctx, next) {
  if (ctx.path !== '/test-fonts/wide.ttf') return next();
  font ??= CANDIDATES.filter((path) => existsSync(path)).map((path) => readFileSync(path))[0];
  if (!font) {
    ctx.status = 404;
    ctx.body = `none of ${CANDIDATES.join(', ')} is installed`;
    return;
  }
  ctx.type = 'font/ttf';
  ctx.set('cache-control', 'no-store');
  ctx.body = font;
}
