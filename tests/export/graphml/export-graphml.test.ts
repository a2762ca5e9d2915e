// GraphML export of the samples graph: a golden file (regenerate with UPDATE_GOLDEN=1 after a
// deliberate change of the pipeline or the writer, and review the diff), typed keys, a parse back
// with graphology-graphml, repeatable bytes, and names that cannot break the XML.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import graphology from 'graphology';
import graphml from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportGraphml } from '../../../src/export/graphml/export-graphml.js';
import { addExtraction } from '../../../src/graph/add-extraction.js';
import { createGraph, type KgGraph } from '../../../src/graph/kg-graph.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { CONTROL_TITLE, HOSTILE, HOSTILE_TOWN, hostileExtraction } from '../html/hostile-extraction.js';
import { buildSampleGraph, loadFrozenSampleGraph } from '../html/sample-graph.js';

const { MultiDirectedGraph } = graphology as unknown as typeof import('graphology');
const GOLDEN = resolve(import.meta.dirname, '../../resources/samples.graphml');

/** The <key> declarations of a GraphML text: `for/attr.name` → attr.type. */
function readKeys(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const m of text.matchAll(/<key id="[^"]+" for="(node|edge)" attr\.name="([^"]+)" attr\.type="([^"]+)"\/>/g)) keys.set(`${m[1]}/${m[2]}`, m[3]);
  return keys;
}

function reversed(graph: KgGraph): KgGraph {
  const out = createGraph();
  for (const n of [...graph.nodes()].reverse()) out.addNode(n, graph.getNodeAttributes(n));
  for (const e of [...graph.edges()].reverse()) out.addDirectedEdgeWithKey(e, graph.source(e), graph.target(e), graph.getEdgeAttributes(e));
  return out;
}

describe('exportGraphml', () => {
  let graph: KgGraph;
  beforeAll(async () => {
    graph = await buildSampleGraph();
  });

  it('writes the samples graph as the golden GraphML file', async () => {
    // Golden on the frozen samples graph, so only a change of the writer changes the file.
    const text = exportGraphml(await loadFrozenSampleGraph());
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, text);
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run the test with UPDATE_GOLDEN=1`).toBe(true);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('declares each attribute once as a typed key, with the schema types', () => {
    const keys = readKeys(exportGraphml(graph, { passages: true }));
    const schema = loadOntology().schema;
    const expectedType = { STRING: 'string', INT64: 'long', DOUBLE: 'double', BOOLEAN: 'boolean', 'STRING[]': 'string' } as const;
    expect(keys.get('node/label')).toBe('string');
    expect(keys.get('node/type')).toBe('string');
    expect(keys.get('edge/weight')).toBe('double');
    // Every property that occurs in the graph is declared with its schema type.
    for (const spec of schema.nodes) {
      for (const p of spec.properties) {
        const occurs = graph.someNode((_k, a) => a.label === spec.label && a[p.name] !== undefined && a[p.name] !== null && a[p.name] !== '');
        if (occurs && p.name !== 'label') expect(keys.get(`node/${p.name}`), `${spec.label}.${p.name}`).toBe(expectedType[p.type]);
      }
    }
    graph.forEachEdge((_e, a) => {
      for (const k of Object.keys(a)) if (a[k] !== null && k !== 'type') expect(keys.has(`edge/${k}`), k).toBe(true);
    });
  });

  it('parses back with graphology-graphml to the same nodes, edges and typed values', () => {
    const parsed = graphml.parse(MultiDirectedGraph, exportGraphml(graph));
    const entityNodes = graph.filterNodes((_k, a) => a.label !== 'Passage');
    const entityEdges = graph.filterEdges((_e, _a, s, t) => entityNodes.includes(s) && entityNodes.includes(t));
    expect(parsed.order).toBe(entityNodes.length);
    expect(parsed.size).toBe(entityEdges.length);
    const report = entityNodes.find((k) => graph.getNodeAttribute(k, 'label') === 'Report')!;
    expect(parsed.getNodeAttribute(report, 'type')).toBe('Report');
    expect(parsed.getNodeAttribute(report, 'year')).toBe(graph.getNodeAttribute(report, 'year'));
    expect(parsed.getNodeAttribute(report, 'title')).toBe(graph.getNodeAttribute(report, 'title'));
    for (const e of entityEdges) expect(parsed.getEdgeAttribute(e, 'type')).toBe(graph.getEdgeAttribute(e, 'type'));
    const withAliases = entityNodes.find((k) => (graph.getNodeAttribute(k, 'aliases') as unknown[] | undefined)?.length);
    if (withAliases) expect(JSON.parse(parsed.getNodeAttribute(withAliases, 'aliases') as string)).toEqual(graph.getNodeAttribute(withAliases, 'aliases'));
  });

  it('keeps the Passage nodes and their edges when asked', () => {
    const parsed = graphml.parse(MultiDirectedGraph, exportGraphml(graph, { passages: true }));
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
  });

  it('gives the same bytes whatever order the graph was built in', () => {
    expect(exportGraphml(reversed(graph))).toBe(exportGraphml(graph));
  });

  it('keeps markup, quotes and ampersands in names as text and drops characters XML cannot hold', () => {
    const g = createGraph();
    addExtraction(g, hostileExtraction());
    const text = exportGraphml(g, { passages: true });
    expect(text).not.toContain('<script>');
    expect(text).not.toMatch(/[\u000b\u000c]/);
    const parsed = graphml.parse(MultiDirectedGraph, text);
    expect(parsed.getNodeAttribute(`program:${HOSTILE}`, 'name')).toBe(HOSTILE);
    expect(parsed.getNodeAttribute('admin:999999999', 'name')).toBe(HOSTILE_TOWN);
    const doc = parsed.findNode((_k, a) => a.type === 'Document')!;
    expect(parsed.getNodeAttribute(doc, 'title')).toBe(CONTROL_TITLE.replace(/[\u000b\u000c]/g, ''));
  });
});
