// A table from pairs of UTF-16 code units (the first two or last two characters of a name) to a
// 32-bit number, with numeric keys in typed arrays: a scan of running text can ask "which names
// could start (or end) here" with no string slicing and no string hashing.

const EMPTY = 0xffffffff;

export class CharPairTable {
  private keys: Uint32Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Uint32Array(size).fill(EMPTY);
    this.values = new Int32Array(size);
  }

  /** Number of pairs stored. */
  get size(): number {
    return this.count;
  }

  /** The number stored for the pair (a, b), or 0. */
  get(a: number, b: number): number {
    const key = ((a << 16) | b) >>> 0;
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let i = hash(key) & mask; ; i = (i + 1) & mask) {
      const k = keys[i];
      if (k === key) return this.values[i];
      if (k === EMPTY) return 0;
    }
  }

  /**
   * Combines `value` into the number stored for (a, b) with `merge` (the stored number is 0 at
   * first). The pair (U+FFFF, U+FFFF), two non-characters, marks empty slots and is never stored.
   */
  update(a: number, b: number, value: number, merge: (old: number, value: number) => number): void {
    const key = ((a << 16) | b) >>> 0;
    if (key === EMPTY) return;
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let i = hash(key) & mask; ; i = (i + 1) & mask) {
      const k = keys[i];
      if (k === key) {
        this.values[i] = merge(this.values[i], value);
        return;
      }
      if (k === EMPTY) {
        keys[i] = key;
        this.values[i] = merge(0, value);
        this.count++;
        return;
      }
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Uint32Array(oldKeys.length * 2).fill(EMPTY);
    this.values = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const key = oldKeys[j];
      if (key === EMPTY) continue;
      let i = hash(key) & mask;
      while (this.keys[i] !== EMPTY) i = (i + 1) & mask;
      this.keys[i] = key;
      this.values[i] = oldValues[j];
    }
  }
}

/** Mixes the bits of a 32-bit key (multiplicative hashing). */
function hash(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 0;
}
