// codemirror-json-schema's features each import a Markdown renderer that starts the shiki
// highlighter (about 80 KB gzip, and a WebAssembly file fetched on load), and parsers for JSON5
// and YAML (about 40 KB gzip). The playground edits JSON and shows messages as text, so those two
// modules are swapped for the small ones in demo/playground/slim. Used for the build and for the
// dev server's dependency pre-bundling alike, so the page runs the same code in both.
import { fileURLToPath } from 'node:url';

const FEATURES = /codemirror-json-schema[\\/]dist[\\/]features[\\/]/;
const SWAPS = { '../utils/markdown': 'markdown.ts', '../parsers': 'parsers.ts' };

/** A Vite (and Rolldown) plugin that swaps those modules. */
export function jsonSchemaSlim() {
  return {
    name: 'codemirror-json-schema-slim',
    // Before Vite's own resolver, which would find the real modules first.
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !FEATURES.test(importer) || !Object.hasOwn(SWAPS, source)) return null;
      return fileURLToPath(new URL(`../demo/playground/slim/${SWAPS[source]}`, import.meta.url));
    },
  };
}
