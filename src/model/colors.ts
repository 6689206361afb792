const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?(?:%|deg|rad|grad|turn)?`;
const FUNCTION = new RegExp(
  String.raw`^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*${NUMBER}(?:\s*[,\s]\s*${NUMBER}){2}(?:\s*[,/]\s*${NUMBER})?\s*\)$`,
  'i',
);
const HEX = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;
const NAMED = new Set(
  'black silver gray grey white maroon red purple fuchsia green lime olive yellow navy blue teal aqua orange'.split(
    ' ',
  ),
);

/**
 * A colour from the data, if it matches a strict CSS colour grammar: hex, the colour functions
 * with plain numbers, or a basic colour name. Anything else (url(), var(), expressions,
 * semicolons) is refused, so a colour can never carry CSS of its own.
 */
export function safeColor(raw: string): string | null {
  const value = raw.trim();
  return HEX.test(value) || FUNCTION.test(value) || NAMED.has(value.toLowerCase()) ? value : null;
}
