import type { FieldPaths } from './parse-event.js';

/** Input of any accepted format, brought to the native shape with the paths it came from. */
export interface NativeInput {
  title: unknown;
  description: unknown;
  categories: unknown;
  /** `skip` is set when an adapter has already reported why the event cannot be read. */
  events: { raw: unknown; path: string; at?: FieldPaths; skip?: true }[];
  eras: { raw: unknown; path: string }[];
  /** The timeline's own `media`, read at the path `media`. */
  media?: unknown;
  /** Event ids in slide order, read at the path `story`. */
  story?: unknown;
}
