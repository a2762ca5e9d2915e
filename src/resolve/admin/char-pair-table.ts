// A table from pairs of UTF-16 code units (the first two or last two characters of a name) to a
// row of 32-bit numbers, with numeric keys in typed arrays: a scan of running text can ask "which
// names could start (or end) here" with no string slicing and no string hashing. A small bit
// filter (one bit per hash, a few bits per pair) answers most absent pairs without touching the
// large arrays, which a scan of running text would otherwise read at random.

const EMPTY = 0xffffffff;

export class CharPairTable {
  private keys: Uint32Array;
  private values: Int32Array;
  /** One bit per filter slot: set when some stored pair hashes there. */
  private filter = new Uint32Array(1);
  /** Bits of the hash that index the filter (its size is 2^filterBits bits). */
  private filterBits = 5;
  private count = 0;

  /** `columns` numbers per pair, all 0 until updated. */
  constructor(
    readonly columns = 1,
    capacity = 1024,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Uint32Array(size).fill(EMPTY);
    this.values = new Int32Array(size * columns);
  }

  /** Number of pairs stored. */
  get size(): number {
    return this.count;
  }

  /** The row of the pair (a, b), or -1 when the pair is not stored. */
  rowOf(a: number, b: number): number {
    const key = ((a << 16) | b) >>> 0;
    const h = hash(key);
    const f = h >>> (32 - this.filterBits);
    if ((this.filter[f >>> 5] & (1 << (f & 31))) === 0) return -1;
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const k = keys[i];
      if (k === key) return i;
      if (k === EMPTY) return -1;
    }
  }

  /** Column `column` of a row given by rowOf (0 for the row -1). */
  at(row: number, column = 0): number {
    return row < 0 ? 0 : this.values[row * this.columns + column];
  }

  /** Column `column` stored for the pair (a, b), or 0. */
  get(a: number, b: number, column = 0): number {
    return this.at(this.rowOf(a, b), column);
  }

  /**
   * Combines `value` into column `column` of the pair (a, b) with `merge` (the stored number is 0
   * at first). The pair (U+FFFF, U+FFFF), two non-characters, marks empty slots and is never stored.
   */
  update(a: number, b: number, column: number, value: number, merge: (old: number, value: number) => number): void {
    const key = ((a << 16) | b) >>> 0;
    if (key === EMPTY) return;
    let row = this.rowOf(a, b);
    if (row < 0) {
      if ((this.count + 1) * 2 > this.keys.length) this.grow();
      row = this.insert(key);
      this.count++;
      if (this.count * 8 > 1 << this.filterBits && this.filterBits < 30) this.rebuildFilter();
      else this.mark(key);
    }
    const i = row * this.columns + column;
    this.values[i] = merge(this.values[i], value);
  }

  /** Puts `key` in its free slot (the key must be absent) and returns the slot. */
  private insert(key: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let i = hash(key) & mask;
    while (keys[i] !== EMPTY) i = (i + 1) & mask;
    keys[i] = key;
    return i;
  }

  /** Sets the filter bit of `key`. */
  private mark(key: number): void {
    const f = hash(key) >>> (32 - this.filterBits);
    this.filter[f >>> 5] |= 1 << (f & 31);
  }

  /** Doubles the filter until it has 8 bits per pair, and marks every stored key again. */
  private rebuildFilter(): void {
    while (this.count * 8 > 1 << this.filterBits && this.filterBits < 30) this.filterBits++;
    this.filter = new Uint32Array(Math.max(1, (1 << this.filterBits) >>> 5));
    for (const key of this.keys) if (key !== EMPTY) this.mark(key);
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const c = this.columns;
    this.keys = new Uint32Array(oldKeys.length * 2).fill(EMPTY);
    this.values = new Int32Array(oldKeys.length * 2 * c);
    for (let j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] === EMPTY) continue;
      const i = this.insert(oldKeys[j]);
      for (let k = 0; k < c; k++) this.values[i * c + k] = oldValues[j * c + k];
    }
  }
}

/** Mixes all bits of a 32-bit key into the low ones (MurmurHash3's finalizer). */
function hash(key: number): number {
  let h = key ^ (key >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
