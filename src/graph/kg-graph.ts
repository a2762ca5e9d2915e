// The in-memory knowledge graph: a graphology MultiDirectedGraph whose node keys are the
// deterministic ids of DESIGN §4 and whose attributes carry `label` / `type` plus properties.
import graphology from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../types.js';

const { MultiDirectedGraph } = graphology as unknown as typeof import('graphology');

export type KgGraph = InstanceType<typeof MultiDirectedGraph<NodeAttributes, EdgeAttributes>>;

/** Creates an empty knowledge graph. */
export function createGraph(): KgGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
}

/** Rebuilds a graph from its JSON serialization (`OUT/graph.json`). */
export function importGraph(data: object): KgGraph {
  const graph = createGraph();
  graph.import(data as Parameters<KgGraph['import']>[0]);
  return graph;
}
