// Stands in for codemirror-json-schema's utils/markdown.js (see scripts/json-schema-slim.js):
// schema descriptions and messages as escaped text, `code` spans kept, without markdown-it and
// the shiki highlighter that one loads on start.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** HTML for text that its callers put in innerHTML: escaped, with `code` spans as <code>. */
export function renderMarkdown(markdown: string, _inline = true): string {
  return markdown
    .replace(/[&<>"]/g, (c) => ENTITIES[c] as string)
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}
