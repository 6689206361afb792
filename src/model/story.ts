import { describeType, quoteValue } from './describe-value.js';
import type { IssueLog } from './issue-log.js';
import { pathOf } from './json-path.js';
import type { TimelineEvent } from './types.js';

/**
 * Reads `story`, the event ids in slide order, against the events that were read. An id that
 * names no event, or one already in the list, is left out with a warning; null when absent.
 */
export function readStory(
  value: unknown,
  events: readonly TimelineEvent[],
  log: IssueLog,
): string[] | null {
  if (value == null) return null;
  if (!Array.isArray(value)) {
    log.warn(
      'story',
      `should be a list of event ids, not ${describeType(value)}; the events are told in time order`,
    );
    return null;
  }
  const ids = new Set(events.map((event) => event.id));
  const story: string[] = [];
  const seen = new Set<string>();
  value.forEach((id, i) => {
    const path = pathOf('story', i);
    if (typeof id !== 'string' || !ids.has(id)) {
      log.warn(path, `${quoteValue(id)} is not the id of an event; it is left out of the story`);
    } else if (seen.has(id)) {
      log.warn(path, `${quoteValue(id)} is in the story twice; the first place is kept`);
    } else {
      seen.add(id);
      story.push(id);
    }
  });
  return story;
}
