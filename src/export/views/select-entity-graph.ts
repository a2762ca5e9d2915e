// The entity-level graph: the knowledge graph without Passage nodes (and so without HAS_PASSAGE and
// passage MENTIONS edges). What Gephi users and the "all" view want to see; the Report → entity
// edges keep the counts.
import type { KgGraph } from '../../graph/kg-graph.js';
import { createGraph } from '../../graph/kg-graph.js';
import type { GraphJsonFilter } from '../../graph/read-graph-json.js';
import { compareCodePoints } from './list-towns.js';

/** Labels folded into evidence rather than drawn as nodes. */
export const EVIDENCE_LABELS: ReadonlySet<string> = new Set(['Passage']);

export interface SelectEntityGraphOptions {
  /** Keep Passage nodes and their edges (the whole graph). */
  passages?: boolean;
}

/**
 * What an entity-level export never looks at, for readBuiltGraph to leave out: the evidence labels
 * (and so their edges) unless passages are kept. At 20,000 reports passages and their edges are
 * four fifths of the graph.
 * @example await readBuiltGraph('out', getEntityGraphFilter({ passages: false }))
 */
export function getEntityGraphFilter(options: SelectEntityGraphOptions = {}): GraphJsonFilter {
  return options.passages === true ? {} : { skipLabels: [...EVIDENCE_LABELS] };
}

/**
 * The keys of the entity-level graph's nodes and of the edges between them, each list in
 * code-point order: what selectEntityGraph copies, for writers that go through it without a copy.
 */
export function listEntityGraphKeys(graph: KgGraph, options: SelectEntityGraphOptions = {}): { nodes: string[]; edges: string[] } {
  const keep = (key: string) => options.passages === true || !EVIDENCE_LABELS.has(graph.getNodeAttribute(key, 'label'));
  const nodes = graph.filterNodes((key) => keep(key)).sort(compareCodePoints);
  const edges = graph.filterEdges((_edge, _attrs, source, target) => keep(source) && keep(target)).sort(compareCodePoints);
  return { nodes, edges };
}

/**
 * Copies the graph with nodes and edges in code-point order of their keys (so writers that follow
 * insertion order are deterministic), without passages unless asked.
 */
export function selectEntityGraph(graph: KgGraph, options: SelectEntityGraphOptions = {}): KgGraph {
  const { nodes, edges } = listEntityGraphKeys(graph, options);
  const out = createGraph();
  for (const key of nodes) out.addNode(key, { ...graph.getNodeAttributes(key) });
  for (const edge of edges) out.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), { ...graph.getEdgeAttributes(edge) });
  return out;
}
