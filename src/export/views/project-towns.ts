// Projects the report-level graph onto towns: "practices" (town → Program it adopts, and towns
// linked by the practices they share) and "laws" (town → Law it cites). Reports are folded into
// their issuer, so two reports of one town count once per town.
import type { KgGraph } from '../../graph/kg-graph.js';
import { compareCodePoints, listTowns } from './list-towns.js';
import type { ProjectionKind, SharedPair, TownItem, TownLink, TownProjection } from './types.js';

/** Which report edges each projection folds: relationship type, target label, and the property shown as kind. */
export const PROJECTIONS: Record<ProjectionKind, { edgeType: string; label: string; kindProperty: string }> = {
  practices: { edgeType: 'ADOPTS', label: 'Program', kindProperty: 'category' },
  laws: { edgeType: 'CITES', label: 'Law', kindProperty: 'kind' },
};

export interface ProjectTownsOptions {
  /** Town pairs kept per town (its strongest); bounds the view on thousands of towns. */
  maxPairsPerTown?: number;
}

export const DEFAULT_PROJECT_TOWNS: Required<ProjectTownsOptions> = { maxPairsPerTown: 12 };

/**
 * Folds reports into their issuing towns for one projection.
 * @example projectTowns(graph, 'practices').links.filter((l) => l.item === 'program:枫桥经验')
 */
export function projectTowns(graph: KgGraph, kind: ProjectionKind, options: ProjectTownsOptions = {}): TownProjection {
  const { maxPairsPerTown } = { ...DEFAULT_PROJECT_TOWNS, ...options };
  const spec = PROJECTIONS[kind];
  const towns = listTowns(graph);
  const links = new Map<string, TownLink>();
  const items = new Map<string, TownItem>();

  for (const town of towns) {
    for (const report of town.reports) {
      const year = graph.getNodeAttribute(report, 'year');
      graph.forEachOutEdge(report, (_edge, attrs, _source, target, _sa, targetAttrs) => {
        if (attrs.type !== spec.edgeType || targetAttrs.label !== spec.label) return;
        if (!items.has(target)) {
          const kindValue = targetAttrs[spec.kindProperty];
          items.set(target, {
            key: target,
            label: spec.label,
            name: String(targetAttrs.name ?? targetAttrs.title ?? target),
            kind: typeof kindValue === 'string' ? kindValue : null,
          });
        }
        const k = `${town.key}\u0000${target}`;
        let link = links.get(k);
        if (!link) links.set(k, (link = { town: town.key, item: target, count: 0, reports: [], years: [] }));
        link.count += typeof attrs.count === 'number' ? attrs.count : 1;
        if (!link.reports.includes(report)) link.reports.push(report);
        if (typeof year === 'number' && !link.years.includes(year)) link.years.push(year);
      });
    }
  }

  const linkList = [...links.values()];
  for (const l of linkList) l.years.sort((a, b) => a - b);
  const townsOf = new Map<string, string[]>();
  const mentions = new Map<string, number>();
  for (const l of linkList) {
    const list = townsOf.get(l.item) ?? [];
    list.push(l.town);
    townsOf.set(l.item, list);
    mentions.set(l.item, (mentions.get(l.item) ?? 0) + l.count);
  }
  const mentionsOf = (item: string) => mentions.get(item) ?? 0;
  const itemList = [...items.values()].sort(
    (a, b) =>
      (townsOf.get(b.key)?.length ?? 0) - (townsOf.get(a.key)?.length ?? 0) ||
      mentionsOf(b.key) - mentionsOf(a.key) ||
      compareCodePoints(a.name, b.name) ||
      compareCodePoints(a.key, b.key),
  );
  const townOrder = new Map(towns.map((t, i) => [t.key, i]));
  linkList.sort(
    (a, b) => (townOrder.get(a.town) ?? 0) - (townOrder.get(b.town) ?? 0) || compareCodePoints(a.item, b.item),
  );
  return {
    kind,
    towns,
    items: itemList,
    links: linkList,
    shared: pairTowns(townsOf, townOrder, maxPairsPerTown),
  };
}

/** Counts, for every pair of towns, the items both took up; keeps each town's strongest pairs. */
function pairTowns(townsOf: Map<string, string[]>, townOrder: Map<string, number>, maxPairsPerTown: number): SharedPair[] {
  const pairs = new Map<string, SharedPair>();
  const sortedItems = [...townsOf.keys()].sort(compareCodePoints);
  for (const item of sortedItems) {
    const list = [...new Set(townsOf.get(item))].sort((x, y) => (townOrder.get(x) ?? 0) - (townOrder.get(y) ?? 0));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const k = `${list[i]}\u0000${list[j]}`;
        let pair = pairs.get(k);
        if (!pair) pairs.set(k, (pair = { a: list[i], b: list[j], weight: 0, items: [] }));
        pair.weight++;
        pair.items.push(item);
      }
    }
  }
  const byTown = new Map<string, SharedPair[]>();
  for (const p of pairs.values()) {
    for (const t of [p.a, p.b]) {
      const list = byTown.get(t) ?? [];
      list.push(p);
      byTown.set(t, list);
    }
  }
  const kept = new Set<SharedPair>();
  for (const list of byTown.values()) {
    list.sort((x, y) => y.weight - x.weight || compareCodePoints(x.a + x.b, y.a + y.b));
    for (const p of list.slice(0, maxPairsPerTown)) kept.add(p);
  }
  return [...kept].sort(
    (x, y) =>
      (townOrder.get(x.a) ?? 0) - (townOrder.get(y.a) ?? 0) || (townOrder.get(x.b) ?? 0) - (townOrder.get(y.b) ?? 0),
  );
}
