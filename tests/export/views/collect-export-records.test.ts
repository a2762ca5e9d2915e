// The export records are made from the graph without copying it: they must be the records of the
// entity-level copy (selectEntityGraph), node for node and edge for edge, in key order.
import { beforeAll, describe, expect, it } from 'vitest';
import { collectExportRecords, listExportRecords } from '../../../src/export/views/collect-export-records.js';
import { captionNode } from '../../../src/export/views/label-colors.js';
import { selectEntityGraph } from '../../../src/export/views/select-entity-graph.js';
import type { KgGraph } from '../../../src/graph/kg-graph.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { buildSampleGraph } from '../html/sample-graph.js';

const schema = loadOntology().schema;

/** The records as they were made before: from the entity-level copy, its insertion order and degrees. */
function recordsOfCopy(graph: KgGraph, passages: boolean) {
  const g = selectEntityGraph(graph, { passages });
  return {
    nodes: g.mapNodes((key, a) => ({ key, label: captionNode(schema, key, a), type: a.label, degree: g.degree(key) })),
    edges: g.mapEdges((key, a, source, target) => ({ key, source, target, type: a.type })),
  };
}

describe('listExportRecords', () => {
  let graph: KgGraph;
  beforeAll(async () => {
    graph = await buildSampleGraph();
  });

  it.each([false, true])('gives the records of the entity-level copy, in its order and with its degrees (passages: %s)', (passages) => {
    const lists = listExportRecords(graph, schema, { passages });
    const nodes = [...lists.nodes()];
    const edges = [...lists.edges()];
    const expected = recordsOfCopy(graph, passages);
    expect(nodes.map(({ key, label, type, degree }) => ({ key, label, type, degree }))).toEqual(expected.nodes);
    expect(edges.map(({ key, source, target, type }) => ({ key, source, target, type }))).toEqual(expected.edges);
    expect([lists.nodeCount, lists.edgeCount]).toEqual([expected.nodes.length, expected.edges.length]);
    expect(nodes.some((n) => n.type === 'Passage')).toBe(passages);
  });

  it('makes the records again on each pass, and collectExportRecords gathers one pass', () => {
    const lists = listExportRecords(graph, schema);
    expect([...lists.edges()]).toEqual([...lists.edges()]);
    expect(collectExportRecords(graph, schema)).toEqual({ nodes: [...lists.nodes()], edges: [...lists.edges()] });
  });
});
