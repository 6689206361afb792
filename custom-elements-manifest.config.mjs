// npm run docs: custom-elements.json from the element's JSDoc (attributes, properties, methods,
// events, parts, CSS custom properties); scripts/api-docs.js turns it into the README's tables.

/** Keeps what a page can use: private state and the element's own `emit(type)` are not API. */
function publicOnly() {
  return {
    name: 'public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          const hidden = new Set(
            (d.members ?? [])
              .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
              .map((m) => m.name),
          );
          d.members = (d.members ?? []).filter(
            (m) => !hidden.has(m.name) && !m.name.startsWith('_'),
          );
          d.attributes = (d.attributes ?? []).filter((a) => !hidden.has(a.fieldName));
          d.events = (d.events ?? []).filter((e) => e.name !== 'type');
        }
      }
    },
  };
}

export default {
  globs: ['src/element/event-timeline.ts', 'src/define.ts'],
  outdir: '.',
  // package.json names custom-elements.json already; a check writing elsewhere must not move it.
  packagejson: false,
  litelement: true,
  plugins: [publicOnly()],
};
