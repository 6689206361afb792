// Serves the demo with Vite and says where it is.
import { createServer } from 'vite';

const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
});
await server.listen();
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\n  event-timeline demo: ${base}demo/\n  (Ctrl+C stops it)\n`);
