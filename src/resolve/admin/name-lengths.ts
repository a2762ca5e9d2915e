// Which lengths of admin name could start or end at a position of running text, read from the
// first two and the last two characters of every name: a scan then slices and looks up only those
// few candidates instead of every length at every Han character.
//
// Lengths are bit masks: bit n (2 ≤ n ≤ 31) stands for a name of n characters, bit 0 (LONGER) for
// any longer one, whose lengths the caller then tries one by one.

import { CharPairTable } from './char-pair-table.js';

export const NameLengths = {
  LONGER: 1,
  MAX_BIT: 31,
  /** The bit of a name of `length` characters. */
  bit(length: number): number {
    return length > NameLengths.MAX_BIT ? NameLengths.LONGER : 1 << length;
  },
  /** True when `mask` holds `length`. */
  has(mask: number, length: number): boolean {
    return length > NameLengths.MAX_BIT ? (mask & NameLengths.LONGER) !== 0 : (mask & (1 << length)) !== 0;
  },
  /** The longest length held by `mask` (up to MAX_BIT; -1 when it holds none of 1…31). */
  highest(mask: number): number {
    return 31 - Math.clz32(mask & ~NameLengths.LONGER);
  },
  /** The mask of every length up to `n` (LONGER included when n > MAX_BIT). */
  upTo(n: number): number {
    if (n > NameLengths.MAX_BIT) return -1;
    return n < 2 ? 0 : (((1 << n) - 1) << 1) | 0;
  },
} as const;

// Columns of the tables.
const LONGEST = 0;
const FULL = 1;
const SHORT = 2;

const orBits = (old: number, bits: number): number => old | bits;
const setBit = (set: Uint32Array, c: number): void => {
  set[c >>> 5] |= 1 << (c & 31);
};
const hasBit = (set: Uint32Array, c: number): boolean => (set[c >>> 5] & (1 << (c & 31))) !== 0;

export class NameLengthIndex {
  /** By first pair: longest full name, full-name lengths, short-form lengths. */
  private readonly starts: CharPairTable;
  /** By last pair: -, full-name lengths, short-form lengths. */
  private readonly ends: CharPairTable;
  /** Bit set of the code units that open some name (full or short): many characters of prose open none. */
  private readonly opens = new Uint32Array(0x10000 >>> 5);
  /** Bit set of the code units that end some full name (镇, 区, 县 …). */
  private readonly closes = new Uint32Array(0x10000 >>> 5);

  /** `shortNames` are the short forms looked up with `shortForms` (those of provinces, cities, counties). */
  constructor(fullNames: Iterable<string>, shortNames: Iterable<string>) {
    this.starts = new CharPairTable(3, 16_384);
    this.ends = new CharPairTable(3, 16_384);
    for (const name of fullNames) this.note(name, FULL);
    for (const name of shortNames) this.note(name, SHORT);
  }

  private note(name: string, column: number): void {
    if (name.length < 2) return;
    const bit = NameLengths.bit(name.length);
    const [a, b] = [name.charCodeAt(0), name.charCodeAt(1)];
    setBit(this.opens, a);
    if (column === FULL) setBit(this.closes, name.charCodeAt(name.length - 1));
    if (column === FULL) this.starts.update(a, b, LONGEST, name.length, Math.max);
    this.starts.update(a, b, column, bit, orBits);
    this.ends.update(name.charCodeAt(name.length - 2), name.charCodeAt(name.length - 1), column, bit, orBits);
  }

  /** Length of the longest full name whose first two characters are `text[at]`, `text[at + 1]` (0 for none). */
  longestAt(text: string, at: number): number {
    if (at < 0 || at + 1 >= text.length) return 0;
    return this.starts.get(text.charCodeAt(at), text.charCodeAt(at + 1), LONGEST);
  }

  /**
   * Lengths of the names that may start at `at`: full names, and with `shortForms` short forms no
   * longer than the longest full name there. A length is kept only when both the first two and the
   * last two characters it spans begin and end some name of that length.
   */
  startingAt(text: string, at: number, shortForms = false): number {
    if (at < 0 || at + 1 >= text.length || !hasBit(this.opens, text.charCodeAt(at))) return 0;
    const row = this.starts.rowOf(text.charCodeAt(at), text.charCodeAt(at + 1));
    if (row < 0) return 0;
    let mask = this.starts.at(row, FULL);
    if (shortForms) mask |= this.starts.at(row, SHORT) & NameLengths.upTo(this.starts.at(row, LONGEST));
    mask &= NameLengths.upTo(text.length - at);
    // Length 2 is the pair itself; longer ones must also end like a name of their length.
    for (let rest = mask & ~7; rest !== 0; ) {
      const len = NameLengths.highest(rest);
      rest &= ~(1 << len);
      const end = at + len;
      const ending = this.ends.rowOf(text.charCodeAt(end - 2), text.charCodeAt(end - 1));
      const bits = this.ends.at(ending, FULL) | (shortForms ? this.ends.at(ending, SHORT) : 0);
      if ((bits & (1 << len)) === 0) mask &= ~(1 << len);
    }
    return mask;
  }

  /**
   * The first offset at or after `from` where a full name (with `shortForms`, a short form too) of
   * Han characters (U+4E00–U+9FFF) may start, i.e. where startingAt is not 0; text.length when none
   * does. One tight loop, for scans of running text where most characters open no name.
   */
  nextStart(text: string, from: number, shortForms = false): number {
    const opens = this.opens;
    for (let at = from; at + 1 < text.length; at++) {
      const c = text.charCodeAt(at);
      if (c < 0x4e00 || c > 0x9fff || !hasBit(opens, c)) continue;
      if (this.startingAt(text, at, shortForms) !== 0) return at;
    }
    return text.length;
  }

  /** Lengths of the full names that may end at `end` (exclusive): both their last and first two characters fit. */
  endingAt(text: string, end: number): number {
    if (end < 2 || end > text.length || !hasBit(this.closes, text.charCodeAt(end - 1))) return 0;
    let mask = this.ends.get(text.charCodeAt(end - 2), text.charCodeAt(end - 1), FULL) & NameLengths.upTo(end);
    for (let rest = mask & ~7; rest !== 0; ) {
      const len = NameLengths.highest(rest);
      rest &= ~(1 << len);
      const start = end - len;
      if ((this.starts.get(text.charCodeAt(start), text.charCodeAt(start + 1), FULL) & (1 << len)) === 0) mask &= ~(1 << len);
    }
    return mask;
  }
}
