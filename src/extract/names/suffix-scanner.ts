// Finds the longest listed word that ends at a position (a trie over reversed words), so names of
// bodies, events and platforms can be read right to left from their head word (…司法所, …会议).
//
// Words are walked by UTF-16 code unit (charCodeAt), so a scan allocates nothing until it finds a
// word, and a bitmap of the code units that end some word rejects most positions with one read.

interface Node<T> {
  next: Map<number, Node<T>> | null;
  value: T | undefined;
  word: string | undefined;
}

export interface SuffixHit<T> {
  start: number;
  end: number;
  word: string;
  value: T;
}

export class SuffixScanner<T> {
  private readonly root: Node<T> = { next: new Map(), value: undefined, word: undefined };
  /** 1 for every code unit that ends some word. */
  private readonly ends = new Uint8Array(0x10000);
  /** Length of the longest word (bounds every backward walk). */
  maxLength = 0;

  /** Adds a word; the first value given for a word is kept. */
  add(word: string, value: T): this {
    if (!word) return this;
    let node = this.root;
    for (let i = word.length - 1; i >= 0; i--) {
      const c = word.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) {
        child = { next: null, value: undefined, word: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    this.ends[word.charCodeAt(word.length - 1)] = 1;
    if (node.word === undefined) {
      node.word = word;
      node.value = value;
    }
    this.maxLength = Math.max(this.maxLength, word.length);
    return this;
  }

  /** True when some word may end at `end` (exclusive): its last character ends a listed word. */
  mayEndAt(text: string, end: number): boolean {
    return end >= 1 && end <= text.length && this.ends[text.charCodeAt(end - 1)] === 1;
  }

  /** The longest word ending at `end` (exclusive) and starting at or after `floor`, or null. */
  longestEndingAt(text: string, end: number, floor = 0): SuffixHit<T> | null {
    if (!this.mayEndAt(text, end)) return null;
    let node: Node<T> | undefined = this.root;
    let best: Node<T> | null = null;
    let bestStart = -1;
    for (let i = end - 1; i >= floor; i--) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.word !== undefined) {
        best = node;
        bestStart = i;
      }
    }
    if (best === null) return null;
    return { start: bestStart, end, word: best.word as string, value: best.value as T };
  }

  /** True when `text` itself is a listed word. */
  has(text: string): boolean {
    const hit = this.longestEndingAt(text, text.length);
    return hit !== null && hit.start === 0;
  }
}
