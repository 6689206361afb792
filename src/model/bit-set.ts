// Sets of event indices as bits, 32 to a Uint32Array element: the union of many words' events and
// the intersection of a query's words cost a pass over n / 32 numbers, whatever their size.

/** An empty set of the indices 0 … size - 1. */
export const emptyBits = (size: number): Uint32Array => new Uint32Array((size + 31) >>> 5);

/** Adds index `i` to `bits`. */
export function addBit(bits: Uint32Array, i: number): void {
  bits[i >>> 5] = (bits[i >>> 5] ?? 0) | (1 << (i & 31));
}

/** `into` becomes the union of itself and `bits`. */
export function orBits(into: Uint32Array, bits: Uint32Array): void {
  for (let k = 0; k < into.length; k++) into[k] = (into[k] ?? 0) | (bits[k] ?? 0);
}

/** `into` becomes the intersection of itself and `bits`. */
export function andBits(into: Uint32Array, bits: Uint32Array): void {
  for (let k = 0; k < into.length; k++) into[k] = (into[k] ?? 0) & (bits[k] ?? 0);
}

/** How many indices are in the 32 bits of `x` (Hacker's Delight, 5-2). */
function popCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The indices in `bits`, ascending. */
export function indicesOf(bits: Uint32Array): Int32Array {
  let count = 0;
  for (const word of bits) count += popCount(word);
  const out = new Int32Array(count);
  let at = 0;
  for (let k = 0; k < bits.length; k++) {
    let word = bits[k] ?? 0;
    while (word !== 0) {
      const lowest = word & -word;
      out[at++] = (k << 5) + 31 - Math.clz32(lowest);
      word ^= lowest;
    }
  }
  return out;
}
