// The graph of one report is its shared elements (merged across reports) plus the elements it owns
// alone; a build keeps only the first in memory and streams the second, so the split must lose nothing.
import { describe, expect, it } from 'vitest';
import { addExtraction, addSharedElements, forEachReportElement, mergeSharedElements, type SharedElements } from '../../src/graph/add-extraction.js';
import { createGraph } from '../../src/graph/kg-graph.js';
import { dumpGraph } from './dump-graph.js';
import type { Extraction } from '../../src/types.js';
import { makeTrickyExtraction } from '../store/embedded/tricky-graph.js';
import { makeExtraction } from '../export/views/make-extraction.js';

const SHANGHAI = { code: '310000', name: '上海市', level: 'province' as const, kind: '直辖市' };
const QINGPU = { code: '310118', name: '青浦区', level: 'county' as const, kind: '区' };

function twoReports(): Extraction[] {
  const town = { code: '310118103', name: '练塘镇', parents: [SHANGHAI, QINGPU] };
  return [
    makeExtraction({ id: 'a1', year: 2023, town, programs: ['枫桥经验', '解纷小院'], laws: ['宪法'] }),
    makeExtraction({ id: 'a2', year: 2024, town, programs: ['枫桥经验'], laws: ['宪法', '民法典'] }),
    makeTrickyExtraction(),
  ];
}


describe('addSharedElements + forEachReportElement', () => {
  it('together add exactly what addExtraction adds', () => {
    const whole = createGraph();
    const split = createGraph();
    const own = createGraph();
    for (const x of twoReports()) {
      addExtraction(whole, x);
      addSharedElements(split, x);
      forEachReportElement(x, {
        node: (k, a) => own.addNode(k, a),
        edge: (k, s, t, a) => {
          // Every endpoint is the report, one of its passages or a shared node added before.
          for (const end of [s, t]) expect(split.hasNode(end) || own.hasNode(end), end).toBe(true);
          own.mergeNode(s);
          own.mergeNode(t);
          own.addDirectedEdgeWithKey(k, s, t, a);
        },
      });
    }
    // Copy the owned elements over the shared ones: endpoints merged above carry no attributes.
    own.forEachNode((k, a) => (Object.keys(a).length ? split.addNode(k, a) : undefined));
    own.forEachEdge((k, a, s, t) => split.addDirectedEdgeWithKey(k, s, t, a));
    expect(dumpGraph(split)).toEqual(dumpGraph(whole));
    expect(whole.size).toBeGreaterThan(20);
  });

  it('visits only elements keyed by the report (never merged with another report)', () => {
    for (const x of twoReports()) {
      const keys: string[] = [];
      forEachReportElement(x, { node: (k) => keys.push(k), edge: (k) => keys.push(k) });
      expect(keys.length).toBeGreaterThan(3);
      for (const k of keys) expect(k, k).toContain(x.id);
    }
  });

  it('visits a mention listed twice once, as the graph keeps it once', () => {
    const x = makeTrickyExtraction();
    const law = x.entities.Law[0];
    law.mentions.push({ ...law.mentions[0] });
    const edges: string[] = [];
    forEachReportElement(x, { node: () => undefined, edge: (k) => edges.push(k) });
    expect(new Set(edges).size).toBe(edges.length);
    expect(edges.filter((k) => k.startsWith('MENTIONS|') && k.includes(law.id))).toHaveLength(1);
  });

  it('skips a mention whose passage is not in the extraction, as addExtraction does', () => {
    const x = makeTrickyExtraction();
    x.entities.Law[1].mentions[0].passage = 99;
    const edges: string[] = [];
    forEachReportElement(x, { node: () => undefined, edge: (k) => edges.push(k) });
    expect(edges.some((k) => k.includes('#99'))).toBe(false);
    const g = createGraph();
    addExtraction(g, x);
    expect(g.edges().some((k) => k.includes('#99'))).toBe(false);
  });
});

describe('mergeSharedElements', () => {
  // Descriptions of one node by different reports: empty values of both kinds, a value, lists.
  const descriptions: SharedElements['nodes'] = [
    ['program:x', { label: 'Program', id: 'program:x', name: 'x', category: null, aliases: ['b'] }],
    ['program:x', { label: 'Program', id: 'program:x', name: 'x', category: '', aliases: ['a'], scope: null }],
    ['program:x', { label: 'Program', id: 'program:x', name: 'x', category: 'practice', aliases: [], scope: '' }],
    ['program:x', { label: 'Program', id: 'program:x', name: 'x', category: 'campaign', scope: '全镇' }],
  ];
  const merged = (order: number[]) => {
    const g = createGraph();
    // A fresh copy each time, as a report's elements arrive (the graph keeps the first it is given).
    for (const i of order) mergeSharedElements(g, { nodes: [structuredClone(descriptions[i])], edges: [] });
    return JSON.stringify(g.getNodeAttributes('program:x'));
  };
  const orders = (items: number[]): number[][] =>
    items.length <= 1 ? [items] : items.flatMap((x, i) => orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));

  it('changes nothing when a description merged before comes again, whatever came between', () => {
    // What lets a worker leave out what it sent with a report already merged (createSentElements).
    let checked = 0;
    const subsets = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((bits) => [0, 1, 2, 3].filter((i) => bits & (1 << i)));
    for (const order of subsets.flatMap(orders)) {
      for (let at = 1; at <= order.length; at++) {
        for (let again = 0; again < at; again++) {
          const repeated = [...order.slice(0, at), order[again], ...order.slice(at)];
          expect(merged(repeated), `${repeated}`).toBe(merged(order));
          checked++;
        }
      }
    }
    // Every order of every set of descriptions, each with one of them again at every later place.
    expect(checked).toBe(4 * 1 + 6 * 2 * 3 + 4 * 6 * 6 + 24 * 10);
  });

  it('lets the first value win, fills an empty one and unions lists', () => {
    expect(JSON.parse(merged([1, 0, 3, 2]))).toEqual({ label: 'Program', id: 'program:x', name: 'x', category: 'campaign', aliases: ['a', 'b'], scope: '全镇' });
    expect(JSON.parse(merged([2, 3]))).toMatchObject({ category: 'practice', scope: '全镇' });
  });
});
