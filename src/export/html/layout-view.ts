// Lays a view out at export time: ForceAtlas2 from seeded random positions, a fixed number of
// iterations, so the same graph and seed always give the same picture.
import graphology from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';

// Both packages are CommonJS: under NodeNext their default import is module.exports.
const { MultiUndirectedGraph } = graphology as unknown as typeof import('graphology');
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

export interface LayoutOptions {
  /** Seed of the initial random positions. */
  seed?: number;
  /** ForceAtlas2 iterations; by default fewer on bigger graphs. */
  iterations?: number;
}

export const DEFAULT_LAYOUT_SEED = 20240101;

export interface LayoutEdge {
  source: string;
  target: string;
  weight: number;
}

/** Mulberry32: a tiny seeded PRNG (Math.random cannot be seeded). */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fewer iterations on bigger graphs: a district's few hundred nodes settle fully, 10,000 stay under a minute. */
function defaultIterations(order: number): number {
  if (order <= 300) return 500;
  if (order <= 2000) return 200;
  if (order <= 10000) return 60;
  return 25;
}

/** Above this many nodes repulsion is approximated (Barnes–Hut), or each iteration costs n². */
const BARNES_HUT_ORDER = 300;

/**
 * Positions of `nodes` (in the order given, which should be sorted) after ForceAtlas2.
 * @example layoutNodes(['a', 'b'], [{ source: 'a', target: 'b', weight: 1 }], { seed: 1 }).get('a')
 */
export function layoutNodes(nodes: readonly string[], edges: readonly LayoutEdge[], options: LayoutOptions = {}): Map<string, { x: number; y: number }> {
  const rng = createRng(options.seed ?? DEFAULT_LAYOUT_SEED);
  const graph = new MultiUndirectedGraph();
  for (const key of nodes) graph.addNode(key, { x: rng() * 100 - 50, y: rng() * 100 - 50 });
  for (const e of edges) {
    if (e.source !== e.target && graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdge(e.source, e.target, { weight: e.weight });
  }
  if (graph.order > 1) {
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > BARNES_HUT_ORDER,
      // Weights can be large (a law cited 40 times); damping them keeps hubs from collapsing.
      edgeWeightInfluence: 0.5,
    };
    forceAtlas2.assign(graph, { iterations: options.iterations ?? defaultIterations(graph.order), settings, getEdgeWeight: 'weight' });
  }
  const out = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key, a) => out.set(key, { x: round(a.x as number), y: round(a.y as number) }));
  return out;
}

function round(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 100) / 100 : 0;
}
