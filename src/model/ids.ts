/** A readable, stable id from an event's title and start: "assad-is-ousted-2024-12-08". */
export function deriveId(title: string, start: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `${slug || 'event'}-${start.replace(/[^\dA-Za-z+-]+/g, '-').replace(/-+$/, '')}`;
}

/** Makes `id` unique among `taken` by suffixing -2, -3, …; records the result. */
export function uniqueId(id: string, taken: Set<string>): string {
  let result = id;
  for (let n = 2; taken.has(result); n++) result = `${id}-${n}`;
  taken.add(result);
  return result;
}
