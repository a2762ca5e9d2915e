import { describe, expect, it } from 'vitest';
import { CharPairTable } from '../../../src/resolve/admin/char-pair-table.js';

const code = (s: string) => [s.charCodeAt(0), s.charCodeAt(1)] as const;
const or = (a: number, b: number) => a | b;

describe('CharPairTable', () => {
  it('stores and merges numbers per pair of code units and column', () => {
    const t = new CharPairTable(2, 2);
    t.update(...code('中山'), 0, 1 << 3, or);
    t.update(...code('中山'), 0, 1 << 5, or);
    t.update(...code('中山'), 1, 9, Math.max);
    t.update(...code('山中'), 1, 7, Math.max);
    expect(t.get(...code('中山'))).toBe((1 << 3) | (1 << 5));
    expect(t.get(...code('中山'), 1)).toBe(9);
    expect(t.get(...code('山中'), 0)).toBe(0);
    expect(t.get(...code('山中'), 1)).toBe(7);
    expect(t.get(...code('中中'))).toBe(0);
    expect(t.rowOf(...code('中中'))).toBe(-1);
    expect(t.at(t.rowOf(...code('中山')), 1)).toBe(9);
    expect(t.size).toBe(2);
  });

  it('grows past its first capacity without losing pairs or columns', () => {
    const t = new CharPairTable(2, 1);
    for (let i = 0; i < 5000; i++) {
      t.update(0x4e00 + (i % 100), 0x4e00 + Math.floor(i / 100), 0, i + 1, Math.max);
      t.update(0x4e00 + (i % 100), 0x4e00 + Math.floor(i / 100), 1, -(i + 1), Math.min);
    }
    expect(t.size).toBe(5000);
    for (let i = 0; i < 5000; i += 37) {
      expect(t.get(0x4e00 + (i % 100), 0x4e00 + Math.floor(i / 100), 0)).toBe(i + 1);
      expect(t.get(0x4e00 + (i % 100), 0x4e00 + Math.floor(i / 100), 1)).toBe(-(i + 1));
    }
  });

  it('keeps pairs apart that differ only in order or in the high bits', () => {
    const t = new CharPairTable();
    t.update(0xd840, 0xdc00, 0, 1, or);
    t.update(0xdc00, 0xd840, 0, 2, or);
    t.update(0x0000, 0x0001, 0, 4, or);
    t.update(0x0001, 0x0000, 0, 8, or);
    expect([t.get(0xd840, 0xdc00), t.get(0xdc00, 0xd840), t.get(0, 1), t.get(1, 0)]).toEqual([1, 2, 4, 8]);
    // The reserved pair is never stored.
    t.update(0xffff, 0xffff, 0, 16, or);
    expect(t.get(0xffff, 0xffff)).toBe(0);
    expect(t.size).toBe(4);
  });
});
