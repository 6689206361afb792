// Stands in for codemirror-json-schema's parsers/index.js (see scripts/json-schema-slim.js): the
// playground edits JSON only, so the JSON5 and YAML parsers it would bring are left out.
import { parseJSONDocumentState } from 'codemirror-json-schema';

export const getDefaultParser = () => parseJSONDocumentState;
