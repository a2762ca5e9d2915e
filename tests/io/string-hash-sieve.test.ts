// StringHashSieve answers "new for sure" or "maybe seen": never "new" for a string added before,
// and "maybe seen" for a different string only when the two share a hash.
import { describe, expect, it } from 'vitest';
import { hashString, StringHashSieve } from '../../src/io/string-hash-sieve.js';
import { findHashCollision } from '../helpers/hash-collision.js';

describe('StringHashSieve', () => {
  it('says new for each string the first time, and maybe-seen after, across many growths of its table', () => {
    const sieve = new StringHashSieve();
    // 200,000 keys: the table (65,536 slots at first) grows three times.
    const keys = Array.from({ length: 200_000 }, (_, i) => `MENTIONS|report:${i.toString(16)}#${i % 40}|law:行政处罚法|${i % 9000}`);
    const hashes = new Set<number>();
    const wrong: string[] = [];
    for (const k of keys) {
      const h = hashString(k);
      if (sieve.add(k) !== !hashes.has(h)) wrong.push(k);
      hashes.add(h);
    }
    for (const k of keys) if (sieve.add(k)) wrong.push(k);
    expect(wrong).toEqual([]);
    // At most 70 % full: a power of two above hashes / 0.7, 4 bytes a slot.
    expect(sieve.bytes).toBeLessThanOrEqual(4 * 2 * Math.ceil(hashes.size / 0.7));
  });

  it('says maybe-seen for a different string with the same hash, and new for one without', () => {
    const [a, b] = findHashCollision();
    expect(a).not.toBe(b);
    const sieve = new StringHashSieve();
    expect(sieve.add(a)).toBe(true);
    expect(sieve.add(b)).toBe(false);
    expect(hashString(`${a}!`)).not.toBe(hashString(a));
    expect(sieve.add(`${a}!`)).toBe(true);
  });

  it('hashes the empty string, surrogates and NUL like any other code units, never to 0', () => {
    for (const s of ['', '\u0000', '😀', '\ud800', 'a\u0000b']) expect(hashString(s)).not.toBe(0);
    expect(hashString('a\u0000b')).not.toBe(hashString('ab'));
  });
});
