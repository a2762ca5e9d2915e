// Finds quoted terms (“…”) in a passage in one linear pass, and groups the ones written side by side
// (“诉访分离”和“网上信访”, “请进来阵地服务”“走出去上门服务”) so context cues apply to the whole group.

export interface QuotedTerm {
  /** Offset of the opening quotation mark. */
  start: number;
  /** Offset just after the closing quotation mark. */
  end: number;
  /** The text between the marks. */
  inner: string;
}

export interface QuotedGroup {
  terms: QuotedTerm[];
  start: number;
  end: number;
}

export interface ScanQuotedOptions {
  /** Longest quoted text looked at; an opening mark with no close within it is left alone. */
  maxInner: number;
}

export const DEFAULT_SCAN_QUOTED: ScanQuotedOptions = { maxInner: 40 };

const OPEN = '“';
const CLOSE = '”';

/** What may stand between two quoted terms of one group. */
const GROUP_GAPS = new Set(['', ' ', '、', '和', '与', '及', '以及', '或', '或者']);

/**
 * Quoted terms of `text`, left to right. An unbalanced “ (another “ or the limit comes first) is
 * skipped, so it never swallows the rest of the passage; each character is looked at a bounded
 * number of times.
 */
export function scanQuotedTerms(text: string, options: ScanQuotedOptions = DEFAULT_SCAN_QUOTED): QuotedTerm[] {
  const out: QuotedTerm[] = [];
  let i = text.indexOf(OPEN);
  while (i >= 0) {
    let close = -1;
    const limit = Math.min(text.length, i + 1 + options.maxInner + 1);
    for (let j = i + 1; j < limit; j++) {
      const c = text[j];
      if (c === CLOSE) {
        close = j;
        break;
      }
      if (c === OPEN || c === '\n') break;
    }
    if (close > i + 1) {
      out.push({ start: i, end: close + 1, inner: text.slice(i + 1, close) });
      i = text.indexOf(OPEN, close + 1);
    } else {
      i = text.indexOf(OPEN, i + 1);
    }
  }
  return out;
}

/** Groups terms separated only by nothing, a space, 、 or a conjunction (和, 与, 及 …). */
export function groupQuotedTerms(text: string, terms: readonly QuotedTerm[]): QuotedGroup[] {
  const groups: QuotedGroup[] = [];
  for (const t of terms) {
    const last = groups[groups.length - 1];
    if (last && t.start - last.end <= 2 && GROUP_GAPS.has(text.slice(last.end, t.start))) {
      last.terms.push(t);
      last.end = t.end;
    } else groups.push({ terms: [t], start: t.start, end: t.end });
  }
  return groups;
}
