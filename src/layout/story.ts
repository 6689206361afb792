import type { TimelineModel } from '../model/types.js';

/**
 * The events of a story's slides, as indices: those the data's `story` list names, in that order
 * (ids it names twice, or that name no event, are left out), or every event by time.
 */
export function storyOrder(model: TimelineModel): number[] {
  const story = (model as { story?: readonly string[] | null }).story;
  if (!story) return model.events.map((_, i) => i);
  const byId = new Map(model.events.map((e, i) => [e.id, i]));
  const seen = new Set<number>();
  return story.flatMap((id) => {
    const index = byId.get(id);
    if (index === undefined || seen.has(index)) return [];
    seen.add(index);
    return [index];
  });
}
