// StringHashSieve answers "new for sure" or "maybe seen": never "new" for a string added before,
// and "maybe seen" for a different string only when the two share a hash (both halves of it).
import { describe, expect, it } from 'vitest';
import { hashString, hashString2, StringHashSieve } from '../../src/io/string-hash-sieve.js';
import { findHashCollision } from '../helpers/hash-collision.js';

/** A sieve with only hashString: 32 bits, so a birthday search finds two strings that collide. */
const weakSieve = () => new StringHashSieve({ first: hashString, second: () => 0 });

describe('StringHashSieve', () => {
  it('says new for each string the first time, and maybe-seen after, across many growths of its table', () => {
    const sieve = new StringHashSieve();
    // 200,000 keys: the table (65,536 slots at first) grows three times.
    const keys = Array.from({ length: 200_000 }, (_, i) => `MENTIONS|report:${i.toString(16)}#${i % 40}|law:行政处罚法|${i % 9000}`);
    const hashes = new Set<string>();
    const wrong: string[] = [];
    for (const k of keys) {
      const h = `${hashString(k)}:${hashString2(k)}`;
      if (sieve.add(k) !== !hashes.has(h)) wrong.push(k);
      hashes.add(h);
    }
    for (const k of keys) if (sieve.add(k)) wrong.push(k);
    expect(wrong).toEqual([]);
    // 64 bits: no two of these keys share a hash, though 32 bits alone would give a few pairs.
    expect(hashes.size).toBe(keys.length);
    expect(new Set(keys.map(hashString)).size).toBeLessThan(keys.length);
    // At most 70 % full: a power of two above hashes / 0.7, 8 bytes a slot.
    expect(sieve.bytes).toBeLessThanOrEqual(8 * 2 * Math.ceil(hashes.size / 0.7));
  });

  it('says maybe-seen for a different string with the same hash, and new for one without', () => {
    const [a, b] = findHashCollision();
    expect(a).not.toBe(b);
    const sieve = weakSieve();
    expect(sieve.add(a)).toBe(true);
    expect(sieve.add(b)).toBe(false);
    expect(hashString(`${a}!`)).not.toBe(hashString(a));
    expect(sieve.add(`${a}!`)).toBe(true);
    // The second half tells the two apart.
    expect(hashString2(a)).not.toBe(hashString2(b));
    const strong = new StringHashSieve();
    expect(strong.add(a)).toBe(true);
    expect(strong.add(b)).toBe(true);
    expect(strong.add(a)).toBe(false);
  });

  it('keeps strings apart whose first halves are 0 or equal, through growths', () => {
    // Every string's first half is 0 (stored as 1): only the second half separates them.
    const sieve = new StringHashSieve({ first: () => 0, second: hashString2 });
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}`);
    expect(new Set(keys.map(hashString2)).size).toBe(keys.length);
    expect(keys.filter((k) => !sieve.add(k))).toEqual([]);
    expect(keys.filter((k) => sieve.add(k))).toEqual([]);
  });

  it('hashes the empty string, surrogates and NUL like any other code units, never to 0', () => {
    for (const s of ['', '\u0000', '😀', '\ud800', 'a\u0000b']) expect(hashString(s)).not.toBe(0);
    expect(hashString('a\u0000b')).not.toBe(hashString('ab'));
    expect(hashString2('a\u0000b')).not.toBe(hashString2('ab'));
    expect(hashString2('')).not.toBe(hashString2('\u0000'));
  });
});
