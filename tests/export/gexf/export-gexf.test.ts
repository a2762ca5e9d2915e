// GEXF export of the samples graph: a golden file (regenerate with UPDATE_GOLDEN=1 after a
// deliberate change of the pipeline or the writer, and review the diff), a parse back with
// graphology-gexf, repeatable bytes, and names that cannot break the XML.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportGexf } from '../../../src/export/gexf/export-gexf.js';
import { addExtraction } from '../../../src/graph/add-extraction.js';
import { createGraph, type KgGraph } from '../../../src/graph/kg-graph.js';
import { CONTROL_TITLE, HOSTILE, hostileExtraction } from '../html/hostile-extraction.js';
import { buildSampleGraph, loadFrozenSampleGraph } from '../html/sample-graph.js';

const { MultiDirectedGraph } = graphology as unknown as typeof import('graphology');
const GOLDEN = resolve(import.meta.dirname, '../../resources/samples.gexf');

/** Counts by a node or edge attribute. */
function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** The same graph with nodes and edges inserted in reverse order. */
function reversed(graph: KgGraph): KgGraph {
  const out = createGraph();
  for (const n of [...graph.nodes()].reverse()) out.addNode(n, graph.getNodeAttributes(n));
  for (const e of [...graph.edges()].reverse()) out.addDirectedEdgeWithKey(e, graph.source(e), graph.target(e), graph.getEdgeAttributes(e));
  return out;
}

describe('exportGexf', () => {
  let graph: KgGraph;
  beforeAll(async () => {
    graph = await buildSampleGraph();
  });

  it('writes the samples graph as the golden GEXF file', async () => {
    // Golden on the frozen samples graph, so only a change of the writer changes the file.
    const text = exportGexf(await loadFrozenSampleGraph());
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, text);
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run the test with UPDATE_GOLDEN=1`).toBe(true);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('parses back with graphology-gexf to the entity-level nodes and edges, with types and weights', () => {
    const parsed = gexf.parse(MultiDirectedGraph, exportGexf(graph));
    const entityNodes = graph.filterNodes((_k, a) => a.label !== 'Passage');
    const entityEdges = graph.filterEdges((_e, _a, s, t) => entityNodes.includes(s) && entityNodes.includes(t));
    expect(parsed.order).toBe(entityNodes.length);
    expect(parsed.size).toBe(entityEdges.length);
    expect(countBy(parsed.mapNodes((_k, a) => String(a.type)))).toEqual(countBy(entityNodes.map((k) => graph.getNodeAttribute(k, 'label'))));
    expect(countBy(parsed.mapEdges((_k, a) => String(a.kind)))).toEqual(countBy(entityEdges.map((e) => graph.getEdgeAttribute(e, 'type'))));
    for (const e of entityEdges) {
      const count = graph.getEdgeAttribute(e, 'count');
      expect(parsed.getEdgeAttribute(e, 'weight')).toBe(typeof count === 'number' ? count : 1);
    }
    const town = graph.findNode((_k, a) => a.label === 'AdminUnit' && a.level === 'township')!;
    expect(parsed.getNodeAttribute(town, 'label')).toBe(graph.getNodeAttribute(town, 'name'));
  });

  it('keeps the Passage nodes and their edges when asked', () => {
    const parsed = gexf.parse(MultiDirectedGraph, exportGexf(graph, { passages: true }));
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
  });

  it('gives the same bytes whatever order the graph was built in', () => {
    expect(exportGexf(reversed(graph))).toBe(exportGexf(graph));
  });

  it('keeps markup, quotes and ampersands in names as text and drops characters XML cannot hold', () => {
    const g = createGraph();
    addExtraction(g, hostileExtraction());
    const text = exportGexf(g, { passages: true });
    expect(text).not.toContain('<script>');
    const parsed = gexf.parse(MultiDirectedGraph, text);
    expect(parsed.getNodeAttribute(`program:${HOSTILE}`, 'label')).toBe(HOSTILE);
    const doc = parsed.findNode((_k, a) => a.type === 'Document')!;
    expect(parsed.getNodeAttribute(doc, 'label')).toBe(CONTROL_TITLE.replace(/[\u000b\u000c]/g, ''));
  });
});
