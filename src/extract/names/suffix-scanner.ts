// Finds the longest listed word that ends at a position (a trie over reversed words), so names of
// bodies, events and platforms can be read right to left from their head word (…司法所, …会议).

interface Node<T> {
  next: Map<string, Node<T>>;
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
  /** Length of the longest word (bounds every backward walk). */
  maxLength = 0;

  /** Adds a word; the first value given for a word is kept. */
  add(word: string, value: T): this {
    if (!word) return this;
    let node = this.root;
    for (let i = word.length - 1; i >= 0; i--) {
      let child = node.next.get(word[i]);
      if (!child) {
        child = { next: new Map(), value: undefined, word: undefined };
        node.next.set(word[i], child);
      }
      node = child;
    }
    if (node.word === undefined) {
      node.word = word;
      node.value = value;
    }
    this.maxLength = Math.max(this.maxLength, word.length);
    return this;
  }

  /** The longest word ending at `end` (exclusive) and starting at or after `floor`, or null. */
  longestEndingAt(text: string, end: number, floor = 0): SuffixHit<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: SuffixHit<T> | null = null;
    for (let i = end - 1; i >= floor; i--) {
      node = node.next.get(text[i]);
      if (!node) break;
      if (node.word !== undefined) best = { start: i, end, word: node.word, value: node.value as T };
    }
    return best;
  }

  /** True when `text` itself is a listed word. */
  has(text: string): boolean {
    const hit = this.longestEndingAt(text, text.length);
    return hit !== null && hit.start === 0;
  }
}
