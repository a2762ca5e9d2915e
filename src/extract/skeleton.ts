// A "skeleton" of a passage with quotation marks removed, so gazetteer names match their quoted
// variants (“八五”普法 → 八五普法, 新时代“枫桥经验”) while offsets map back to the original.

export const QUOTE_CHARS = new Set(['“', '”', '"', '‘', '’', "'", '「', '」', '『', '』', '＂']);

export interface Skeleton {
  text: string;
  /** Original offset of each skeleton character (relative to the input). */
  map: number[];
}

export function stripQuotes(text: string): Skeleton {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (QUOTE_CHARS.has(text[i])) continue;
    out += text[i];
    map.push(i);
  }
  return { text: out, map };
}

/** Maps a skeleton span back to the original, widening over quotes that wrap it on both sides. */
export function mapSpan(sk: Skeleton, original: string, start: number, end: number): { start: number; end: number } {
  let s = sk.map[start];
  let e = sk.map[end - 1] + 1;
  const open = original[s - 1];
  const close = original[e];
  if (open !== undefined && close !== undefined && QUOTE_CHARS.has(open) && QUOTE_CHARS.has(close)) {
    s -= 1;
    e += 1;
  }
  return { start: s, end: e };
}

/** Removes every quotation mark from a name. */
export function unquote(name: string): string {
  let out = '';
  for (const ch of name) if (!QUOTE_CHARS.has(ch)) out += ch;
  return out;
}
