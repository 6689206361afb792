/**
 * The JSON inside a `<script type="application/json">`: every `<` written as \u003c, so neither
 * `</script` nor `<!--` in the data can end the script early and let the rest be read as HTML.
 * JSON reads \u003c back as `<`, so the data is unchanged.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/</g, '\\u003c');
}

/** Raw text that cannot be inside a script element as it is: CSV has no escape for these. */
const BREAKS_SCRIPT = /<\/script|<!--/i;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');
}

/** The data to embed: parsed JSON, or CSV/TSV text. */
export type EmbedData = { kind: 'json'; data: unknown } | { kind: 'text'; data: string };

/**
 * HTML to paste into a page: the module script that defines the element (`scriptUrl`, where the
 * site serves dist/event-timeline.js), and the element with the data inline in a child script,
 * which the element reads when it has no `data` or `src`. Null for CSV text that holds
 * `</script` or `<!--`, which no script element can carry.
 */
export function embedCode(input: EmbedData, scriptUrl: string): string | null {
  let child: string;
  if (input.kind === 'json') {
    const json = indent(jsonForScript(input.data), '    ');
    child = `  <script type="application/json">\n${json}\n  </script>`;
  } else {
    if (BREAKS_SCRIPT.test(input.data)) return null;
    // Not indented: spaces before a CSV field are part of it.
    child = `  <script type="text/csv">\n${input.data.replace(/\s+$/, '')}\n  </script>`;
  }
  const script = `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`;
  return `${script}\n<event-timeline>\n${child}\n</event-timeline>\n`;
}
