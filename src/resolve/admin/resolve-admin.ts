// Resolves an admin name to division codes. Names repeat across the country (三乡镇 is in 河南 宜阳县 and
// in 广东 中山市), so candidates are ranked by how many of their ancestors the text itself names.

import type { AdminLevel, AdminRef } from '../../types.js';
import { compareAdminCodes, loadAdminIndex, rankAdminLevel, type AdminIndex, type AdminUnit } from './admin-index.js';
import { shortAdminNames } from './admin-name-grammar.js';
import { findAdminNames, groupAdminChains, type AdminToken } from './find-admin-names.js';

/** Place names found around the name to resolve (full or short forms) → how strongly the text names them. */
export type AdminContext = ReadonlyMap<string, number>;

export type AdminMatch = 'exact' | 'short' | 'loose';

export interface AdminCandidate {
  unit: AdminUnit;
  /** Province → … → the unit. */
  chain: AdminRef[];
  /** Sum of the context weights of the confirmed ancestors. */
  score: number;
  /** Names of the ancestors the context confirmed, top down. */
  confirmed: string[];
  /** How the name matched: full name, short form, or another kind of the same stem (澥浦街道 → 澥浦镇). */
  match: AdminMatch;
  /** True when another candidate scores the same and the code order alone put this one first. */
  ambiguous: boolean;
}

const MATCH_RANK: Record<AdminMatch, number> = { exact: 0, short: 1, loose: 2 };

/** Weights given by `buildAdminContext` per occurrence of a name in running text. */
export interface AdminContextOptions {
  /** Weight of a full name (天津市, 河东区). */
  exactWeight?: number;
  /** Weight of a short form of a province or city (天津, 宁波). */
  shortWeight?: number;
  /** Weight of a short form of a county (镇海, 青浦): shorter forms are ordinary words more often. */
  countyShortWeight?: number;
  /** Upper bound of a name's summed weight, so a name repeated 40 times does not drown the rest. */
  cap?: number;
}

export const DEFAULT_ADMIN_CONTEXT: Required<AdminContextOptions> = {
  exactWeight: 1,
  shortWeight: 0.5,
  countyShortWeight: 0.25,
  cap: 3,
};

const CONTEXT_LEVELS: readonly AdminLevel[] = ['province', 'city', 'county'];

/** Adds `weight` to `name` in a mutable context, up to `cap`. */
export function addAdminContext(context: Map<string, number>, name: string, weight: number, cap = Infinity): void {
  context.set(name, Math.min(cap, (context.get(name) ?? 0) + weight));
}

/**
 * The province, city and county names (full and short forms) that `text` mentions, weighted.
 * Township names are matched too, only so that 鲁山道街道 is not read as 鲁山 (县) + 道街道; a short
 * county form of two characters counts only next to another admin name (宁波镇海, 镇海澥浦镇), since
 * alone it is an ordinary word too often (共和 in 中华人民共和国, 平安, 资源).
 * @example buildAdminContext('天津市河东区…', index).get('天津市') === 1
 */
export function buildAdminContext(
  text: string,
  index: AdminIndex = loadAdminIndex(),
  options: AdminContextOptions = {},
): Map<string, number> {
  return weighAdminContext(text, scanAdminContext(text, index), options);
}

/** The scan buildAdminContext weighs: every full name, and short forms of provinces, cities and counties. */
export function scanAdminContext(text: string, index: AdminIndex = loadAdminIndex()): AdminToken[] {
  return findAdminNames(text, index, { shortLevels: CONTEXT_LEVELS, minLength: 3 });
}

/** Weighs the tokens of `scanAdminContext(text)` into a context (callers that scan once reuse them). */
export function weighAdminContext(
  text: string,
  tokens: readonly AdminToken[],
  options: AdminContextOptions = {},
): Map<string, number> {
  const o = { ...DEFAULT_ADMIN_CONTEXT, ...options };
  const context = new Map<string, number>();
  for (const chain of groupAdminChains(text, tokens)) {
    for (const t of chain) {
      if (t.units.every((u) => u.level === 'township')) continue;
      let w = o.exactWeight;
      if (t.match === 'short') {
        const county = t.units.every((u) => u.level === 'county');
        if (county && t.surface.length < 3 && chain.length < 2) continue;
        w = county ? o.countyShortWeight : o.shortWeight;
      }
      addAdminContext(context, t.surface, w, o.cap);
    }
  }
  return context;
}

function contextWeight(ref: AdminRef, context: AdminContext): number {
  let w = context.get(ref.name) ?? 0;
  for (const s of shortAdminNames(ref.name, ref.level)) w = Math.max(w, context.get(s) ?? 0);
  return w;
}

function lookupCandidates(name: string, index: AdminIndex): { units: readonly AdminUnit[]; match: AdminMatch } {
  const exact = index.byName(name);
  if (exact.length) return { units: exact, match: 'exact' };
  const short = index.byShortName(name);
  if (short.length) return { units: short, match: 'short' };
  // A name written with another suffix than the tables have (澥浦街道 for 澥浦镇): try its stem.
  for (const level of ['township', 'county', 'city', 'province'] as const) {
    for (const stem of shortAdminNames(name, level)) {
      const loose = index.byShortName(stem);
      if (loose.length) return { units: loose, match: 'loose' };
    }
  }
  return { units: [], match: 'exact' };
}

/**
 * Candidate units for `name`, best first: most context-confirmed ancestors, then exact before short
 * matches, then larger units before smaller, then code order. Ties on score are flagged `ambiguous`.
 * @example resolveAdminName('三乡镇', new Map([['中山市', 1]]))[0].unit.code === '442000114'
 */
export function resolveAdminName(
  name: string,
  context: AdminContext = new Map(),
  index: AdminIndex = loadAdminIndex(),
): AdminCandidate[] {
  const { units, match } = lookupCandidates(name, index);
  const candidates: AdminCandidate[] = units.map((unit) => {
    const chain = index.getChain(unit.code);
    let score = 0;
    const confirmed: string[] = [];
    for (const ref of chain.slice(0, -1)) {
      const w = contextWeight(ref, context);
      if (w > 0) {
        score += w;
        confirmed.push(ref.name);
      }
    }
    return { unit, chain, score, confirmed, match, ambiguous: false };
  });
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      MATCH_RANK[a.match] - MATCH_RANK[b.match] ||
      rankAdminLevel(a.unit.level) - rankAdminLevel(b.unit.level) ||
      compareAdminCodes(a.unit.code, b.unit.code),
  );
  const top = candidates[0];
  if (top) {
    const tied = candidates.filter((c) => c.score === top.score && c.unit.level === top.unit.level);
    if (tied.length > 1) for (const c of tied) c.ambiguous = true;
  }
  return candidates;
}
