// A report serialized where it was extracted must carry everything the build writes for it: its
// JSON, the graph.json items and store rows of its own elements; the main thread keeps the rest.
import { describe, expect, it } from 'vitest';
import { addExtraction, addSharedElements } from '../../src/graph/add-extraction.js';
import { createGraph, importGraph } from '../../src/graph/kg-graph.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { createReportSerializer } from '../../src/pipeline/serialize-report.js';
import { summarizeGraph } from '../../src/pipeline/summarize-graph.js';
import { makeTrickyExtraction } from '../store/embedded/tricky-graph.js';

const ontology = loadOntology();

describe('createReportSerializer', () => {
  const x = makeTrickyExtraction();
  const { shared, output } = createReportSerializer(ontology, { store: true }).serialize(structuredClone(x));

  it('keeps the extraction JSON whole, and only the shared part in the extraction it returns', () => {
    expect(JSON.parse(output.reportJson)).toEqual(x);
    expect(shared.passages).toEqual([]);
    expect(Object.values(shared.entities).flat().every((e) => e.mentions.length === 0)).toBe(true);
    expect(shared.entities.Law.map((e) => e.id)).toEqual(x.entities.Law.map((e) => e.id));
    expect(shared.relations).toEqual(x.relations);
  });

  it('gives graph.json items that, with the shared graph, make the whole report graph', () => {
    const whole = createGraph();
    addExtraction(whole, x);
    const part = createGraph();
    addSharedElements(part, shared);
    const data = part.export();
    const json = `{"options":${JSON.stringify(data.options)},"attributes":{},"nodes":[${JSON.stringify(data.nodes).slice(1, -1)}${output.graphNodes}],"edges":[${JSON.stringify(data.edges).slice(1, -1)}${output.graphEdges}]}`;
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
    expect(out.graphEdges).toBe(output.graphEdges);
  });
});
