const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns the URL to link to, or null when it is not an http:, https: or mailto: link. The WHATWG
 * parser strips the tabs, newlines and case tricks that browsers ignore, so what is checked here is
 * what a browser would follow. Relative links are kept unless a colon comes before their first /
 * (a scheme, or one hidden behind an entity or a query).
 */
export function safeUrl(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return /^[^/]*:/.test(value) ||
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused
      /[\u0000-\u001f\\]/.test(value) ||
      /&(colon|#0*58|#x0*3a)/i.test(value)
      ? null
      : value;
  }
  return ALLOWED.has(url.protocol) ? url.href : null;
}
