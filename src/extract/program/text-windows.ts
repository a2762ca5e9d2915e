// Small, bounded looks around a position in a passage: the clause before it, the noun run after it,
// and word-list tests at a position. Every helper reads a fixed number of characters.

/** Characters that end a clause for the purpose of context cues. */
const CLAUSE_BREAKS = new Set([...',，。;；:：!！?？\n“”《》〈〉()（）、【】[]'].map((ch) => ch.charCodeAt(0)));

/** A CJK ideograph (the basic block and extension A). */
export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/**
 * The index of `ch` at or before `from`, looking back at most `maxBack` characters, or -1. Bounded,
 * unlike `lastIndexOf`, which would make a scan quadratic on text full of closers.
 */
export function findBack(text: string, ch: string, from: number, maxBack: number): number {
  const stop = Math.max(0, from - maxBack);
  for (let i = Math.min(from, text.length - 1); i >= stop; i--) if (text[i] === ch) return i;
  return -1;
}

/** The clause text right before `pos`, at most `max` characters, stopping at punctuation. */
export function clauseBefore(text: string, pos: number, max: number): string {
  let i = pos;
  while (i > 0 && pos - i < max && !CLAUSE_BREAKS.has(text.charCodeAt(i - 1))) i--;
  return text.slice(i, pos);
}

/** The run of CJK characters right after `pos`, at most `max` long. */
export function cjkRunAfter(text: string, pos: number, max: number): string {
  let j = pos;
  while (j < text.length && j - pos < max && isCjk(text[j])) j++;
  return text.slice(pos, j);
}

/** The longest word of `words` that `text` starts with. */
export function longestPrefix(text: string, words: readonly string[]): string | null {
  let best: string | null = null;
  for (const w of words) if (text.startsWith(w) && (!best || w.length > best.length)) best = w;
  return best;
}

/** The longest word of `words` that `text` ends with. */
export function longestSuffix(text: string, words: readonly string[]): string | null {
  let best: string | null = null;
  for (const w of words) if (text.endsWith(w) && (!best || w.length > best.length)) best = w;
  return best;
}

/** A word list indexed by the code unit of its last character, for scans that must not allocate per position. */
export type WordIndex = ReadonlyMap<number, readonly string[]>;

/** Indexes `words` by their last character (longest first within a character). */
export function indexWords(words: readonly string[]): WordIndex {
  const map = new Map<number, string[]>();
  for (const w of words) {
    if (!w) continue;
    const last = w.charCodeAt(w.length - 1);
    const list = map.get(last) ?? [];
    list.push(w);
    map.set(last, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

/** The longest word of `index` that ends exactly at `i` in `text`, or null. */
export function wordEndingAt(text: string, i: number, index: WordIndex): string | null {
  if (i < 1 || i > text.length) return null;
  const list = index.get(text.charCodeAt(i - 1));
  if (!list) return null;
  for (const w of list) if (i >= w.length && text.startsWith(w, i - w.length)) return w;
  return null;
}

/** The word of `index` that ends nearest to the end of `text` (the longest there), or null. */
export function lastOccurring(text: string, index: WordIndex): { word: string; at: number } | null {
  for (let i = text.length; i > 0; i--) {
    const w = wordEndingAt(text, i, index);
    if (w) return { word: w, at: i - w.length };
  }
  return null;
}

/** Strips every leading word of `words` (repeatedly, longest first). */
export function stripLeading(text: string, words: readonly string[]): string {
  let t = text;
  for (;;) {
    const w = longestPrefix(t, words);
    if (!w || w.length >= t.length) return t;
    t = t.slice(w.length);
  }
}
