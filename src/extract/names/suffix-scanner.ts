// Finds the longest listed word that ends at a position (a trie over reversed words), so names of
// bodies, events and platforms can be read right to left from their head word (…司法所, …会议).
//
// Words are walked by UTF-16 code unit over a CharCodeTrie, so a scan allocates nothing until it
// finds a word, and a position whose character ends no word costs one array read.
import { CharCodeTrie, CodeUnitSet } from '../char-code-trie.js';

export interface SuffixHit<T> {
  start: number;
  end: number;
  word: string;
  value: T;
}

export class SuffixScanner<T> {
  private readonly trie = new CharCodeTrie();
  /** The word that ends at each node of the reversed trie, and its value (undefined for none). */
  private readonly words: (string | undefined)[] = [undefined];
  private readonly values: (T | undefined)[] = [undefined];
  /** Code units that are words by themselves. */
  private readonly singles = new CodeUnitSet();
  /** Length of the longest word (bounds every backward walk). */
  maxLength = 0;

  /** Adds a word; the first value given for a word is kept. */
  add(word: string, value: T): this {
    if (!word) return this;
    let node = 0;
    for (let i = word.length - 1; i >= 0; i--) {
      node = this.trie.addChild(node, word.charCodeAt(i));
      if (node === this.words.length) {
        this.words.push(undefined);
        this.values.push(undefined);
      }
    }
    if (word.length === 1) this.singles.add(word.charCodeAt(0));
    if (this.words[node] === undefined) {
      this.words[node] = word;
      this.values[node] = value;
    }
    this.maxLength = Math.max(this.maxLength, word.length);
    return this;
  }

  /** True when some word may end at `end` (exclusive): its last character ends a listed word. */
  mayEndAt(text: string, end: number): boolean {
    return end >= 1 && end <= text.length && this.trie.opens(text.charCodeAt(end - 1));
  }

  /** The longest word ending at `end` (exclusive) and starting at or after `floor`, or null. */
  longestEndingAt(text: string, end: number, floor = 0): SuffixHit<T> | null {
    if (end < 1 || end > text.length) return null;
    const trie = this.trie;
    // Most positions end no word; of the rest, most do not go on with the character before.
    const last = text.charCodeAt(end - 1);
    if (!trie.opens(last)) return null;
    const twoBack = end - 2 >= floor && end >= 2 && trie.mayContinue(last, text.charCodeAt(end - 2));
    if (!twoBack && !this.singles.has(last)) return null;
    let best = -1;
    let bestStart = -1;
    for (let i = end - 1, node = 0; i >= floor && i >= 0; i--) {
      node = trie.child(node, text.charCodeAt(i));
      if (node < 0) break;
      if (this.words[node] !== undefined) {
        best = node;
        bestStart = i;
      }
    }
    if (best < 0) return null;
    return { start: bestStart, end, word: this.words[best] as string, value: this.values[best] as T };
  }

  /** True when `text` itself is a listed word. */
  has(text: string): boolean {
    const hit = this.longestEndingAt(text, text.length);
    return hit !== null && hit.start === 0;
  }
}
