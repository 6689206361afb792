/**
 * Computed CSS values turned into SVG presentation attributes for a standalone file: concrete
 * colours and numbers, no custom properties, no references outside the file. Pure: the element's
 * export (element/export/) reads the values, these write them.
 */

/** A colour as the canvas draws it: red, green and blue 0–255, alpha 0–1. */
export type Rgba = readonly [number, number, number, number];

/** A paint for `fill` or `stroke`: a colour and its opacity, or nothing at all. */
export interface Paint {
  color: string;
  opacity: number;
}

const hex2 = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

/** `#rrggbb`: the form every SVG reader knows (Inkscape reads rgba() and color() unevenly). */
export function hexColor([r, g, b]: Rgba): string {
  return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
}

/**
 * A paint from a colour and the element's own opacity for it (`fill-opacity`, say): `none` when
 * nothing of it would show.
 */
export function paintOf(rgba: Rgba | null, opacity = 1): Paint | null {
  if (!rgba) return null;
  const alpha = Math.round(rgba[3] * opacity * 1000) / 1000;
  return alpha > 0 ? { color: hexColor(rgba), opacity: alpha } : null;
}

/** `1.5px` → `1.5`; SVG user units are CSS pixels. Null for anything that is not a length. */
export function cssNumber(value: string): string | null {
  const match = /^(-?[\d.]+(?:e[-+]?\d+)?)(px)?$/i.exec(value.trim());
  return match ? String(Number(match[1])) : null;
}

/** `4px, 3px` → `4 3`; null for `none` or anything else not a list of lengths. */
export function dashArray(value: string): string | null {
  if (value.trim() === 'none') return null;
  const parts = value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(cssNumber);
  return parts.length > 0 && parts.every((p) => p !== null) ? parts.join(' ') : null;
}

/**
 * A `url(…)` value kept only when it points at one of the file's own definitions, written
 * `url(#id)`: a computed value may come absolute (`url("https://page/#id")`), and a reference to
 * anything outside the file would not come with it.
 */
export function localUrl(value: string, ids: ReadonlySet<string>): string | null {
  const match = /^url\(\s*(["']?)([^"')]*)\1\s*\)$/.exec(value.trim());
  if (!match) return null;
  const hash = (match[2] as string).lastIndexOf('#');
  const id = hash < 0 ? '' : (match[2] as string).slice(hash + 1);
  return ids.has(id) ? `url(#${id})` : null;
}

const GENERIC = /^(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-[a-z-]+|math|emoji)$/i;

/**
 * A font-family stack to name in the file, from the element's computed one: single quotes (it
 * goes in an attribute), and a generic family last, so a reader without the page's fonts still
 * draws the text in the same kind of face. No font is embedded or fetched.
 */
export function fontStack(family: string): string {
  const names = family
    .split(',')
    .map((name) => name.trim().replace(/^["']|["']$/g, ''))
    .filter(Boolean);
  const quoted = names.map((name) => (/^[\w-]+$/.test(name) ? name : `'${name}'`));
  if (!names.some((name) => GENERIC.test(name))) quoted.push('sans-serif');
  return quoted.join(', ');
}
