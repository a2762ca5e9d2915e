// Counts nodes by label and relationships by type (manifest, demo summary, store checks).
import type { KgGraph } from '../graph/kg-graph.js';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

export function summarizeGraph(graph: KgGraph): GraphCounts {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  graph.forEachNode((_k, a) => void (nodes[a.label] = (nodes[a.label] ?? 0) + 1));
  graph.forEachEdge((_k, a) => void (relationships[a.type] = (relationships[a.type] ?? 0) + 1));
  return { nodes: sortKeys(nodes), relationships: sortKeys(relationships) };
}

/** Adds `b` into `a`. */
export function addCountsInto(a: GraphCounts, b: GraphCounts): void {
  for (const [k, n] of Object.entries(b.nodes)) a.nodes[k] = (a.nodes[k] ?? 0) + n;
  for (const [k, n] of Object.entries(b.relationships)) a.relationships[k] = (a.relationships[k] ?? 0) + n;
}

/** The sum of two counts, labels and types in name order. */
export function addCounts(a: GraphCounts, b: GraphCounts): GraphCounts {
  const sum: GraphCounts = { nodes: {}, relationships: {} };
  addCountsInto(sum, a);
  addCountsInto(sum, b);
  return { nodes: sortKeys(sum.nodes), relationships: sortKeys(sum.relationships) };
}
