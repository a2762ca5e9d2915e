import { describe, expect, it } from 'vitest';
import { CharCodeTrie, CodeUnitSet } from '../../src/extract/char-code-trie.js';

/** Walks `word` from the root; -1 when the trie lacks it. */
function walk(t: CharCodeTrie, word: string): number {
  let node = 0;
  for (let i = 0; i < word.length && node >= 0; i++) node = t.child(node, word.charCodeAt(i));
  return node;
}

describe('CharCodeTrie', () => {
  it('gives each new path its own node and finds it again', () => {
    const t = new CharCodeTrie();
    const add = (word: string) => {
      let node = 0;
      for (let i = 0; i < word.length; i++) node = t.addChild(node, word.charCodeAt(i));
      return node;
    };
    const a = add('宪法');
    const b = add('宪法修正案');
    expect(add('宪法')).toBe(a);
    expect(walk(t, '宪法')).toBe(a);
    expect(walk(t, '宪法修正案')).toBe(b);
    expect(walk(t, '宪')).toBeGreaterThan(0);
    expect(walk(t, '宪章')).toBe(-1);
    expect(walk(t, '法')).toBe(-1);
    expect(t.size).toBe(6);
  });

  it('keeps edges apart that share a code unit or a parent, through growth', () => {
    const t = new CharCodeTrie();
    const ends = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const word = String.fromCharCode(0x4e00 + (i % 50), 0x4e00 + ((i * 7) % 60), 0x4e00 + (i % 13));
      let node = 0;
      for (let k = 0; k < word.length; k++) node = t.addChild(node, word.charCodeAt(k));
      ends.set(word, node);
    }
    for (const [word, node] of ends) expect(walk(t, word)).toBe(node);
    expect(new Set(ends.values()).size).toBe(ends.size);
  });

  it('walks surrogate pairs as two code units, and the extremes of the code unit range', () => {
    const t = new CharCodeTrie();
    let node = 0;
    for (const c of [0xd840, 0xdc00, 0x0000, 0xffff]) node = t.addChild(node, c);
    expect(walk(t, '𠀀\u0000\uffff')).toBe(node);
    expect(walk(t, '\ud840')).toBeGreaterThan(0);
    expect(walk(t, '\udc00')).toBe(-1);
  });

  it('tells which code units open a path and which pairs may go on from the root', () => {
    const t = new CharCodeTrie();
    let node = 0;
    for (const ch of '宪法宣传') node = t.addChild(node, ch.charCodeAt(0));
    const code = (ch: string) => ch.charCodeAt(0);
    expect(t.opens(code('宪'))).toBe(true);
    expect(t.opens(code('法'))).toBe(false);
    expect(t.mayContinue(code('宪'), code('法'))).toBe(true);
    // Only the first two steps are in the pair filter: 法宣 is a deeper pair.
    let hits = 0;
    for (let c = 0x4e00; c < 0x4e00 + 2000; c++) if (t.mayContinue(code('宪'), c)) hits++;
    expect(hits).toBeLessThan(5);
  });
});

describe('CodeUnitSet', () => {
  it('holds code units across the whole range', () => {
    const s = new CodeUnitSet();
    for (const c of [0, 31, 32, 0x4e00, 0xd840, 0xffff]) s.add(c);
    for (const c of [0, 31, 32, 0x4e00, 0xd840, 0xffff]) expect(s.has(c)).toBe(true);
    for (const c of [1, 30, 33, 0x4e01, 0xdc00, 0xfffe]) expect(s.has(c)).toBe(false);
  });
});
