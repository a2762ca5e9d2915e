// Turns a town projection into a table for people who would rather read than look: one row per
// practice or law, the towns that take it up, and (when there are few towns) one column per town.
import type { TableColumn, TownProjection, TownTable, CellValue } from './types.js';

export interface BuildTownTableOptions {
  /** Above this many towns, the per-town columns are left out (the `towns` column still names them). */
  maxTownColumns?: number;
}

export const DEFAULT_BUILD_TOWN_TABLE: Required<BuildTownTableOptions> = { maxTownColumns: 40 };

const TITLES = {
  practices: { name: '做法 Practice', kind: '类别 Category' },
  laws: { name: '法律法规 Law', kind: '类型 Kind' },
} as const;

/**
 * Builds the items × towns table of a projection.
 * @example formatCsv(buildTownTable(projectTowns(graph, 'laws')))
 */
export function buildTownTable(projection: TownProjection, options: BuildTownTableOptions = {}): TownTable {
  const { maxTownColumns } = { ...DEFAULT_BUILD_TOWN_TABLE, ...options };
  const titles = TITLES[projection.kind];
  const columns: TableColumn[] = [
    { key: 'name', title: titles.name, type: 'string' },
    { key: 'kind', title: titles.kind, type: 'string' },
    { key: 'towns', title: '单位数 Towns', type: 'number' },
    { key: 'mentions', title: '提及 Mentions', type: 'number' },
    { key: 'townNames', title: '单位 Towns', type: 'string' },
  ];
  const townNames = disambiguate(projection);
  const perTown = projection.towns.length <= maxTownColumns;
  if (perTown) {
    for (const t of projection.towns) columns.push({ key: `town:${t.key}`, title: townNames.get(t.key)!, type: 'number' });
  }
  const linksByItem = new Map<string, Map<string, number>>();
  for (const l of projection.links) {
    const m = linksByItem.get(l.item) ?? new Map<string, number>();
    m.set(l.town, l.count);
    linksByItem.set(l.item, m);
  }
  const rows: CellValue[][] = [];
  const rowKeys: string[] = [];
  for (const item of projection.items) {
    const counts = linksByItem.get(item.key) ?? new Map<string, number>();
    const takers = projection.towns.filter((t) => counts.has(t.key));
    const row: CellValue[] = [
      item.name,
      item.kind ?? '',
      takers.length,
      [...counts.values()].reduce((a, b) => a + b, 0),
      takers.map((t) => townNames.get(t.key)!).join('、'),
    ];
    if (perTown) for (const t of projection.towns) row.push(counts.get(t.key) ?? 0);
    rows.push(row);
    rowKeys.push(item.key);
  }
  return { kind: projection.kind, columns, rows, rowKeys };
}

/** Town names made unique: two 三乡镇 in two provinces get their parent unit added. */
export function disambiguate(projection: Pick<TownProjection, 'towns'>): Map<string, string> {
  const count = new Map<string, number>();
  for (const t of projection.towns) count.set(t.name, (count.get(t.name) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const t of projection.towns) {
    const parent = t.parents[t.parents.length - 1];
    names.set(t.key, (count.get(t.name) ?? 0) > 1 && parent ? `${t.name}（${parent}）` : t.name);
  }
  return names;
}
