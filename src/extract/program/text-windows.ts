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

/** The words of a list grouped by the code unit they start (or end) with, in list order. */
interface EdgeIndex {
  byCode: Map<number, string[]>;
  /** True when the list holds the empty word, which starts and ends every text. */
  hasEmpty: boolean;
}

const byFirst = new WeakMap<readonly string[], EdgeIndex>();
const byLast = new WeakMap<readonly string[], EdgeIndex>();

/** `words` grouped by one of their characters, built once per list (the lists are the vocabulary's). */
function edgeIndex(cache: WeakMap<readonly string[], EdgeIndex>, words: readonly string[], codeOf: (w: string) => number): EdgeIndex {
  let index = cache.get(words);
  if (!index) {
    index = { byCode: new Map(), hasEmpty: words.includes('') };
    for (const w of words) {
      if (!w) continue;
      const list = index.byCode.get(codeOf(w));
      if (list) list.push(w);
      else index.byCode.set(codeOf(w), [w]);
    }
    cache.set(words, index);
  }
  return index;
}

/** Of `candidates` (in list order) that `fits`, the longest, the first on a tie; else '' when allowed, else null. */
function longestFitting(candidates: readonly string[] | undefined, hasEmpty: boolean, fits: (w: string) => boolean): string | null {
  let best: string | null = null;
  for (const w of candidates ?? []) if ((best === null || w.length > best.length) && fits(w)) best = w;
  return best ?? (hasEmpty ? '' : null);
}

/** The longest word of `words` that `text` starts with (the first such word on a tie). */
export function longestPrefix(text: string, words: readonly string[]): string | null {
  const index = edgeIndex(byFirst, words, (w) => w.charCodeAt(0));
  return longestFitting(index.byCode.get(text.charCodeAt(0)), index.hasEmpty, (w) => text.startsWith(w));
}

/** The longest word of `words` that `text` ends with (the first such word on a tie). */
export function longestSuffix(text: string, words: readonly string[]): string | null {
  const index = edgeIndex(byLast, words, (w) => w.charCodeAt(w.length - 1));
  return longestFitting(index.byCode.get(text.charCodeAt(text.length - 1)), index.hasEmpty, (w) => text.endsWith(w));
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
