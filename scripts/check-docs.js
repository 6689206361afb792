// npm test: the committed custom-elements.json must be what `cem analyze` makes from the source
// now, and the README's API tables what that manifest says. `npm run docs` updates both.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

execFileSync('npx', ['cem', 'analyze', '--outdir', 'test-output/cem'], { stdio: 'ignore' });
const fresh = readFileSync('test-output/cem/custom-elements.json', 'utf8');
if (fresh !== readFileSync('custom-elements.json', 'utf8')) {
  console.error('custom-elements.json is out of date with the source: run npm run docs');
  process.exit(1);
}
execFileSync('node', ['scripts/api-docs.js', '--check'], { stdio: 'inherit' });
console.log('custom-elements.json matches the source');
