/** The JSON path of `key` inside `path`: `events[3].start`, `[2].content`, `x["odd key"]`. */
export function pathOf(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  return name === key ? (path ? `${path}.${key}` : key) : `${path}[${name}]`;
}
