import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { jsonSchemaSlim } from './scripts/json-schema-slim.js';

// The playground page as a site would build it, for its byte count and its Chromium tests
// (scripts/playground.js). The element's own code goes in a chunk of its own, so the editor's
// bytes can be told apart from the element's (which the page loads as any page would).
export default defineConfig({
  root: 'demo',
  base: './',
  logLevel: 'warn',
  plugins: [jsonSchemaSlim()],
  build: {
    outDir: '../test-output/playground',
    emptyOutDir: true,
    target: 'es2022',
    // The editor is one page's tool, larger than Vite's default warning.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: { playground: fileURLToPath(new URL('./demo/playground.html', import.meta.url)) },
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'element',
              test: /[\\/](src|node_modules[\\/](lit|lit-html|lit-element|@lit|d3-[a-z]+|internmap))[\\/]/,
            },
          ],
        },
      },
    },
  },
});
