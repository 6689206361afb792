// npm test: the committed custom-elements.json must be what `cem analyze` makes from the source
// now, types/jsx.d.ts what the generator makes from it, and the README's API tables what that
// manifest says. `npm run docs` updates all three.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { JSX_TYPES, writeFrameworkTypes } from './framework-types.js';

execFileSync('npx', ['cem', 'analyze', '--outdir', 'test-output/cem'], { stdio: 'ignore' });
const fresh = readFileSync('test-output/cem/custom-elements.json', 'utf8');
if (fresh !== readFileSync('custom-elements.json', 'utf8')) {
  console.error('custom-elements.json is out of date with the source: run npm run docs');
  process.exit(1);
}
writeFrameworkTypes(JSON.parse(fresh), 'test-output/cem');
if (
  readFileSync(`test-output/cem/${JSX_TYPES}`, 'utf8') !==
  readFileSync(`types/${JSX_TYPES}`, 'utf8')
) {
  console.error(`types/${JSX_TYPES} is out of date with custom-elements.json: run npm run docs`);
  process.exit(1);
}
execFileSync('node', ['scripts/api-docs.js', '--check'], { stdio: 'inherit' });
console.log('custom-elements.json matches the source');
