// A "skeleton" of a passage with quotation marks removed, so gazetteer names match their quoted
// variants (“八五”普法 → 八五普法, 新时代“枫桥经验”) while offsets map back to the original.

export const QUOTE_CHARS = new Set(['“', '”', '"', '‘', '’', "'", '「', '」', '『', '』', '＂']);

export interface Skeleton {
  text: string;
  /**
   * Original offset of each skeleton character (relative to the input); null when the input has
   * no quotation marks, so the skeleton is the input (most passages: no array of offsets to build).
   */
  map: number[] | null;
}

/** True when the UTF-16 code unit `c` is one of QUOTE_CHARS. */
export function isQuoteCode(c: number): boolean {
  switch (c) {
    case 0x22: // "
    case 0x27: // '
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201c: // “
    case 0x201d: // ”
    case 0x300c: // 「
    case 0x300d: // 」
    case 0x300e: // 『
    case 0x300f: // 』
    case 0xff02: // ＂
      return true;
    default:
      return false;
  }
}

/** The skeleton of `text`: its characters other than quotation marks, with their offsets. */
export function stripQuotes(text: string): Skeleton {
  let first = 0;
  while (first < text.length && !isQuoteCode(text.charCodeAt(first))) first++;
  if (first === text.length) return { text, map: null };
  // Sized once (a passage runs to hundreds of characters: pushing would grow it again and again).
  const map = new Array<number>(text.length);
  let n = 0;
  for (let i = 0; i < first; i++) map[n++] = i;
  let out = '';
  let run = 0;
  for (let i = first; i < text.length; i++) {
    if (!isQuoteCode(text.charCodeAt(i))) {
      map[n++] = i;
      continue;
    }
    if (i > run) out += text.slice(run, i);
    run = i + 1;
  }
  map.length = n;
  return { text: out + text.slice(run), map };
}

const skeletons = new WeakMap<object, Skeleton>();

/**
 * The skeleton of a passage's text, computed once per passage object (every gazetteer recognizer
 * reads the same one; it is freed with the passage).
 */
export function passageSkeleton(p: { readonly text: string }): Skeleton {
  let sk = skeletons.get(p);
  if (!sk) skeletons.set(p, (sk = stripQuotes(p.text)));
  return sk;
}

/** Maps a skeleton span back to the original, widening over quotes that wrap it on both sides. */
export function mapSpan(sk: Skeleton, original: string, start: number, end: number): { start: number; end: number } {
  let s = sk.map ? sk.map[start] : start;
  let e = sk.map ? sk.map[end - 1] + 1 : end;
  // Quotes opened inside the span and closed right after it belong to it (新时代“枫桥经验” → the
  // span ends after ”), and likewise a quote closed inside that opened right before it.
  let depth = 0;
  let unopened = 0;
  for (let i = s; i < e; i++) {
    if (OPENING.has(original[i])) depth++;
    else if (CLOSING.has(original[i])) {
      if (depth > 0) depth--;
      else unopened++;
    }
  }
  if (depth > 0 && CLOSING.has(original[e] ?? '')) e += 1;
  if (unopened > 0 && OPENING.has(original[s - 1] ?? '')) s -= 1;
  const open = original[s - 1];
  const close = original[e];
  if (depth === 0 && unopened === 0 && open !== undefined && close !== undefined && OPENING.has(open) && CLOSING.has(close)) {
    s -= 1;
    e += 1;
  }
  return { start: s, end: e };
}

const OPENING = new Set(['“', '‘', '「', '『']);
const CLOSING = new Set(['”', '’', '」', '』']);

/** Removes every quotation mark from a name. */
export function unquote(name: string): string {
  let i = 0;
  while (i < name.length && !isQuoteCode(name.charCodeAt(i))) i++;
  return i === name.length ? name : stripQuotes(name).text;
}
