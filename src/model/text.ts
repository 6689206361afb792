/** C0/C1 control characters other than tab and newline never belong in displayed text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Plain text as the data gave it, with line endings unified and control characters removed. */
export function cleanText(text: string): string {
  // Most text needs nothing but trimming; test once before rewriting it.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  if (!/[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text)) return text.trim();
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  copy: '©',
};

/**
 * Turns a fragment of HTML (TimelineJS and vis-timeline allow it) into plain text without a DOM:
 * block ends become line breaks, tags and comments go, entities are decoded once.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote)\s*>/gi, '\n\n')
    .replace(/<\/?[a-z!?][^>]*(>|$)/gi, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  return cleanText(text);
}

/** Paragraphs of a description: blank lines separate them. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * An adapter's HTML field as plain text, when it is text (or a number); anything else is passed
 * on unchanged, so the native parser refuses it with a message and a path instead of "[object
 * Object]" slipping through.
 */
export function htmlField(value: unknown): unknown {
  return typeof value === 'string'
    ? htmlToText(value)
    : typeof value === 'number'
      ? String(value)
      : value;
}
