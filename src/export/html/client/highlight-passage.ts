// Renders an evidence passage with its mentions highlighted: text nodes and <mark> elements built
// one by one, so the passage text can never become markup.

/** Characters of context kept around the highlights of a long passage. */
export const PASSAGE_CONTEXT = 120;

/**
 * Splits `text` at `marks` (sorted, non-overlapping) into plain and marked segments, cutting a long
 * passage down to the part around its marks.
 */
export function segmentPassage(text: string, marks: [number, number][], context: number = PASSAGE_CONTEXT): { text: string; mark: boolean }[] {
  const valid = marks.filter(([s, e]) => s >= 0 && e <= text.length && s < e);
  let from = 0;
  let to = text.length;
  if (valid.length && text.length > 3 * context) {
    from = Math.max(0, valid[0][0] - context);
    to = Math.min(text.length, valid[valid.length - 1][1] + context);
  }
  const segments: { text: string; mark: boolean }[] = [];
  if (from > 0) segments.push({ text: '…', mark: false });
  let at = from;
  for (const [s, e] of valid) {
    if (s < at) continue;
    if (s > at) segments.push({ text: text.slice(at, s), mark: false });
    segments.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) segments.push({ text: text.slice(at, to), mark: false });
  if (to < text.length) segments.push({ text: '…', mark: false });
  return segments;
}

/** A <p> holding the passage with <mark>ed mentions. */
export function renderPassage(text: string, marks: [number, number][]): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'passage';
  for (const seg of segmentPassage(text, marks)) {
    if (seg.mark) {
      const m = document.createElement('mark');
      m.textContent = seg.text;
      p.appendChild(m);
    } else {
      p.appendChild(document.createTextNode(seg.text));
    }
  }
  return p;
}
