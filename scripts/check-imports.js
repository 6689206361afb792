// Fails on any import cycle among the modules in src, type-only imports included: a cycle is
// two modules that each need the other, which no folder layout can show. Prints each cycle.
// Usage: node scripts/check-imports.js [folder]   (default: src)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'src');

/** Every .ts file under a folder. */
function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

// `import … from './x.js'`, `export … from './x.js'` and `import('./x.js')`, over several lines.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The modules a file imports, as paths of .ts files. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  return [...text.matchAll(SPECIFIER)].map((m) =>
    resolve(dirname(file), (m[1] ?? '').replace(/\.js$/, '.ts')),
  );
}

const graph = new Map(files(root).map((file) => [file, importsOf(file)]));

// Tarjan's strongly connected components: every component of more than one module is a cycle.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];

function visit(file) {
  index.set(file, counter);
  low.set(file, counter);
  counter++;
  stack.push(file);
  onStack.add(file);
  for (const next of graph.get(file) ?? []) {
    if (!graph.has(next)) continue;
    if (!index.has(next)) {
      visit(next);
      low.set(file, Math.min(low.get(file), low.get(next)));
    } else if (onStack.has(next)) {
      low.set(file, Math.min(low.get(file), index.get(next)));
    }
  }
  if (low.get(file) !== index.get(file)) return;
  const component = [];
  let member;
  do {
    member = stack.pop();
    onStack.delete(member);
    component.push(member);
  } while (member !== file);
  if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component);
}

for (const file of graph.keys()) if (!index.has(file)) visit(file);

const name = (file) => relative(process.cwd(), file);
if (cycles.length === 0) {
  console.log(`No import cycles among ${graph.size} modules in ${name(root) || '.'}.`);
} else {
  for (const cycle of cycles) {
    console.error(`Import cycle: ${cycle.map(name).sort().join(' ↔ ')}`);
  }
  console.error(`${cycles.length} import cycle(s) in ${name(root)}: move what both need to a module of its own.`);
  process.exit(1);
}
