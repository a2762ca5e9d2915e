// Folds full-width ASCII forms (０-９, Ａ-Ｚ, （）， …) and the ideographic space to their ASCII
// forms one character for one, so offsets into the normalised text are offsets into the original.

/**
 * Returns `text` with U+FF01–U+FF5E mapped to U+0021–U+007E and U+3000 to a space. Same length.
 * @example normalizeText('（一）２０２３年') === '(一)2023年'
 */
export function normalizeText(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let mapped = -1;
    if (c >= 0xff01 && c <= 0xff5e) mapped = c - 0xfee0;
    else if (c === 0x3000 || c === 0x00a0) mapped = 0x20;
    if (mapped >= 0) {
      out += text.slice(last, i) + String.fromCharCode(mapped);
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}
