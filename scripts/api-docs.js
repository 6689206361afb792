// The README's API tables, made from custom-elements.json (itself made from the element's JSDoc
// by `cem analyze`). `node scripts/api-docs.js` rewrites the README between the api markers;
// `--check` exits 1 when the README has drifted from the manifest.
import { readFileSync, writeFileSync } from 'node:fs';

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

const cell = (text = '') =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `|${head.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n')
    : '';

/** Markdown for the element's API: attributes and properties, methods, events, parts, custom properties. */
export function renderApi(manifest) {
  const element = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.customElement);
  if (!element) throw new Error('custom-elements.json declares no custom element');
  const fields = element.members.filter((m) => m.kind === 'field');
  const methods = element.members.filter((m) => m.kind === 'method');
  const attribute = (f) => element.attributes?.find((a) => a.fieldName === f.name)?.name;
  return [
    `### \`<${element.tagName}>\` attributes and properties`,
    table(
      ['attribute', 'property', 'type', 'meaning'],
      fields.map((f) => [
        attribute(f) ? `\`${attribute(f)}\`` : '—',
        `\`${f.name}\`${f.readonly ? ' (read-only)' : ''}`,
        `\`${f.type?.text ?? ''}\``,
        f.description,
      ]),
    ),
    '### Methods',
    table(
      ['method', 'returns', 'does'],
      methods.map((m) => [
        `\`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})\``,
        `\`${m.return?.type?.text ?? 'void'}\``,
        m.description,
      ]),
    ),
    '### Events',
    'All are `CustomEvent`s that bubble and cross shadow roots.',
    table(
      ['event', 'when, and `detail`'],
      (element.events ?? []).map((e) => [`\`${e.name}\``, e.description]),
    ),
    '### CSS parts',
    table(
      ['part', 'is'],
      (element.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description]),
    ),
    '### CSS custom properties',
    table(
      ['property', 'sets'],
      (element.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description]),
    ),
  ].join('\n\n');
}

/** The README with its API section replaced. */
export function withApi(readme, api) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  return `${readme.slice(0, start + START.length)}\n\n${api}\n\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const next = withApi(readme, renderApi(manifest));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md API tables differ from custom-elements.json: run npm run docs');
      process.exit(1);
    }
    console.log('README.md API tables match custom-elements.json');
  } else {
    writeFileSync('README.md', next);
    console.log('README.md API tables written from custom-elements.json');
  }
}
