// writeGexfDocument streams what graphology-gexf's writer returns as one string: for a directed
// graph with every kind of value and viz the GEXF export uses (and a few it does not), the same bytes.
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { writeGexfDocument, type GexfEdgeElement, type GexfNodeElement } from '../../../src/export/gexf/write-gexf-document.js';

const { MultiDirectedGraph } = graphology as unknown as typeof import('graphology');

type Attrs = Record<string, unknown>;

function makeGraph() {
  const g = new MultiDirectedGraph();
  g.replaceAttributes({ creator: 'fazhi-kg', description: 'Knowledge graph of 法治政府建设年度报告 <&> "q"', ignored: { nested: true } });
  g.addNode('law:行政处罚法', {
    label: '行政处罚法',
    attributes: { type: 'Law', year: 2021, big: 2 ** 40, ratio: 0.5, flag: true, text: 'a "quote" & <tag>\nline', empty: '', none: null, nan: Number.NaN, obj: { a: 1 } },
    viz: { color: '#4e79a7', size: 7.3 },
  });
  g.addNode('n2', { label: '', attributes: { type: 'Report', year: 2022.5, flag: 'yes', nums: [1, 2.5] }, viz: { color: 'rgb(1, 2, 3)', size: 3, x: 1, y: -2, z: 0, shape: 'disc', thickness: 2 } });
  g.addNode('n3', { attributes: { type: 'Program', single: "it's", words: ['plain', 'say "x"', "it's", 'tab\there'] } });
  g.addNode('n4', {});
  g.addDirectedEdgeWithKey('e1', 'law:行政处罚法', 'n2', { label: 'CITES', kind: 'CITES', weight: 3, attributes: { type: 'CITES', count: 3, surface: '《行政处罚法》' } });
  g.addDirectedEdgeWithKey('e2', 'n2', 'n3', { label: 'ADOPTS', kind: 'ADOPTS', weight: Number.NaN, attributes: { type: 'ADOPTS', years: [2021, 2022] } });
  g.addDirectedEdgeWithKey('e3', 'n3', 'n4', { weight: '1.5' });
  g.addDirectedEdgeWithKey('e4', 'n4', 'n2', {});
  return g;
}

const formatNode = (_key: string, a: Attrs) => ({ label: a.label, attributes: a.attributes, viz: a.viz });
const formatEdge = (_key: string, a: Attrs) => ({ label: a.label, kind: a.kind, weight: a.weight, attributes: a.attributes });

describe('writeGexfDocument', () => {
  it('writes the bytes graphology-gexf writes for the same directed graph', () => {
    const g = makeGraph();
    const expected = gexf.write(g, { version: '1.3', pretty: true, formatNode: formatNode as never, formatEdge: formatEdge as never });
    const parts: string[] = [];
    writeGexfDocument(
      {
        meta: g.getAttributes(),
        nodes: () => g.mapNodes((key, a) => ({ key, ...formatNode(key, a) }) as GexfNodeElement),
        edges: () => g.mapEdges((key, a, source, target) => ({ key, source, target, ...formatEdge(key, a) }) as GexfEdgeElement),
      },
      (text) => parts.push(text),
    );
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.join('')).toBe(expected);
  });

  it('writes an empty graph as graphology-gexf does', () => {
    const g = new MultiDirectedGraph();
    const parts: string[] = [];
    writeGexfDocument({ meta: {}, nodes: () => [], edges: () => [] }, (text) => parts.push(text));
    expect(parts.join('')).toBe(gexf.write(g, { version: '1.3', pretty: true }));
  });
});
