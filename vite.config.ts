import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import vue from '@vitejs/plugin-vue';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { jsonSchemaSlim } from './scripts/json-schema-slim.js';

/**
 * Lit's templates and styles are strings the minifier leaves alone. Indentation after a newline
 * inside a template never matters (HTML collapses it, and no template here is preformatted), and
 * the one stylesheet is plain CSS that esbuild can minify.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      let out = code.replace(/\n[ \t]+/g, '\n');
      if (id.endsWith('.styles.ts')) {
        const match = /css`([^`]*)`/.exec(out);
        if (match?.[1] !== undefined) {
          const css = await transform(match[1], { loader: 'css', minify: true });
          out = out.replace(match[1], css.code.trim());
        }
      }
      return { code: out, map: null };
    },
  };
}

// `npm start` serves the repository so the demo can load ../data/*.json; `npm run build` makes
// the standalone bundle (scripts/build.js adds the library build and its types).
const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig(({ command }) => ({
  server: { host: '127.0.0.1', port: 5173 },
  // The framework pages import the package by its name, as a site would; here that is the
  // source (the package's own exports point at dist/lib, which a fresh clone has not built).
  resolve: {
    alias: [
      { find: /^event-timeline\/define$/, replacement: src('define.ts') },
      { find: /^event-timeline$/, replacement: src('index.ts') },
      // d3-scale's tickFormat, which nothing here calls, is all that asks for d3-format.
      ...(command === 'build'
        ? [{ find: /^d3-format$/, replacement: src('vendor/no-d3-format.ts') }]
        : []),
    ],
  },
  // Only the demo's pages are scanned for dependencies to pre-bundle: all of them at start-up,
  // so that no first visit finds one and reloads the page.
  // The playground's schema support without its Markdown highlighter and other languages, in the
  // pre-bundled dependencies as in the build (scripts/json-schema-slim.js).
  optimizeDeps: {
    entries: ['demo/**/*.html'],
    rolldownOptions: { plugins: [jsonSchemaSlim()] },
  },
  // The flags Vue's bundler build asks a site to set (as @vitejs/plugin-vue would), for the
  // Vue page: unset, it warns in the console.
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  preview: { host: '127.0.0.1', port: 4173 },
  // The Vue and Svelte example pages are compiled by their frameworks' plugins when served; the
  // bundle's build has no use for them.
  plugins: [
    minifyTemplates(),
    jsonSchemaSlim(),
    ...(command === 'serve'
      ? [
          vue({
            template: { compilerOptions: { isCustomElement: (tag) => tag === 'event-timeline' } },
          }),
          // The Svelte page's options are demo/frameworks/svelte.config.js: the defaults.
          svelte({ configFile: false }),
        ]
      : []),
  ],
  // The parse worker (new Worker(new URL(…), { type: 'module' }) in parse-client.ts) is bundled on
  // its own, as a module, into a file beside the bundle: never inlined as a data: or blob: URL,
  // which a strict CSP (worker-src 'self') refuses.
  // Files the bundle refers to (the worker) are found beside it, wherever a site serves it from.
  experimental: { renderBuiltUrl: () => ({ relative: true }) },
  worker: {
    format: 'es',
    rolldownOptions: {
      // The worker reads every format, so it takes in statically the adapters the page loads on
      // first use: that their dynamic imports split nothing here is as meant.
      checks: { ineffectiveDynamicImport: false },
      output: {
        entryFileNames: '[name]-[hash].js',
        chunkFileNames: '[name]-[hash].js',
        minify: true,
        comments: false,
      },
    },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'event-timeline.js',
    },
    minify: true,
    sourcemap: false,
    rolldownOptions: {
      // What a few pages need (the table view, the TimelineJS and vis-timeline adapters, the
      // translations) loads as a chunk beside the bundle on first use. The chunks import what they
      // share with the bundle from it, so everything the first load needs stays in this one file
      // (without this, Rolldown moves shared modules into chunks of their own that load with it).
      preserveEntrySignatures: 'allow-extension',
      // Library mode keeps an ES bundle's whitespace and comments, for bundlers to tree-shake by
      // its /* @__PURE__ */ marks; this file is for browsers (bundlers use dist/lib), so it is
      // minified in full: 6.8 KB less gzip.
      output: { minify: true, comments: false },
    },
  },
}));
