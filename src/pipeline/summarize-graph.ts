// Counts nodes by label and relationships by type (manifest, demo summary, store checks).
import type { KgGraph } from '../graph/kg-graph.js';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export function summarizeGraph(graph: KgGraph): GraphCounts {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  graph.forEachNode((_k, a) => void (nodes[a.label] = (nodes[a.label] ?? 0) + 1));
  graph.forEachEdge((_k, a) => void (relationships[a.type] = (relationships[a.type] ?? 0) + 1));
  const sort = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return { nodes: sort(nodes), relationships: sort(relationships) };
}

/** Sums two counts (labels and types in name order). */
export function addCounts(a: GraphCounts, b: GraphCounts): GraphCounts {
  const sum = (x: Record<string, number>, y: Record<string, number>) => {
    const out: Record<string, number> = { ...x };
    for (const [k, n] of Object.entries(y)) out[k] = (out[k] ?? 0) + n;
    return Object.fromEntries(Object.entries(out).sort(([p], [q]) => p.localeCompare(q)));
  };
  return { nodes: sum(a.nodes, b.nodes), relationships: sum(a.relationships, b.relationships) };
}

/** Adds `b` into `a` (keys in arrival order). */
export function addCountsInto(a: GraphCounts, b: GraphCounts): void {
  for (const [k, n] of Object.entries(b.nodes)) a.nodes[k] = (a.nodes[k] ?? 0) + n;
  for (const [k, n] of Object.entries(b.relationships)) a.relationships[k] = (a.relationships[k] ?? 0) + n;
}
