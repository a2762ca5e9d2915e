// A set of strings that may grow past what one JavaScript Set holds: V8 refuses a Set of more than
// 2^24 (16,777,216) entries with a RangeError, and a graph.json of 70,000 reports has more edges
// than that. Strings go into one plain Set while it has room (as quick as a Set), then into
// overflow Sets chosen by a hash of the string.

/** How many entries one V8 Set can hold. */
export const MAX_SET_SIZE = 2 ** 24;

/** Overflow Sets (a power of two): together they hold 64 × MAX_SET_SIZE strings. */
const OVERFLOW_SETS = 64;

export class LargeStringSet {
  /** Strings in the set. */
  size = 0;
  private readonly first = new Set<string>();
  private overflow: Set<string>[] | null = null;

  /** `firstCapacity`: strings the first Set takes before the overflow Sets open (tests make it small). */
  constructor(private readonly firstCapacity = MAX_SET_SIZE - 1) {}

  has(s: string): boolean {
    return this.first.has(s) || (this.overflow !== null && this.overflowOf(s).has(s));
  }

  /** Adds `s`; false when it was there already. */
  add(s: string): boolean {
    if (this.first.has(s)) return false;
    let target = this.first;
    if (this.first.size >= this.firstCapacity) {
      this.overflow ??= Array.from({ length: OVERFLOW_SETS }, () => new Set<string>());
      target = this.overflowOf(s);
      if (target.has(s)) return false;
    }
    target.add(s);
    this.size++;
    return true;
  }

  /** How many strings each Set holds, the first one first (the set is full when one reaches MAX_SET_SIZE). */
  setSizes(): number[] {
    return [this.first.size, ...(this.overflow ?? []).map((set) => set.size)];
  }

  /**
   * The overflow Set of `s`, by an FNV-1a hash of its first 48 and last 16 code units: graph keys
   * differ in their head (a report id follows the type) or in their tail (an offset, an entity).
   */
  private overflowOf(s: string): Set<string> {
    const n = s.length;
    let h = 0x811c9dc5;
    const head = Math.min(n, 48);
    for (let i = 0; i < head; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    for (let i = Math.max(head, n - 16); i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return this.overflow![h & (OVERFLOW_SETS - 1)];
  }
}
