// npm run docs: types/jsx.d.ts, the element's props and `on<event>` handlers for JSX and template
// checkers, made from custom-elements.json by custom-element-jsx-integration. The hand-written
// types/react.d.ts, types/vue.d.ts and types/svelte.d.ts give them to each framework.
import { readFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';

export const JSX_TYPES = 'jsx.d.ts';

/**
 * The manifest as the generator should read it. Read-only fields (`events`, `issues`) are not
 * props: setting one throws. An event's type is the generator's `CustomEvent<…>` argument, so
 * `CustomEvent<TimelineSelectDetail>` becomes `TimelineSelectDetail`, which it then imports.
 */
export function manifestForTypes(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    for (const d of mod.declarations ?? []) {
      d.members = (d.members ?? []).filter((m) => !m.readonly);
      for (const e of d.events ?? []) {
        const detail = /^CustomEvent<(\w+)>$/.exec(e.type?.text ?? '')?.[1];
        if (!detail)
          throw new Error(`event ${e.name}: type ${e.type?.text} is not CustomEvent<Name>`);
        e.type = { text: detail };
      }
    }
  }
  return copy;
}

/** Writes jsx.d.ts into `outdir`; its imports name the package, as a user's code would. */
export function writeFrameworkTypes(manifest, outdir = 'types') {
  generateJsxTypes(manifestForTypes(manifest), {
    outdir,
    fileName: JSX_TYPES,
    globalTypePath: 'event-timeline',
    hideLogs: true,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outdir = process.argv[2] ?? 'types';
  writeFrameworkTypes(JSON.parse(readFileSync('custom-elements.json', 'utf8')), outdir);
  console.log(`${outdir}/${JSX_TYPES} written from custom-elements.json`);
}
