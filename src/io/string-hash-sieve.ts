// Remembers strings by a 64-bit hash (two 32-bit ones) in a typed open-addressing table: 11 to 23
// bytes a string, where a Set keeps each string alive and takes ~50 bytes of table for it (245 MB
// for the 5 million edge keys of a 20,000-report graph). It cannot say for sure that a string was
// seen, only that it may have been (a string with the same hash was): the caller checks those
// exactly. With 64 bits two different strings among millions share a hash about once in a million
// corpora, so in practice "maybe seen" means "seen", and the exact check runs only then.

/** Slots of a new table (a power of two). */
const INITIAL_SLOTS = 1 << 16;

/** FNV-1a over the string's UTF-16 code units, never 0 (0 marks an empty slot). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h === 0 ? 1 : h;
}

/** A second hash, independent of hashString: a multiply-rotate over the code units, then a final mix. */
export function hashString2(s: string): number {
  let h = 0x9e3779b9 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995);
    h = (h << 13) | (h >>> 19);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

/** The two halves of a string's hash: the first is never 0. */
export interface SieveHashes {
  first(s: string): number;
  second(s: string): number;
}

const DEFAULT_HASHES: SieveHashes = { first: hashString, second: hashString2 };

export class StringHashSieve {
  /** Per slot, the two halves of a hash (0 in the first: empty). */
  private table = new Int32Array(2 * INITIAL_SLOTS);
  private hashes = 0;

  /** `hashes`: how strings are hashed (tests give weak ones, to make strings collide). */
  constructor(private readonly hash: SieveHashes = DEFAULT_HASHES) {}

  /**
   * Adds the hash of `s`. True when no string added before had that hash, so `s` is new for sure;
   * false when one had: `s` may have been added before, or another string shares its hash.
   */
  add(s: string): boolean {
    return this.insert(this.hash.first(s) | 0 || 1, this.hash.second(s) | 0);
  }

  /** Bytes the table takes. */
  get bytes(): number {
    return this.table.byteLength;
  }

  private insert(a: number, b: number): boolean {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let i = (a ^ b) & mask; ; i = (i + 1) & mask) {
      const slot = table[2 * i];
      if (slot === a && table[2 * i + 1] === b) return false;
      if (slot === 0) {
        table[2 * i] = a;
        table[2 * i + 1] = b;
        // Kept at most 70 % full, so a probe stays short.
        if (++this.hashes > (table.length >> 1) * 0.7) this.grow();
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.hashes = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.insert(old[i], old[i + 1]);
  }
}
