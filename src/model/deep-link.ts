/** The hash that names an event of a timeline: `#<element id or "timeline">/<event id>`. */
export function eventHash(elementId: string, eventId: string): string {
  return `#${encodeURIComponent(elementId || 'timeline')}/${encodeURIComponent(eventId)}`;
}

/** The event id a hash names for this element, or null. */
export function eventFromHash(hash: string, elementId: string): string | null {
  const prefix = `#${encodeURIComponent(elementId || 'timeline')}/`;
  if (!hash.startsWith(prefix)) return null;
  try {
    return decodeURIComponent(hash.slice(prefix.length)) || null;
  } catch {
    return null;
  }
}
