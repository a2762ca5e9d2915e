// A report serialized where it was extracted must carry everything the build writes for it: its
// JSON, the graph.json items and store rows of its own elements; the main thread keeps the rest.
import { describe, expect, it } from 'vitest';
import { addExtraction, collectSharedElements, mergeSharedElements } from '../../src/graph/add-extraction.js';
import { createGraph, importGraph } from '../../src/graph/kg-graph.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { createReportSerializer, outputTransferList } from '../../src/pipeline/serialize-report.js';
import { summarizeGraph } from '../../src/pipeline/summarize-graph.js';
import { makeTrickyExtraction } from '../store/embedded/tricky-graph.js';

const ontology = loadOntology();

describe('createReportSerializer', () => {
  const x = makeTrickyExtraction();
  const serializer = createReportSerializer(ontology, { store: true });
  const { head, output } = serializer.serialize(structuredClone(x));
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  it('keeps the extraction JSON whole, and only the head in the extraction it returns', () => {
    expect(JSON.parse(text(output.reportJson))).toEqual(x);
    expect(head.id).toBe(x.id);
    expect(head.issuer).toEqual(x.issuer);
    expect(head.passages).toEqual([]);
    expect(head.relations).toEqual([]);
    expect(Object.values(head.entities).flat()).toEqual([]);
  });

  it('carries the shared elements the main thread merges', () => {
    expect(output.shared).toEqual(collectSharedElements(x));
    expect(output.shared.nodes.map(([key]) => key)).toEqual(expect.arrayContaining(x.entities.Law.map((e) => e.id)));
  });

  it('hands over all its text in one buffer of its own, listed once for transfer', () => {
    const views = [output.reportJson, output.graphNodes, output.graphEdges, ...Object.values(output.storeRows!.tables).map((t) => t.data)];
    const buffers = outputTransferList(output);
    expect(buffers).toHaveLength(1);
    for (const v of views) expect(v.buffer).toBe(buffers[0]);
    // The texts lie side by side and fill the buffer: none overlaps another or is cut short.
    const spans = views.map((v) => [v.byteOffset, v.byteOffset + v.byteLength]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBe(spans[i - 1][1]);
    expect(spans.at(-1)![1]).toBe(buffers[0].byteLength);
    // The buffer is the report's own: serializing another report leaves it as it was.
    const before = text(output.graphEdges);
    serializer.serialize(structuredClone(x));
    expect(text(output.graphEdges)).toBe(before);
    // A transfer moves the buffer: the copy received is whole, the sender's views are emptied.
    const sent = structuredClone(output);
    const received = structuredClone(sent, { transfer: outputTransferList(sent) });
    expect(sent.graphEdges.byteLength).toBe(0);
    expect(text(received.graphEdges)).toBe(text(output.graphEdges));
    expect(text(received.reportJson)).toBe(text(output.reportJson));
    expect(received.storeRows).toEqual(output.storeRows);
  });

  it('gives graph.json items that, with the shared graph, make the whole report graph', () => {
    const whole = createGraph();
    addExtraction(whole, x);
    const part = createGraph();
    mergeSharedElements(part, output.shared);
    const data = part.export();
    const json = `{"options":${JSON.stringify(data.options)},"attributes":{},"nodes":[${JSON.stringify(data.nodes).slice(1, -1)}${text(output.graphNodes)}],"edges":[${JSON.stringify(data.edges).slice(1, -1)}${text(output.graphEdges)}]}`;
    const rebuilt = importGraph(JSON.parse(json.replace('[,', '[')));
    expect(summarizeGraph(rebuilt)).toEqual(summarizeGraph(whole));
    expect(rebuilt.order).toBe(whole.order);
    expect(rebuilt.size).toBe(whole.size);
  });

  it('counts the elements it serialized, and encodes one store row per element', () => {
    const rows = Object.values(output.storeRows!.tables).reduce((n, t) => n + t.rows, 0);
    const counted = [...Object.values(output.counts.nodes), ...Object.values(output.counts.relationships)].reduce((a, b) => a + b, 0);
    expect(counted).toBeGreaterThan(5);
    expect(rows).toBe(counted);
    expect(output.counts.nodes.Passage).toBe(x.passages.length);
    // The tricky passage holds a line break: its table is flagged for Kùzu's serial reader.
    expect(output.storeRows!.tables['N|Passage'].lineBreak).toBe(true);
  });

  it('encodes no store rows when the build writes no store', () => {
    const out = createReportSerializer(ontology, { store: false }).serialize(structuredClone(x)).output;
    expect(out.storeRows).toBeNull();
    expect(text(out.graphEdges)).toBe(text(output.graphEdges));
  });
});
