// Finds the issuing towns of a graph: the administrative units reports are ISSUED_BY, with their
// parents, province, reports and years, so every view and table names a town the same way.
import type { KgGraph } from '../../graph/kg-graph.js';
import type { TownInfo } from './types.js';

/** Walks PART_OF upwards from `key`; returns the chain of parent keys, direct parent first. */
export function listAncestors(graph: KgGraph, key: string): string[] {
  const chain: string[] = [];
  const seen = new Set([key]);
  let current = key;
  for (;;) {
    let parent: string | null = null;
    graph.forEachOutEdge(current, (_edge, attrs, _source, target) => {
      if (parent === null && attrs.type === 'PART_OF' && !seen.has(target)) parent = target;
    });
    if (parent === null) return chain;
    chain.push(parent);
    seen.add(parent);
    current = parent;
  }
}

/** Province name of an administrative unit: its own `province`, else the province among its parents. */
export function findProvince(graph: KgGraph, key: string): string | null {
  const own = graph.getNodeAttribute(key, 'province');
  if (typeof own === 'string' && own) return own;
  if (graph.getNodeAttribute(key, 'level') === 'province') return stringOrNull(graph.getNodeAttribute(key, 'name'));
  for (const parent of listAncestors(graph, key)) {
    if (graph.getNodeAttribute(parent, 'level') === 'province') return stringOrNull(graph.getNodeAttribute(parent, 'name'));
  }
  return null;
}

function stringOrNull(v: unknown): string | null {
  return typeof v === 'string' && v ? v : null;
}

/** Compares strings by code point: the same order on every machine and locale. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Lists the units that issued reports, sorted by province, name and key.
 * @example listTowns(graph).map((t) => t.name) // ['练塘镇', '鲁山道街道', …]
 */
export function listTowns(graph: KgGraph): TownInfo[] {
  const byKey = new Map<string, TownInfo>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (attrs.type !== 'ISSUED_BY') return;
    let town = byKey.get(target);
    if (!town) {
      const a = graph.getNodeAttributes(target);
      const parents = listAncestors(graph, target)
        .reverse()
        .map((k) => String(graph.getNodeAttribute(k, 'name') ?? k));
      town = {
        key: target,
        name: String(a.name ?? a.code ?? target),
        code: stringOrNull(a.code),
        level: stringOrNull(a.level),
        province: findProvince(graph, target),
        parents,
        reports: [],
        years: [],
      };
      byKey.set(target, town);
    }
    town.reports.push(source);
    const year = graph.getNodeAttribute(source, 'year');
    if (typeof year === 'number' && !town.years.includes(year)) town.years.push(year);
  });
  const towns = [...byKey.values()];
  for (const t of towns) {
    t.reports.sort(compareCodePoints);
    t.years.sort((a, b) => a - b);
  }
  return towns.sort(
    (a, b) =>
      compareCodePoints(a.province ?? '\uffff', b.province ?? '\uffff') ||
      compareCodePoints(a.name, b.name) ||
      compareCodePoints(a.key, b.key),
  );
}
