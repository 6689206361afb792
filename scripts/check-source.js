// Checks the shape of the source, so a newcomer can find their way in it:
// - no import cycle among the modules in src, type-only imports included: a cycle is two modules
//   that each need the other, which no folder layout can show;
// - no file in src over 400 lines, and the element itself at most 250 (it wires controllers);
// Functions over 60 lines are Biome's to find (biome.json, noExcessiveLinesPerFunction).
// Prints each problem and fails if there is any. Usage: node scripts/check-source.js [folder]
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
const problems = cycles.map(
  (cycle) =>
    `import cycle: ${cycle.map(name).sort().join(' ↔ ')} (move what both need to a module of its own)`,
);

/** The most lines a file may have: the element wires its controllers and renders, no more. */
const LIMITS = { [join('element', 'event-timeline.ts')]: 250 };
const MAX_LINES = 400;
for (const file of graph.keys()) {
  const limit = LIMITS[relative(root, file)] ?? MAX_LINES;
  const lines = readFileSync(file, 'utf8').split('\n').length - 1;
  if (lines > limit) problems.push(`${name(file)} has ${lines} lines, over ${limit}`);
}

if (problems.length === 0) {
  console.log(`${graph.size} modules in ${name(root)}: no import cycle, no file over its size.`);
} else {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
