import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The framework examples as a site would build them: React 19, Vue 3 and Svelte 5 pages importing
// the element by its package name. scripts/frameworks.js builds and tests them in Chromium.
const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  root: 'demo/frameworks',
  base: './',
  logLevel: 'warn',
  // Vue is told that <event-timeline> is a custom element, not a Vue component to look for.
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'event-timeline' } } }),
    svelte(),
  ],
  resolve: {
    alias: [
      { find: /^event-timeline\/define$/, replacement: src('define.ts') },
      { find: /^event-timeline$/, replacement: src('index.ts') },
    ],
  },
  build: {
    outDir: '../../test-output/frameworks',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        react: fileURLToPath(new URL('./demo/frameworks/react.html', import.meta.url)),
        vue: fileURLToPath(new URL('./demo/frameworks/vue.html', import.meta.url)),
        svelte: fileURLToPath(new URL('./demo/frameworks/svelte.html', import.meta.url)),
      },
    },
  },
});
