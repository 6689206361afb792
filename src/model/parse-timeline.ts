import type { Adapters } from './adapt.js';
import { adaptTimelineJs } from './adapt-timelinejs.js';
import { adaptVisItems } from './adapt-vis.js';
import { parseInput } from './parse-input.js';
import type { ParseResult } from './types.js';

const ADAPTERS: Adapters = { timelinejs: adaptTimelineJs, vis: adaptVisItems };

/**
 * Parses timeline data of any accepted format (native, TimelineJS3, vis-timeline items, or JSON
 * text of one of them) into a model. Never throws: every problem becomes an issue with its path,
 * and every valid event is kept.
 */
export function parseTimeline(input: unknown): ParseResult {
  return parseInput(input, ADAPTERS);
}
