import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { openEmbeddedStore, writeEmbeddedStore, checkEmbeddedStoreWritable, type EmbeddedStoreStats } from '../../../src/store/embedded/index.js';
import { KgError } from '../../../src/errors.js';
import { holdStore, stopHolder } from './hold-store.js';
import { makeTrickyGraph, TRICKY_REPORT_ID, TRICKY_TEXT } from './tricky-graph.js';

const ontology = loadOntology();
let root: string;
let outDir: string;
let stats: EmbeddedStoreStats;

/** Counts of the in-memory graph per label and per type, restricted to what the schema knows. */
function countGraph() {
  const graph = makeTrickyGraph();
  const labels = new Set(ontology.schema.nodes.map((n) => n.label));
  const nodes: Record<string, number> = Object.fromEntries(ontology.schema.nodes.map((n) => [n.label, 0]));
  const rels: Record<string, number> = Object.fromEntries(ontology.schema.relationships.map((r) => [r.type, 0]));
  graph.forEachNode((_n, a) => {
    if (labels.has(a.label)) nodes[a.label]++;
  });
  graph.forEachEdge((_e, a) => {
    rels[a.type]++;
  });
  return { nodes, rels };
}

beforeAll(async () => {
  // A folder name with a quote, a space and a backslash: the COPY statements must quote paths.
  root = mkdtempSync(join(tmpdir(), 'kg-embedded-'));
  outDir = join(root, "it's a \\ dir");
  stats = await writeEmbeddedStore(makeTrickyGraph(), ontology, outDir);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('writeEmbeddedStore', () => {
  it('creates one node table per schema label and one relationship table per schema type', async () => {
    const store = await openEmbeddedStore(outDir);
    try {
      const rows = await store.query('CALL show_tables() RETURN name, type');
      const nodeTables = rows.filter((r) => r.type === 'NODE').map((r) => r.name).sort();
      const relTables = rows.filter((r) => r.type === 'REL').map((r) => r.name).sort();
      expect(nodeTables).toEqual(ontology.schema.nodes.map((n) => n.label).sort());
      expect(relTables).toEqual(ontology.schema.relationships.map((r) => r.type).sort());
    } finally {
      await store.close();
    }
  });

  it('loads every node and relationship of the graph, counted per label and per type', () => {
    const expected = countGraph();
    expect(stats.nodes).toEqual(expected.nodes);
    expect(stats.relationships).toEqual(expected.rels);
    expect(stats.relationships.MENTIONS).toBeGreaterThan(0);
    expect(stats.path).toBe(resolve(outDir, 'graph.kuzu'));
  });

  it('reports the node of an unknown label as skipped, with its reason', () => {
    expect(stats.skipped['label-not-in-schema']).toBe(1);
  });

  it('reports timings and a relationship load rate', () => {
    expect(stats.timings.totalMs).toBeGreaterThanOrEqual(stats.timings.relationshipsMs);
    expect(stats.relationshipsPerSecond).toBeGreaterThan(0);
  });

  it('keeps passage text with quotes, commas, backslashes, braces and line breaks unchanged', async () => {
    const store = await openEmbeddedStore(outDir);
    try {
      const rows = await store.query('MATCH (p:Passage) WHERE p.id = $id RETURN p.text AS text, p.section AS section', { id: `${TRICKY_REPORT_ID}#1` });
      expect(rows).toEqual([{ text: TRICKY_TEXT, section: '一/(三)/2' }]);
    } finally {
      await store.close();
    }
  });

  it('keeps empty strings apart from nulls and empty lists apart from lists', async () => {
    const store = await openEmbeddedStore(outDir);
    try {
      const [p0] = await store.query('MATCH (p:Passage) WHERE p.id = $id RETURN p.text AS text, p.section AS section', { id: `${TRICKY_REPORT_ID}#0` });
      expect(p0).toEqual({ text: '', section: '' });
      const [report] = await store.query('MATCH (r:Report) RETURN r.publishedAt AS publishedAt, r.year AS year');
      expect(report).toEqual({ publishedAt: null, year: 2023 });
      const laws = await store.query('MATCH (l:Law) RETURN l.name AS name, l.aliases AS aliases ORDER BY name');
      expect(laws).toEqual([
        { name: '宪法', aliases: [] },
        { name: '行政处罚法', aliases: ['中华人民共和国行政处罚法', '行政处罚法,"简称"\\'] },
      ]);
    } finally {
      await store.close();
    }
  });

  it('stores relationship properties with their types (double, int, string)', async () => {
    const store = await openEmbeddedStore(outDir);
    try {
      const rows = await store.query('MATCH (:Report)-[x:REPORTS]->(i:Indicator) RETURN i.name AS name, x.value AS value, x.unit AS unit, x.passage AS passage');
      expect(rows).toEqual([{ name: '调解成功率', value: 99.5, unit: '%', passage: 1 }]);
      const counsel = await store.query('MATCH (t:AdminUnit)-[c:RETAINS_COUNSEL]->(f:LawFirm) RETURN t.name AS town, f.name AS firm, c.year AS year');
      expect(counsel).toEqual([{ town: '练塘镇', firm: '东炬律师事务所', year: 2023 }]);
    } finally {
      await store.close();
    }
  });

  it('leaves only graph.kuzu in the folder: no CSV or half-built database behind', () => {
    expect(readdirSync(outDir)).toEqual(['graph.kuzu']);
  });

  it('gives identical counts when the same graph is built again', async () => {
    const again = await writeEmbeddedStore(makeTrickyGraph(), ontology, outDir);
    expect(again.nodes).toEqual(stats.nodes);
    expect(again.relationships).toEqual(stats.relationships);
    expect(readdirSync(outDir)).toEqual(['graph.kuzu']);
  });
});

describe('writeEmbeddedStore while another process holds the store', () => {
  it.each([
    ['reading', true],
    ['writing', false],
  ])('fails with E_STORE_LOCKED naming the file when a process has it open for %s, and the old store still opens', async (_what, readOnly) => {
    const dir = join(root, `held-${readOnly ? 'ro' : 'rw'}`);
    const before = await writeEmbeddedStore(makeTrickyGraph(), ontology, dir);
    const holder = await holdStore(join(dir, 'graph.kuzu'), readOnly);
    let error: unknown;
    try {
      const bigger = makeTrickyGraph();
      bigger.addNode('law:民法典', { label: 'Law', id: 'law:民法典', name: '民法典' });
      await writeEmbeddedStore(bigger, ontology, dir);
    } catch (err) {
      error = err;
    }
    try {
      expect(error).toBeInstanceOf(KgError);
      expect((error as KgError).code).toBe('E_STORE_LOCKED');
      expect((error as KgError).message).toContain(join(dir, 'graph.kuzu'));
      expect((error as KgError).message).toContain(`process ${holder.pid}`);
      await expect(checkEmbeddedStoreWritable(dir)).rejects.toMatchObject({ code: 'E_STORE_LOCKED' });
    } finally {
      await stopHolder(holder);
    }
    expect(readdirSync(dir)).toEqual(['graph.kuzu']);
    const store = await openEmbeddedStore(dir);
    try {
      const [row] = await store.query('MATCH (l:Law) RETURN count(l) AS n');
      expect(row.n).toBe(before.nodes.Law);
    } finally {
      await store.close();
    }
    await expect(checkEmbeddedStoreWritable(dir)).resolves.toBeUndefined();
  });

  it('does not create the store when checking a folder that has none', async () => {
    const dir = join(root, 'empty');
    await checkEmbeddedStoreWritable(dir);
    expect(existsSync(join(dir, 'graph.kuzu'))).toBe(false);
  });
});

describe('openEmbeddedStoreWriter (rows streamed while a build runs)', () => {
  it('gives the same store as writeEmbeddedStore on the whole graph', async () => {
    const { openEmbeddedStoreWriter } = await import('../../../src/store/embedded/index.js');
    const { addSharedElements, forEachReportElement } = await import('../../../src/graph/add-extraction.js');
    const { createGraph } = await import('../../../src/graph/kg-graph.js');
    const { makeTrickyExtraction } = await import('./tricky-graph.js');
    const x = makeTrickyExtraction();
    const shared = createGraph();
    addSharedElements(shared, x);
    shared.addNode('alien:1', { label: 'Alien', id: 'alien:1' });
    const dir = join(root, 'streamed');
    const writer = await openEmbeddedStoreWriter(ontology, dir);
    const { createReportRowEncoder } = await import('../../../src/store/embedded/csv-rows.js');
    const encoder = createReportRowEncoder(ontology.schema);
    const own = new Map<string, Record<string, unknown>>();
    const attrsOf = (k: string) => (own.get(k) ?? shared.getNodeAttributes(k)) as never;
    forEachReportElement(x, {
      node: (k, a) => {
        own.set(k, a);
        encoder.node(a);
      },
      edge: (_k, s, t, a) => encoder.edge(a, attrsOf(s), attrsOf(t)),
    });
    // Rows come in two appends, as from two reports.
    const rows = encoder.take();
    const tables = Object.entries(rows.tables);
    writer.addRows({ tables: Object.fromEntries(tables.slice(0, 2)), skipped: rows.skipped });
    writer.addRows({ tables: Object.fromEntries(tables.slice(2)), skipped: {} });
    const streamed = await writer.finish(shared);
    expect(streamed.nodes).toEqual(stats.nodes);
    expect(streamed.relationships).toEqual(stats.relationships);
    expect(streamed.skipped).toEqual(stats.skipped);
    const a = await openEmbeddedStore(outDir);
    const b = await openEmbeddedStore(dir);
    try {
      const q = 'MATCH (p:Passage)-[m:MENTIONS]->(e) RETURN p.id AS pid, p.text AS text, m.surface AS s, m.start AS start, e.id AS eid ORDER BY pid, start, eid';
      const rows = await a.query(q);
      expect(rows.length).toBeGreaterThan(0);
      expect(await b.query(q)).toEqual(rows);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('abort removes its rows and leaves no store behind', async () => {
    const { openEmbeddedStoreWriter } = await import('../../../src/store/embedded/index.js');
    const dir = join(root, 'aborted');
    const writer = await openEmbeddedStoreWriter(ontology, dir);
    const { createReportRowEncoder } = await import('../../../src/store/embedded/csv-rows.js');
    const encoder = createReportRowEncoder(ontology.schema);
    encoder.node({ label: 'Passage', id: 'p', text: 'x' });
    writer.addRows(encoder.take());
    writer.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeEmbeddedStore with tables loaded in parts', () => {
  it('loads every row when each CSV file holds one row (one COPY per row, into the rows already there)', async () => {
    const dir = join(root, 'parts');
    const parts = await writeEmbeddedStore(makeTrickyGraph(), ontology, dir, { rowsPerFile: 1 });
    expect(parts.nodes).toEqual(stats.nodes);
    expect(parts.relationships).toEqual(stats.relationships);
    expect(parts.skipped).toEqual(stats.skipped);
  });
});
