// Spans of balanced 《…》 titles in a passage: names inside a title belong to the title (the
// issuing body in 《中共重庆市开州区委…工作要点》 is not a mention of its own).

/** Longest title taken as one; a longer stretch is a stray bracket. */
const MAX_TITLE = 150;

/** Balanced 《…》 spans of `text`, in order, as [start, end) pairs. */
export function findTitleSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  // Most passages have no title at all.
  if (!text.includes('《')) return out;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '《') open = i;
    else if (ch === '》' && open >= 0) {
      if (i - open <= MAX_TITLE) out.push([open, i + 1]);
      open = -1;
    } else if (ch === '\n') open = -1;
  }
  return out;
}

/**
 * A test of whether a position lies inside a title of `text` (binary search over the spans).
 * @example makeInsideTitle('依据《练塘镇司法所工作制度》')(4) === true
 */
export function makeInsideTitle(text: string): (pos: number) => boolean {
  const spans = findTitleSpans(text);
  return (pos) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid][1] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo < spans.length && spans[lo][0] <= pos;
  };
}
