// Reads what the explorer shows of a build: the reports of a scope (provinces, years) with every
// node they reach, and the passages behind their edges. Three streamed passes over OUT/graph.json —
// the reports and administrative units, to choose the reports; then everything but passages, of
// those reports; then only their passages (and MENTIONS) — so what is held follows the scope more
// than the build (the entities of the whole build are read before those not reached are dropped).
// A scope of more reports than one page can show is refused after the first, small pass, with the
// choices that narrow it.
import type { SerializedGraph } from 'graphology-types';
import { join } from 'node:path';
import { KgError } from '../../errors.js';
import type { KgGraph } from '../../graph/kg-graph.js';
import { readGraphJson, notABuiltGraph, type ReadGraphJsonOptions } from '../../graph/read-graph-json.js';
import { GRAPH_FILE, readBuiltGraph } from '../../store/neo4j/read-built-graph.js';
import { compareCodePoints, findProvince, listAncestors } from '../views/list-towns.js';
import type { EdgeAttributes, NodeAttributes } from '../../types.js';
import type { ExplorerScopeSummary } from './explorer-data.js';

type GraphPart = Partial<SerializedGraph<NodeAttributes, EdgeAttributes>>;

export interface ExplorerScope {
  /** Provinces of the issuers, each by its full name or the start of it (广东 for 广东省); none: all. */
  provinces?: readonly string[];
  /** Report years; none: all. */
  years?: readonly number[];
  /** Most reports one page may show (default DEFAULT_EXPLORER_MAX_REPORTS). */
  maxReports?: number;
}

/**
 * Reports one explorer page shows at most by default. A page of 2,000 synthetic reports holds
 * 26,000 nodes and 180,000 edges in 130 MB, and takes about 20 s to open in Chromium; 20,000 would
 * not open at all (nor fit in the exporter's memory).
 */
export const DEFAULT_EXPLORER_MAX_REPORTS = 2000;

interface ReportPlace {
  province: string | null;
  year: number | null;
}

/** Where each report of the graph comes from: its issuer's province, and its year. */
function placeReports(graph: KgGraph): Map<string, ReportPlace> {
  const places = new Map<string, ReportPlace>();
  graph.forEachNode((key, a) => {
    if (a.label !== 'Report') return;
    let province: string | null = null;
    graph.forEachOutEdge(key, (_e, ea, _s, target) => {
      if (ea.type === 'ISSUED_BY' && province === null) province = findProvince(graph, target);
    });
    places.set(key, { province, year: typeof a.year === 'number' ? a.year : null });
  });
  return places;
}

/** `items` counted, most frequent first (ties by name), as "name (n)" — the choices a message offers. */
function listCounts<T extends string | number>(items: Iterable<T | null>, limit = 12): string {
  const counts = new Map<T, number>();
  for (const i of items) if (i !== null) counts.set(i, (counts.get(i) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || compareCodePoints(String(a[0]), String(b[0])));
  const shown = sorted.slice(0, limit).map(([k, n]) => `${k} (${n.toLocaleString('en-US')})`);
  if (sorted.length > limit) shown.push(`${sorted.length - limit} more`);
  return shown.length ? shown.join(', ') : 'none';
}

/** The build's provinces that `wanted` names: its full name, or else every province it starts. */
function resolveProvinces(wanted: readonly string[], places: Map<string, ReportPlace>, where: string): string[] {
  const known = new Set<string>();
  for (const p of places.values()) if (p.province) known.add(p.province);
  const out = new Set<string>();
  for (const raw of wanted) {
    const name = raw.trim();
    const matches = known.has(name) ? [name] : [...known].filter((k) => name.length > 0 && k.startsWith(name));
    if (matches.length === 0) {
      throw new KgError('E_USAGE', `--province "${raw}": no report of this build was issued in that province; its provinces: ${listCounts([...places.values()].map((p) => p.province))}`, {
        where,
        detail: { provinces: [...known].sort(compareCodePoints) },
      });
    }
    if (matches.length > 1) {
      throw new KgError('E_USAGE', `--province "${raw}" names several provinces (${matches.sort(compareCodePoints).join(', ')}); give more of the name`, { where });
    }
    out.add(matches[0]);
  }
  return [...out].sort(compareCodePoints);
}

function checkYears(wanted: readonly number[], places: Map<string, ReportPlace>, where: string): number[] {
  const known = new Set<number>();
  for (const p of places.values()) if (p.year !== null) known.add(p.year);
  for (const y of wanted) {
    if (!known.has(y)) {
      throw new KgError('E_USAGE', `--year ${y}: no report of this build is from that year; its years: ${listCounts([...places.values()].map((p) => p.year))}`, {
        where,
        detail: { years: [...known].sort((a, b) => a - b) },
      });
    }
  }
  return [...new Set(wanted)].sort((a, b) => a - b);
}

/**
 * Leaves in `graph` (read without other reports and the relations they found) only what the
 * reports of `inScope` reach: entities and units other reports name go.
 */
function keepScope(graph: KgGraph, inScope: ReadonlySet<string>): void {
  const keep = new Set<string>();
  for (const report of inScope) {
    keep.add(report);
    graph.forEachOutNeighbor(report, (target) => keep.add(target));
  }
  graph.forEachEdge((_e, a, source, target) => {
    if (typeof a.reportId !== 'string') return;
    keep.add(source);
    keep.add(target);
  });
  // The administrative hierarchy above every unit kept (town → county → city → province).
  for (const key of [...keep]) {
    if (graph.getNodeAttribute(key, 'label') === 'AdminUnit') for (const parent of listAncestors(graph, key)) keep.add(parent);
  }
  const drop: string[] = [];
  graph.forEachNode((key) => {
    if (!keep.has(key)) drop.push(key);
  });
  for (const key of drop) graph.dropNode(key);
}

/**
 * The graph `kg export html` draws from the build in `dir`, scoped. Without a scope it is the whole
 * build (less HAS_PASSAGE edges, which the explorer never reads).
 * @throws KgError E_USAGE when a province or year is not in the build, or when the scope holds no
 *   report or more than `maxReports`; E_STORE_MISSING / E_STORE as readBuiltGraph.
 * @example const { graph, scope } = await readExplorerGraph('out', { provinces: ['广东'], years: [2023] })
 */
export async function readExplorerGraph(
  dir: string,
  scope: ExplorerScope = {},
  options: ReadGraphJsonOptions = {},
): Promise<{ graph: KgGraph; scope: ExplorerScopeSummary }> {
  const file = join(dir, GRAPH_FILE);
  const maxReports = scope.maxReports ?? DEFAULT_EXPLORER_MAX_REPORTS;
  if (!Number.isSafeInteger(maxReports) || maxReports < 1) {
    throw new KgError('E_USAGE', `expected a positive whole number of reports, found ${maxReports}`, { where: '--max-reports' });
  }
  // First pass: the reports and the administrative units they hang from, to choose the reports.
  const places = placeReports(
    await readBuiltGraph(dir, {
      ...options,
      keepNode: (_k, a) => a.label === 'Report' || a.label === 'AdminUnit',
      keepEdge: (_k, _s, _t, a) => a.type === 'ISSUED_BY' || a.type === 'PART_OF',
    }),
  );
  const provinces = resolveProvinces(scope.provinces ?? [], places, file);
  const years = checkYears(scope.years ?? [], places, file);
  const inScope = new Set<string>();
  for (const [report, p] of places) {
    if (provinces.length > 0 && (p.province === null || !provinces.includes(p.province))) continue;
    if (years.length > 0 && (p.year === null || !years.includes(p.year))) continue;
    inScope.add(report);
  }
  const chosen = [...provinces, ...years.map(String)].join(', ');
  if (inScope.size === 0 && places.size > 0) {
    throw new KgError('E_USAGE', `no report of this build is from ${chosen}; its provinces: ${listCounts([...places.values()].map((p) => p.province))}; its years: ${listCounts([...places.values()].map((p) => p.year))}`, { where: file });
  }
  if (inScope.size > maxReports) {
    const scoped = [...places].filter(([r]) => inScope.has(r)).map(([, p]) => p);
    throw new KgError(
      'E_USAGE',
      `${inScope.size.toLocaleString('en-US')} reports${chosen ? ` from ${chosen}` : ''} are more than one explorer page shows (at most ${maxReports.toLocaleString('en-US')}: ` +
        `a page of thousands of reports takes minutes to open, if it opens at all). Choose fewer with --province or --year — ` +
        `provinces: ${listCounts(scoped.map((p) => p.province))}; years: ${listCounts(scoped.map((p) => p.year))} — or raise --max-reports`,
      { where: file, detail: { reports: inScope.size, maxReports } },
    );
  }

  // Second pass: everything but passages, of the reports in scope (HAS_PASSAGE is never read).
  const whole = inScope.size === places.size;
  const graph = await readBuiltGraph(dir, {
    ...options,
    skipLabels: ['Passage'],
    skipTypes: ['HAS_PASSAGE'],
    keepNode: (key, a) => whole || a.label !== 'Report' || inScope.has(key),
    keepEdge: (_k, _s, _t, a) => whole || typeof a.reportId !== 'string' || inScope.has(a.reportId),
  });
  if (!whole) keepScope(graph, inScope);

  // Third pass: the passages of the reports in scope, and their MENTIONS (the evidence of edges).
  const passages = new Set<string>();
  let at = 0;
  try {
    await readGraphJson(
      file,
      {
        node: (item, offset) => {
          at = offset;
          const a = item.attributes;
          if (a?.label !== 'Passage' || !inScope.has(a.reportId as string)) return;
          graph.import({ nodes: [item] } as GraphPart);
          passages.add(item.key);
        },
        edge: (item, offset) => {
          at = offset;
          if (item.attributes?.type !== 'MENTIONS' || !passages.has(item.source) || !graph.hasNode(item.target)) return;
          graph.import({ edges: [item] } as GraphPart);
        },
      },
      options,
    );
  } catch (err) {
    if (err instanceof KgError) throw err;
    throw notABuiltGraph(file, at, (err as Error).message, err);
  }
  return { graph, scope: { provinces, years, reports: inScope.size, totalReports: places.size } };
}
