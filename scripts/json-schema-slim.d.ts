import type { Plugin } from 'vite';

/** Swaps codemirror-json-schema's Markdown renderer and JSON5/YAML parsers for small ones. */
export function jsonSchemaSlim(): Plugin;
