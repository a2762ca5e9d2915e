import { describe, expect, it } from 'vitest';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { coerceProperty, collectGraphRows, createGraphRowCollector } from '../../../src/store/neo4j/collect-graph-rows.js';
import { buildFixtureGraph } from './fixture-graph.js';

const schema = loadOntology().schema;

describe('coerceProperty', () => {
  it.each([
    ['STRING', 'x', 'x'],
    ['STRING', 12, '12'],
    ['STRING', { a: 1 }, null],
    ['INT64', 2022, 2022],
    ['INT64', '2022', 2022],
    ['INT64', 2.5, null],
    ['INT64', 'twenty', null],
    ['DOUBLE', 57.8, 57.8],
    ['DOUBLE', '0.5', 0.5],
    ['DOUBLE', Number.POSITIVE_INFINITY, null],
    ['BOOLEAN', false, false],
    ['BOOLEAN', 'true', true],
    ['BOOLEAN', 1, null],
    ['STRING[]', ['a', 2, null], ['a', '2']],
    ['STRING[]', 'solo', ['solo']],
    ['STRING', undefined, null],
  ] as const)('%s from %j gives %j', (type, value, expected) => {
    expect(coerceProperty(value, type)).toEqual(expected);
  });
});

describe('collectGraphRows', () => {
  it('keys admin units by division code and other labels by id, sorted, without null properties', () => {
    const { nodes } = collectGraphRows(buildFixtureGraph(), schema);
    const admin = nodes.find((g) => g.spec.label === 'AdminUnit')!;
    expect([...admin.rows].map((r) => r.key)).toEqual(['120000', '120102', '120102007', '310000', '310118', '310118103']);
    expect([...admin.rows].map((r) => r.levelLabel)).toEqual(['Province', 'County', 'Township', 'Province', 'County', 'Township']);
    const doc = [...nodes.find((g) => g.spec.label === 'Document')!.rows].find((r) => r.key === 'document:法治政府建设实施纲要')!;
    expect(doc.props).toEqual({ title: '法治政府建设实施纲要', resolved: true });
    expect(nodes.map((g) => g.spec.label)).toEqual(schema.nodes.map((n) => n.label).filter((l) => nodes.some((g) => g.spec.label === l)));
  });

  it('skips, with a reason, what the schema cannot place, and keeps everything else', () => {
    const graph = buildFixtureGraph();
    graph.addNode('mystery:1', { label: 'Mystery', id: 'mystery:1' });
    graph.addNode('law:nameless', { label: 'Law', name: 'no id' });
    graph.addNode('law:dup', { label: 'Law', id: 'law:行政处罚法', name: 'duplicate id' });
    graph.addDirectedEdgeWithKey('CITES|x', 'program:枫桥经验', 'law:行政处罚法', { type: 'CITES', count: 1 });
    graph.addDirectedEdgeWithKey('LIKES|x', 'report:a1a1a1a1a1a1a1a1', 'law:行政处罚法', { type: 'LIKES' });
    graph.addDirectedEdgeWithKey('MENTIONS|x', 'report:a1a1a1a1a1a1a1a1', 'mystery:1', { type: 'MENTIONS', count: 1 });
    const { nodes, relationships, skipped } = collectGraphRows(graph, schema);
    expect(skipped.map((s) => [s.key, s.reason])).toEqual([
      ['mystery:1', 'unknown-label'],
      ['law:nameless', 'missing-key'],
      ['law:dup', 'duplicate-key'],
      ['CITES|x', 'pair-not-in-schema'],
      ['LIKES|x', 'unknown-type'],
      ['MENTIONS|x', 'endpoint-skipped'],
    ]);
    const placedNodes = nodes.reduce((n, g) => n + g.rows.length, 0);
    const placedRels = relationships.reduce((n, g) => n + g.rows.length, 0);
    expect(placedNodes).toBe(graph.order - 3);
    expect(placedRels).toBe(graph.size - 3);
  });

  it('refuses a second node of one label and key, whichever of the two has its key as graph key, and places the edges of the first', () => {
    const law = (id: string) => ({ label: 'Law', id, name: id });
    for (const order of [
      [['law:x', law('law:x')], ['law:other', law('law:x')]],
      [['law:other', law('law:x')], ['law:x', law('law:x')]],
    ] as const) {
      const c = createGraphRowCollector(schema);
      for (const [key, attrs] of order) c.node(key, attrs);
      // The same key under another label, and an admin unit (keyed by code, not graph key) twice.
      c.node('program:x', { label: 'Program', id: 'law:x', name: 'x' });
      c.node('admin:44', { label: 'AdminUnit', code: '44', name: '广东省', level: 'province' });
      c.node('admin:44b', { label: 'AdminUnit', code: '44', name: '广东省', level: 'province' });
      c.node('report:r', { label: 'Report', id: 'report:r' });
      c.edge('CITES|r', 'report:r', order[0][0], { type: 'CITES', count: 1 });
      c.edge('ISSUED_BY|r', 'report:r', 'admin:44', { type: 'ISSUED_BY' });
      const rows = c.finish();
      expect(rows.skipped.map((item) => [item.key, item.reason, item.detail])).toEqual([
        [order[1][0], 'duplicate-key', `Law id="law:x" already taken by node ${order[0][0]}`],
        ['admin:44b', 'duplicate-key', 'AdminUnit code="44" already taken by node admin:44'],
      ]);
      expect(rows.nodes.map((g) => [g.spec.label, [...g.rows].map((r) => r.graphKey)])).toEqual([
        ['Report', ['report:r']],
        ['AdminUnit', ['admin:44']],
        ['Law', [order[0][0]]],
        ['Program', ['program:x']],
      ]);
      const rels = rows.relationships.map((g) => [...g.rows].map((r) => [r.key, r.from, r.to])).flat();
      // (Groups in schema order.)
      expect(rels).toEqual([
        ['ISSUED_BY|r', 'report:r', '44'],
        ['CITES|r', 'report:r', 'law:x'],
      ]);
    }
  });
});
