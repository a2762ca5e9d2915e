// LargeStringSet must behave as a Set of strings, before and after its first Set is full, and
// spread graph keys evenly enough over its overflow Sets that it holds many times what one V8 Set
// can. The first Set's capacity is made small here; in use it is V8's limit.
import { describe, expect, it } from 'vitest';
import { LargeStringSet } from '../../src/io/large-string-set.js';

/** Keys shaped like a build's edge keys: type, report, passage, entity, offset. */
function edgeKeys(count: number): string[] {
  const keys: string[] = [];
  const entities = ['law:中华人民共和国行政处罚法', 'program:八五普法', 'institution:370102/司法所', 'indicator:调解纠纷', 'admin:110105'];
  for (let i = 0; i < count; i++) {
    const report = (Math.imul(i, 2654435761) >>> 0).toString(16).padStart(16, '0');
    const entity = entities[i % entities.length];
    keys.push(i % 3 === 0 ? `MENTIONS|report:${report}#${i % 40}|${entity}|${i % 9000}` : `${i % 2 ? 'CITES' : 'ADOPTS'}|report:${report}|${entity}`);
  }
  return keys;
}

/** Adds every key to both sets and checks each answer of `set` against a plain Set's. */
function expectLikeASet(set: LargeStringSet, keys: string[]): void {
  const plain = new Set<string>();
  for (const k of keys) {
    const isNew = !plain.has(k);
    plain.add(k);
    expect(set.add(k)).toBe(isNew);
  }
  expect(set.size).toBe(plain.size);
  for (const k of keys) expect(set.has(k)).toBe(true);
  for (const k of ['abcd', 'MENTIONS|', '😀😀', 'a\u0000c']) expect(set.has(k)).toBe(false);
}

const tricky = ['', 'a', 'ab', 'abc', '😀', 'a\u0000b'];

describe('LargeStringSet', () => {
  it('answers as a Set of the same strings does', () => {
    const set = new LargeStringSet();
    expectLikeASet(set, [...edgeKeys(5000), ...tricky, ...edgeKeys(200)]);
    expect(set.setSizes()).toEqual([set.size]);
  });

  it('answers the same once its first Set is full, for strings in either part', () => {
    const set = new LargeStringSet(1000);
    // Repeats of keys from the first part and from the overflow, and tricky strings in the overflow.
    expectLikeASet(set, [...edgeKeys(3000), ...tricky, ...edgeKeys(3000)]);
    const sizes = set.setSizes();
    expect(sizes[0]).toBe(1000);
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(set.size);
  });

  it('spreads graph keys over its overflow Sets: none holds more than twice its share', () => {
    const set = new LargeStringSet(1);
    for (const k of edgeKeys(200_000)) set.add(k);
    const overflow = set.setSizes().slice(1);
    const share = (set.size - 1) / overflow.length;
    expect(Math.max(...overflow)).toBeLessThan(2 * share);
    expect(Math.min(...overflow)).toBeGreaterThan(share / 2);
  });
});
