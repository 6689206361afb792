// The element's search normalisation (src/model/search.ts `searchText`), for the server: the
// server cannot import TypeScript, and tests/server/search-text.test.js keeps the two equal.

/**
 * Text as search compares it: without case, diacritics or ligatures (NFKD, marks dropped), Arabic
 * letters written two ways made one, tatweel dropped, white space runs as one space.
 * @param {string} text
 * @param {string} [locale]
 * @returns {string}
 */
export function searchText(text, locale) {
  return text
    .toLocaleLowerCase(locale)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\u0640/g, '')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of a query, each to be found in an event's search text.
 * @param {string} query
 * @returns {string[]}
 */
export function searchWords(query) {
  return searchText(query).split(' ').filter(Boolean);
}
