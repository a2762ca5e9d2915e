// A character trie for gazetteer lookup: at each position the longest entry that starts there,
// in time linear in the text times the depth of the trie (no regex, no backtracking).

interface TrieNode {
  next: Map<string, TrieNode>;
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
  size = 0;

  /** Adds `key` → `value` (several values may share a key). */
  add(key: string, value: T): void {
    if (key.length === 0) return;
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(ch, child);
      }
      node = child;
    }
    if (!node.values) {
      node.values = [];
      this.size++;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The longest key starting at `pos`, or null. */
  longestAt(text: string, pos: number): TrieMatch<T> | null {
    let node: TrieNode | undefined = this.root;
    let best: TrieMatch<T> | null = null;
    for (let i = pos; i < text.length; i++) {
      node = node.next.get(text[i]);
      if (!node) break;
      if (node.values) best = { start: pos, end: i + 1, key: text.slice(pos, i + 1), values: node.values as T[] };
    }
    return best;
  }

  /** Leftmost-longest non-overlapping matches in `text`. */
  findAll(text: string): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    let i = 0;
    while (i < text.length) {
      const m = this.root.next.has(text[i]) ? this.longestAt(text, i) : null;
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** Exact lookup. */
  get(key: string): T[] | undefined {
    let node: TrieNode | undefined = this.root;
    for (const ch of key) {
      node = node.next.get(ch);
      if (!node) return undefined;
    }
    return (node.values as T[] | null) ?? undefined;
  }
}
