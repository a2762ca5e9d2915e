// Finds administrative names in a string by dictionary (longest match first) and groups adjacent
// ones into chains written from large to small: 天津市河东区人民政府鲁山道街道办事处 → 天津市 › 河东区 › 鲁山道街道.

import type { AdminLevel, Span } from '../../types.js';
import { NameLengths, type AdminIndex, type AdminUnit } from './admin-index.js';

/** An admin name found in a string. */
export interface AdminToken extends Span {
  surface: string;
  /** Units the surface names (several when the name repeats across the country). */
  units: readonly AdminUnit[];
  /** `exact` for a full name (练塘镇), `short` for a short form (宁波, 镇海). */
  match: 'exact' | 'short';
}

export interface FindAdminNamesOptions {
  /** Levels whose short forms are matched too (default none: short forms are ordinary words too often). */
  shortLevels?: readonly AdminLevel[];
  /** Shortest full name matched (default 2: 赵县 and 沛县 are real counties). */
  minLength?: number;
  /** Levels matched at all (default all). */
  levels?: readonly AdminLevel[];
}

export const DEFAULT_FIND_ADMIN_NAMES: Required<FindAdminNamesOptions> = {
  shortLevels: [],
  minLength: 2,
  levels: ['province', 'city', 'county', 'township'],
};

/**
 * Every admin name in `text`, left to right, longest match at each position, without overlaps.
 * @example findAdminNames('中山市三乡镇人民政府', index).map((t) => t.surface) → ['中山市', '三乡镇']
 */
export function findAdminNames(text: string, index: AdminIndex, options: FindAdminNamesOptions = {}): AdminToken[] {
  const { shortLevels, minLength, levels } = { ...DEFAULT_FIND_ADMIN_NAMES, ...options };
  const levelSet = new Set(levels);
  const shortSet = new Set(shortLevels);
  const tokens: AdminToken[] = [];
  const shortTownships = shortSet.has('township');

  const wantShort = shortSet.size > 0;
  /** The exact name (else, when asked for, the short form) of `len` characters at `i`. */
  const lookup = (i: number, len: number): AdminToken | undefined => {
    const s = text.slice(i, i + len);
    if (len >= minLength) {
      const all = index.byName(s);
      const exact = all.length ? all.filter((u) => levelSet.has(u.level)) : all;
      if (exact.length) return { start: i, end: i + len, surface: s, units: exact, match: 'exact' };
    }
    if (wantShort) {
      const all = index.byShortName(s, shortTownships);
      const short = all.length ? all.filter((u) => shortSet.has(u.level) && levelSet.has(u.level)) : all;
      if (short.length) return { start: i, end: i + len, surface: s, units: short, match: 'short' };
    }
    return undefined;
  };
  // Short forms of townships are not in the length tables: with them every Han character is tried.
  const everyHan = wantShort && shortTownships;
  for (let i = 0; i < text.length; ) {
    // Admin names are Han characters only: skip anything else quickly, and without township short
    // forms straight to the next character where the length tables let a name start.
    if (!everyHan) {
      i = index.nextNameStart(text, i, wantShort);
      if (i >= text.length) break;
    } else if (!isHan(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // Only lengths that some name starting and ending like this one has can match; short forms of
    // townships are not in the length tables, so with them every length is tried.
    let lengths = everyHan ? NameLengths.upTo(index.longestNameAt(text, i)) : index.nameLengthsAt(text, i, wantShort);
    let found: AdminToken | undefined;
    // Names longer than the masks hold are tried one by one, longest first.
    if (lengths & NameLengths.LONGER) {
      for (let len = index.longestNameAt(text, i); len > NameLengths.MAX_BIT && !found; len--) found = lookup(i, len);
    }
    while (!found && (lengths & ~NameLengths.LONGER) !== 0) {
      const len = NameLengths.highest(lengths);
      lengths &= ~(1 << len);
      if (len >= 2) found = lookup(i, len);
    }
    if (found) {
      tokens.push(found);
      i = found.end;
    } else i++;
  }
  return tokens;
}

/** Words that may stand between the names of one chain (中共青浦区练塘镇委员会, 河东区人民政府鲁山道街道). */
const CHAIN_GLUE = /^(?:\s|中共|中国共产党|人民政府|政府|人民|党委|党工委|工委|委员会|办事处|人大常委会|[·、])*$/;

/**
 * Groups tokens into chains: a token continues the previous chain when only glue words separate them.
 * A name repeated inside one chain (中共XX镇委员会XX镇人民政府) is kept once.
 */
export function groupAdminChains(text: string, tokens: readonly AdminToken[]): AdminToken[][] {
  const chains: AdminToken[][] = [];
  let current: AdminToken[] = [];
  for (const t of tokens) {
    const prev = current[current.length - 1];
    if (prev && CHAIN_GLUE.test(text.slice(prev.end, t.start))) {
      if (!current.some((c) => c.surface === t.surface)) current.push(t);
      continue;
    }
    if (current.length) chains.push(current);
    current = [t];
  }
  if (current.length) chains.push(current);
  return chains;
}

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}
