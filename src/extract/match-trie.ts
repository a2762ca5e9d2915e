// A character trie for gazetteer lookup: at each position the longest entry that starts there,
// in time linear in the text times the depth of the trie (no regex, no backtracking).
//
// Keys are walked by UTF-16 code unit (charCodeAt), so a lookup allocates no one-character strings;
// a character outside the BMP is two steps, which matches it the same way in keys and text. A bitmap
// of the code units that open some key lets a scan skip most positions with one array read.

interface TrieNode {
  next: Map<number, TrieNode> | null;
  values: unknown[] | null;
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  key: string;
  values: T[];
}

export class MatchTrie<T> {
  private readonly root: TrieNode = { next: new Map(), values: null };
  /** 1 for every code unit that opens a key. */
  private readonly opens = new Uint8Array(0x10000);
  /** Exact lookup of whole keys (the same value lists as the trie's nodes). */
  private readonly exact = new Map<string, T[]>();
  size = 0;

  /** Adds `key` → `value` (several values may share a key). */
  add(key: string, value: T): void {
    if (key.length === 0) return;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) {
        child = { next: null, values: null };
        node.next.set(c, child);
      }
      node = child;
    }
    this.opens[key.charCodeAt(0)] = 1;
    if (!node.values) {
      node.values = [];
      this.size++;
      this.exact.set(key, node.values as T[]);
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The longest key starting at `pos`, or null. */
  longestAt(text: string, pos: number): TrieMatch<T> | null {
    if (pos >= text.length || this.opens[text.charCodeAt(pos)] === 0) return null;
    let node: TrieNode | undefined = this.root;
    let bestEnd = -1;
    let bestValues: unknown[] | null = null;
    for (let i = pos; i < text.length; i++) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.values) {
        bestEnd = i + 1;
        bestValues = node.values;
      }
    }
    if (bestValues === null) return null;
    return { start: pos, end: bestEnd, key: text.slice(pos, bestEnd), values: bestValues as T[] };
  }

  /** Leftmost-longest non-overlapping matches in `text`. */
  findAll(text: string): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    const opens = this.opens;
    let i = 0;
    while (i < text.length) {
      const m = opens[text.charCodeAt(i)] === 0 ? null : this.longestAt(text, i);
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
}
