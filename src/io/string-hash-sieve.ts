// Remembers strings by a 32-bit hash in a typed open-addressing table: 6 to 12 bytes a string, where a
// Set keeps each string alive and takes ~50 bytes of table for it (245 MB for the 5 million edge keys
// of a 20,000-report graph). It cannot say for sure that a string was seen, only that it may have been
// (a string with the same hash was): the caller checks those few exactly.

/** Slots of a new table (a power of two). */
const INITIAL_SLOTS = 1 << 16;

/** FNV-1a over the string's UTF-16 code units, never 0 (0 marks an empty slot). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h === 0 ? 1 : h;
}

export class StringHashSieve {
  private table = new Int32Array(INITIAL_SLOTS);
  private hashes = 0;

  /**
   * Adds the hash of `s`. True when no string added before had that hash, so `s` is new for sure;
   * false when one had: `s` may have been added before, or another string shares its hash.
   */
  add(s: string): boolean {
    return this.insert(hashString(s));
  }

  /** Bytes the table takes. */
  get bytes(): number {
    return this.table.byteLength;
  }

  private insert(h: number): boolean {
    const table = this.table;
    const mask = table.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = table[i];
      if (slot === h) return false;
      if (slot === 0) {
        table[i] = h;
        // Kept at most 70 % full, so a probe stays short.
        if (++this.hashes > table.length * 0.7) this.grow();
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.hashes = 0;
    for (let i = 0; i < old.length; i++) if (old[i] !== 0) this.insert(old[i]);
  }
}
