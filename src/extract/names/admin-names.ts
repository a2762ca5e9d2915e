// Administrative names inside the names of bodies (重庆市开州区河堰镇人民政府, 三乡镇普法宣传队),
// looked up in the national division index (loaded once per process, on first use).
import { loadAdminIndex, NameLengths, type AdminIndex, type AdminUnit } from '../../resolve/admin/admin-index.js';

let index: AdminIndex | null = null;

function getIndex(): AdminIndex {
  index ??= loadAdminIndex();
  return index;
}

/** Longest admin name considered inside a body's name (longer ones do not prefix local bodies). */
const MAX_ADMIN = 10;

export interface AdminName {
  start: number;
  end: number;
  units: readonly AdminUnit[];
}

/**
 * The longest full admin name that ends at `end` (exclusive) and starts at or after `floor` (≥ 0).
 * @example adminNameEndingAt('增设三乡镇', 5) → { start: 2, end: 5, … }
 */
export function adminNameEndingAt(text: string, end: number, floor = 0): AdminName | null {
  const idx = getIndex();
  const lengths = idx.nameLengthsEndingAt(text, end);
  if (lengths === 0) return null;
  for (let len = Math.min(MAX_ADMIN, end - floor); len >= 2; len--) {
    if (!NameLengths.has(lengths, len)) continue;
    const units = idx.byName(text.slice(end - len, end));
    if (units.length) return { start: end - len, end, units };
  }
  return null;
}

/** The longest full admin name that starts at `start`, or null. */
export function adminNameStartingAt(text: string, start: number): AdminName | null {
  const idx = getIndex();
  const lengths = idx.nameLengthsAt(text, start);
  if (lengths === 0) return null;
  const longest = Math.min(MAX_ADMIN, text.length - start, idx.longestNameAt(text, start));
  for (let len = longest; len >= 2; len--) {
    if (!NameLengths.has(lengths, len)) continue;
    const units = idx.byName(text.slice(start, start + len));
    if (units.length) return { start, end: start + len, units };
  }
  return null;
}

/** A full or short admin name (宁波, 上海, 浙江省) opening `text`, for names of platforms. */
export function startsWithPlaceName(text: string): boolean {
  if (adminNameStartingAt(text, 0)) return true;
  const idx = getIndex();
  for (let len = Math.min(4, text.length); len >= 2; len--) {
    const units = idx.byShortName(text.slice(0, len), false);
    if (units.some((u) => u.level === 'province' || u.level === 'city' || u.level === 'county')) return true;
  }
  return false;
}

/** True when `name` is the full or short name of a province, city or county (浙江, 宁波市, 镇海). */
export function isPlaceName(name: string): boolean {
  const idx = getIndex();
  if (idx.byName(name).some((u) => u.level !== 'township')) return true;
  return idx.byShortName(name, false).some((u) => u.level !== 'township');
}

/** The townships whose short name is `name` (韦州 → 韦州镇), or none. */
export function townshipsByShortName(name: string): readonly AdminUnit[] {
  let found = townshipShorts.get(name);
  if (found === undefined) {
    found = getIndex()
      .byShortName(name, true)
      .filter((u) => u.level === 'township');
    // Asked before most level words a name-walk meets (…|镇党委): a table of the division index,
    // not of any text, bounded and emptied when full.
    if (townshipShorts.size >= MAX_SHORT_LOOKUPS) townshipShorts.clear();
    townshipShorts.set(name, found);
  }
  return found;
}

const townshipShorts = new Map<string, readonly AdminUnit[]>();
const MAX_SHORT_LOOKUPS = 20_000;
