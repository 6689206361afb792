/** A readable, stable id from an event's title and start: "assad-is-ousted-2024-12-08". */
export function deriveId(title: string, start: string): string {
  // Only text beyond ASCII needs its accents taken apart (and that is the slow way).
  const ascii = /^[\x20-\x7e]*$/.test(title);
  const slug = (
    ascii
      ? title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
      : title
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, '-')
  )
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `${slug || 'event'}-${start.replace(/[^\dA-Za-z+-]+/g, '-').replace(/-+$/, '')}`;
}

const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/** Makes `id` unique among `taken` by suffixing -2, -3, …; records the result. */
export function uniqueId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) {
    taken.add(id);
    return id;
  }
  // Remember where the count for each id got to, so many repeats stay linear.
  const counters = nextSuffix.get(taken) ?? new Map<string, number>();
  nextSuffix.set(taken, counters);
  let n = counters.get(id) ?? 2;
  while (taken.has(`${id}-${n}`)) n++;
  counters.set(id, n + 1);
  const result = `${id}-${n}`;
  taken.add(result);
  return result;
}
