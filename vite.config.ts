import { defineConfig } from 'vite';

// `npm start` serves the repository so the demo can load ../data/*.json; `npm run build` makes
// the standalone bundle (scripts/build.js adds the library build and its types).
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
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
  },
});
