/**
 * A value shown inside a message as the input gave it, on one line and shortened: text in quotes
 * ('2024-13-45'), a number or a boolean as it is (20200311), a list or an object as its JSON.
 */
export function quoteValue(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'function' || typeof value === 'symbol'
        ? describeType(value)
        : value instanceof Date
          ? String(Number.isNaN(+value) ? value : value.toISOString())
          : typeof value === 'object' && value
            ? JSON.stringify(value)
            : String(value);
  } catch {
    // Cycles and BigInts inside an object have no JSON: say what it is instead.
    text = describeType(value);
  }
  const line = text.replace(/\s+/g, ' ');
  const short = line.length > 60 ? `${line.slice(0, 57)}…` : line;
  return typeof value === 'string' ? `'${short}'` : short;
}

/** What kind of value the input gave, for a message: "a list", "an object", "a number", "null". */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
