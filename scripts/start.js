// Serves the demo with Vite and says where it is. `npm start -- --port 5183` picks the port.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'vite';

const configFile = new URL('../vite.config.ts', import.meta.url).pathname;
const at = process.argv.indexOf('--port');
const port = at > 0 ? Number(process.argv[at + 1]) : null;

// The plain-HTML and CSP pages load the standalone bundle, which a fresh clone has not built.
// In a process of its own: a build sets NODE_ENV to production, which would then give this
// server Lit's production build, without its warnings.
if (!existsSync(new URL('../dist/event-timeline.js', import.meta.url))) {
  console.log('\n  building dist/event-timeline.js for the pages that load the bundle');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    cwd: new URL('..', import.meta.url),
    stdio: 'inherit',
  });
}
const server = await createServer({
  configFile,
  server: port ? { port, strictPort: true } : {},
});
await server.listen();
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\n  event-timeline demo: ${base}demo/\n  (Ctrl+C stops it)\n`);
