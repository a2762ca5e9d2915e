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
  let out = '';
  for (const ch of name) if (!QUOTE_CHARS.has(ch)) out += ch;
  return out;
}
