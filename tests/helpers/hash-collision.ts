// Two different strings with the same hashString: found by a birthday search (≈ 2^16 tries for a
// 32-bit hash), so tests can check what happens when keys collide.
import { hashString } from '../../src/io/string-hash-sieve.js';

export function findHashCollision(prefix = 'CITES|report:'): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const s = `${prefix}${i.toString(36)}`;
    const h = hashString(s);
    const other = seen.get(h);
    if (other !== undefined) return [other, s];
    seen.set(h, s);
  }
}
