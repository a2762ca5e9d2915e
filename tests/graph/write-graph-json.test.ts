// graph.json is written from the shared graph plus the elements appended while a build runs; it
// must read back as the whole graph, whichever part is empty.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addExtraction, addSharedElements, forEachReportElement } from '../../src/graph/add-extraction.js';
import { createGraph, importGraph } from '../../src/graph/kg-graph.js';
import { dumpGraph } from './dump-graph.js';
import { createGraphJsonWriter, formatGraphEdge, formatGraphNode } from '../../src/graph/write-graph-json.js';
import { makeTrickyExtraction } from '../store/embedded/tricky-graph.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-graph-json-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('createGraphJsonWriter', () => {
  it('writes the shared graph and the appended elements as one graph, and removes its spool files', () => {
    const x = makeTrickyExtraction();
    const whole = createGraph();
    addExtraction(whole, x);
    const shared = createGraph();
    addSharedElements(shared, x);
    const file = join(dir, 'graph.json');
    const writer = createGraphJsonWriter(file);
    forEachReportElement(x, { node: (k, a) => writer.node(k, a), edge: (k, s, t, a) => writer.edge(k, s, t, a) });
    writer.finish(shared);
    const text = readFileSync(file, 'utf8');
    expect(dumpGraph(importGraph(JSON.parse(text)))).toEqual(dumpGraph(whole));
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('is valid JSON when only the appended part, or only the graph, has elements', () => {
    const x = makeTrickyExtraction();
    const onlyAppended = join(dir, 'appended.json');
    const w1 = createGraphJsonWriter(onlyAppended);
    forEachReportElement(x, { node: (k, a) => w1.node(k, a), edge: () => undefined });
    w1.finish(createGraph());
    const g1 = JSON.parse(readFileSync(onlyAppended, 'utf8'));
    expect(g1.nodes.length).toBe(x.passages.length);
    expect(g1.edges).toEqual([]);

    const onlyGraph = join(dir, 'graph-only.json');
    const shared = createGraph();
    addSharedElements(shared, x);
    createGraphJsonWriter(onlyGraph).finish(shared);
    expect(readFileSync(onlyGraph, 'utf8')).toBe(JSON.stringify(shared.export()));
  });

  it('abort removes the spool files and writes nothing', () => {
    const sub = mkdtempSync(join(dir, 'abort-'));
    const w = createGraphJsonWriter(join(sub, 'graph.json'));
    w.node('n', { label: 'Passage', id: 'n' });
    w.abort();
    expect(readdirSync(sub)).toEqual([]);
  });
});

describe('formatGraphNode / formatGraphEdge', () => {
  // Keys are quoted without JSON.stringify when nothing needs escaping: the bytes must not change.
  const keys = ['law:行政处罚法', 'a"b', 'back\\slash', 'tab\tand\u0001', 'lone \ud800 surrogate', 'pair 😀', 'line\u2028sep', '\u007f', ''];
  it.each(keys)('writes %j as JSON.stringify would', (key) => {
    expect(formatGraphNode(key, { label: 'L', name: key })).toBe(JSON.stringify({ key, attributes: { label: 'L', name: key } }));
    expect(formatGraphNode(key, {} as never)).toBe(JSON.stringify({ key }));
    expect(formatGraphEdge(key, `${key}>`, `<${key}`, { type: 'T' })).toBe(JSON.stringify({ key, source: `${key}>`, target: `<${key}`, attributes: { type: 'T' } }));
  });
});
