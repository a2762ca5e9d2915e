// A character trie for gazetteer lookup: at each position the longest entry that starts there,
// in time linear in the text times the depth of the trie (no regex, no backtracking).
//
// Keys are walked by UTF-16 code unit (charCodeAt) over a CharCodeTrie, so a lookup allocates
// nothing until it finds a key; a character outside the BMP is two steps, which matches it the same
// way in keys and text. Most positions of running text open no key and cost one array read.
import { CharCodeTrie, CodeUnitSet } from './char-code-trie.js';

export interface TrieMatch<T> {
  start: number;
  end: number;
  key: string;
  values: T[];
}

export class MatchTrie<T> {
  private readonly trie = new CharCodeTrie();
  /** Values of the key that ends at each node (null for inner nodes). */
  private readonly values: (T[] | null)[] = [null];
  /** Exact lookup of whole keys (the same value lists as the nodes'). */
  private readonly exact = new Map<string, T[]>();
  /** Code units that are keys by themselves (a match of one character needs no second one). */
  private readonly singles = new CodeUnitSet();
  size = 0;

  /** Adds `key` → `value` (several values may share a key). */
  add(key: string, value: T): void {
    if (key.length === 0) return;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      node = this.trie.addChild(node, key.charCodeAt(i));
      if (node === this.values.length) this.values.push(null);
    }
    if (key.length === 1) this.singles.add(key.charCodeAt(0));
    let list = this.values[node];
    if (!list) {
      list = this.values[node] = [];
      this.size++;
      this.exact.set(key, list);
    }
    if (!list.includes(value)) list.push(value);
  }

  /** The longest key starting at `pos`, or null. */
  longestAt(text: string, pos: number): TrieMatch<T> | null {
    if (pos < 0 || pos >= text.length) return null;
    const node = this.trie.child(0, text.charCodeAt(pos));
    return node < 0 ? null : this.longestFrom(text, pos, node);
  }

  /** The longest key starting at `pos`, whose first character leads to `node`. */
  private longestFrom(text: string, pos: number, node: number): TrieMatch<T> | null {
    const trie = this.trie;
    let bestEnd = -1;
    let bestValues: T[] | null = null;
    for (let i = pos; node >= 0; ) {
      const values = this.values[node];
      if (values) {
        bestEnd = i + 1;
        bestValues = values;
      }
      if (++i >= text.length) break;
      node = trie.child(node, text.charCodeAt(i));
    }
    if (bestValues === null) return null;
    return { start: pos, end: bestEnd, key: text.slice(pos, bestEnd), values: bestValues };
  }

  /** Leftmost-longest non-overlapping matches in `text`. */
  findAll(text: string): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    const trie = this.trie;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      // Most positions open no key; of the rest, most do not go on with the next character.
      const may = trie.opens(c) && ((i + 1 < n && trie.mayContinue(c, text.charCodeAt(i + 1))) || this.singles.has(c));
      const m = may ? this.longestFrom(text, i, trie.child(0, c)) : null;
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** Exact lookup. */
  get(key: string): T[] | undefined {
    return this.exact.get(key);
  }

  /** Every key with its values. */
  entries(): IterableIterator<[string, T[]]> {
    return this.exact.entries();
  }
}

/**
 * Several MatchTries read in one pass over a text: `findAll(text)[k]` is exactly
 * `members[k].findAll(text)` (leftmost-longest, without overlaps within one member), for little
 * more than the cost of one scan, since a scan of running text costs mostly its per-character step.
 */
export class MatchTrieGroup {
  private readonly trie = new CharCodeTrie();
  /** For each node, the members that have a key ending there, as bits (so at most 31 members). */
  private readonly memberBits: number[] = [0];
  /** Values of each member's key ending at each node (members × nodes, null where none ends). */
  private readonly values: (unknown[] | null)[][];
  /** Code units that are keys by themselves in some member. */
  private readonly singles = new CodeUnitSet();

  constructor(readonly members: readonly MatchTrie<unknown>[]) {
    if (members.length > 31) throw new Error('MatchTrieGroup: at most 31 members');
    this.values = members.map(() => [null]);
    members.forEach((member, k) => {
      for (const [key, list] of member.entries()) {
        let node = 0;
        for (let i = 0; i < key.length; i++) {
          node = this.trie.addChild(node, key.charCodeAt(i));
          if (node === this.memberBits.length) {
            this.memberBits.push(0);
            for (const v of this.values) v.push(null);
          }
        }
        if (key.length === 1) this.singles.add(key.charCodeAt(0));
        this.memberBits[node] |= 1 << k;
        this.values[k][node] = list;
      }
    });
  }

  /** The matches of each member in `text`, in member order. */
  findAll(text: string): TrieMatch<unknown>[][] {
    const count = this.members.length;
    const out: TrieMatch<unknown>[][] = this.members.map(() => []);
    // Where each member may match next (after its last match), and its longest key at a position.
    const next = new Int32Array(count);
    const bestEnd = new Int32Array(count);
    const bestNode = new Int32Array(count);
    const trie = this.trie;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!trie.opens(c) || !((i + 1 < n && trie.mayContinue(c, text.charCodeAt(i + 1))) || this.singles.has(c))) continue;
      let open = 0;
      for (let k = 0; k < count; k++) if (next[k] <= i) open |= 1 << k;
      if (open === 0) continue;
      let found = 0;
      for (let j = i, node = trie.child(0, c); node >= 0; ) {
        const ending = this.memberBits[node] & open;
        if (ending !== 0) {
          found |= ending;
          for (let k = 0; k < count; k++) {
            if ((ending & (1 << k)) === 0) continue;
            bestEnd[k] = j + 1;
            bestNode[k] = node;
          }
        }
        if (++j >= n) break;
        node = trie.child(node, text.charCodeAt(j));
      }
      if (found === 0) continue;
      for (let k = 0; k < count; k++) {
        if ((found & (1 << k)) === 0) continue;
        const end = bestEnd[k];
        out[k].push({ start: i, end, key: text.slice(i, end), values: this.values[k][bestNode[k]]! });
        next[k] = end;
      }
    }
    return out;
  }
}
