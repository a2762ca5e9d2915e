// A graph as sorted lines (key, endpoints, attributes), so two graphs compare whatever their order.
import type { KgGraph } from '../../src/graph/kg-graph.js';

export function dumpGraph(g: KgGraph): string[] {
  const out: string[] = [];
  g.forEachNode((k, a) => out.push(`N ${k} ${JSON.stringify(a)}`));
  g.forEachEdge((k, a, s, t) => out.push(`E ${k} ${s}>${t} ${JSON.stringify(a)}`));
  return out.sort();
}
