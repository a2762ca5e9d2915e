// readBuiltGraph streams OUT/graph.json: on a real build of data/samples it must give the graph
// importing the whole parsed file gives (same items, same order), and leave out only what it is told.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from '../../helpers/error-of.js';
import { importGraph, type KgGraph } from '../../../src/graph/kg-graph.js';
import { runBuild } from '../../../src/pipeline/run-build.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { collectGraphRows, type GraphRows } from '../../../src/store/neo4j/collect-graph-rows.js';
import { GRAPH_FILE, readBuiltGraph, readBuiltGraphRows } from '../../../src/store/neo4j/read-built-graph.js';
import { dumpGraph } from '../../graph/dump-graph.js';
import { findHashCollision } from '../../helpers/hash-collision.js';
import { hashString, StringHashSieve } from '../../../src/io/string-hash-sieve.js';

let root: string;
let outDir: string;
let whole: KgGraph;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kg-read-built-graph-'));
  outDir = join(root, 'out');
  await runBuild(['data/samples'], { out: outDir, jobs: 1, store: false });
  whole = importGraph(JSON.parse(readFileSync(join(outDir, GRAPH_FILE), 'utf8')));
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Everything a writer that follows insertion order sees: nodes and edges in order, with attributes and ends. */
function listInOrder(g: KgGraph): string[] {
  return [
    ...g.mapNodes((k, a) => `N ${k} ${JSON.stringify(a)}`),
    ...g.mapEdges((k, a, s, t) => `E ${k} ${s}>${t} ${JSON.stringify(a)}`),
    `A ${JSON.stringify(g.getAttributes())}`,
  ];
}

/** A copy of `g` without the nodes `dropNode` names (and their edges) and the edges `dropEdge` names. */
function without(g: KgGraph, dropNode: (label: string) => boolean, dropEdge: (type: string) => boolean = () => false): KgGraph {
  const out = g.copy();
  out.forEachNode((k, a) => {
    if (dropNode(a.label)) out.dropNode(k);
  });
  out.forEachEdge((k, a) => {
    if (dropEdge(a.type)) out.dropEdge(k);
  });
  return out;
}

function writeBuild(name: string, text: string | Buffer): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, GRAPH_FILE), text);
  return dir;
}


describe('readBuiltGraph', () => {
  it('gives the graph that importing the whole parsed graph.json gives, item for item and in order', async () => {
    const graph = await readBuiltGraph(outDir);
    expect(graph.order).toBeGreaterThan(500);
    expect(listInOrder(graph)).toEqual(listInOrder(whole));
  });

  it('gives the same graph with small chunks', async () => {
    for (const chunkSize of [1000, 4093]) expect(listInOrder(await readBuiltGraph(outDir, { chunkSize }))).toEqual(listInOrder(whole));
  });

  it('leaves out the nodes of a skipped label with every edge that touches them', async () => {
    const graph = await readBuiltGraph(outDir, { skipLabels: ['Passage'] });
    expect(graph.filterNodes((_k, a) => a.label === 'Passage')).toEqual([]);
    expect(graph.filterEdges((_k, a) => a.type === 'HAS_PASSAGE')).toEqual([]);
    // Report MENTIONS Institution stays; Passage MENTIONS goes.
    expect(graph.filterEdges((_k, a) => a.type === 'MENTIONS').length).toBeGreaterThan(0);
    expect(listInOrder(graph)).toEqual(listInOrder(without(whole, (l) => l === 'Passage')));
  });

  it('leaves out the edges of a skipped type and keeps every node', async () => {
    const graph = await readBuiltGraph(outDir, { skipTypes: ['HAS_PASSAGE'] });
    expect(graph.order).toBe(whole.order);
    expect(listInOrder(graph)).toEqual(listInOrder(without(whole, () => false, (t) => t === 'HAS_PASSAGE')));
  });

  it('combines skipped labels and types', async () => {
    const graph = await readBuiltGraph(outDir, { skipLabels: ['Passage', 'Indicator'], skipTypes: ['CITES'] });
    const expected = without(whole, (l) => l === 'Passage' || l === 'Indicator', (t) => t === 'CITES');
    expect(dumpGraph(graph)).toEqual(dumpGraph(expected));
  });

  it('leaves out what keepNode and keepEdge refuse, and the edges at a node left out', async () => {
    const graph = await readBuiltGraph(outDir, {
      keepNode: (_k, a) => a.label === 'Report' || a.label === 'AdminUnit',
      keepEdge: (_k, _s, _t, a) => a.type !== 'PART_OF',
    });
    const expected = without(whole, (l) => l !== 'Report' && l !== 'AdminUnit', (t) => t === 'PART_OF');
    expect(graph.filterEdges((_k, a) => a.type === 'ISSUED_BY')).toHaveLength(5);
    expect(listInOrder(graph)).toEqual(listInOrder(expected));
  });

  it('says to run kg build when the folder has no graph.json', async () => {
    const err = await errorOf(readBuiltGraph(join(root, 'no-build')));
    expect(err.code).toBe('E_STORE_MISSING');
    expect(err.message).toContain('kg build');
  });

  it('refuses a truncated graph.json with E_STORE naming the file', async () => {
    const bytes = readFileSync(join(outDir, GRAPH_FILE));
    const dir = writeBuild('truncated', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const err = await errorOf(readBuiltGraph(dir));
    expect(err.code).toBe('E_STORE');
    expect(err.where).toBe(join(dir, GRAPH_FILE));
  });

  it('refuses a graph.json that is well-formed JSON but not a graph (a repeated node, an edge to nowhere)', async () => {
    const text = '{"nodes":[{"key":"a","attributes":{"label":"Law"}},{"key":"a","attributes":{"label":"Law"}}]}';
    const err = await errorOf(readBuiltGraph(writeBuild('repeated', text)));
    expect(err.code).toBe('E_STORE');
    expect(err.detail).toEqual({ offset: text.lastIndexOf('{"key"') });
    const dangling = writeBuild('dangling', '{"nodes":[{"key":"a","attributes":{"label":"Law"}}],"edges":[{"key":"e","source":"a","target":"b","attributes":{"type":"CITES"}}]}');
    expect((await errorOf(readBuiltGraph(dangling))).code).toBe('E_STORE');
  });

  it('still refuses an edge to a node that is not in the file when labels are skipped', async () => {
    const dir = writeBuild('dangling-skip', '{"nodes":[{"key":"a","attributes":{"label":"Law"}},{"key":"p","attributes":{"label":"Passage"}}],"edges":[{"key":"e","source":"a","target":"b","attributes":{"type":"CITES"}}]}');
    expect((await errorOf(readBuiltGraph(dir, { skipLabels: ['Passage'] }))).code).toBe('E_STORE');
  });
});

describe('readBuiltGraphRows', () => {
  const schema = loadOntology().schema;

  /** The rows as plain arrays, without release: what a writer reads. */
  const materialize = (rows: GraphRows) => ({
    nodes: rows.nodes.map((g) => ({ ...g, rows: [...g.rows] })),
    relationships: rows.relationships.map((g) => ({ ...g, rows: [...g.rows] })),
    skipped: rows.skipped,
  });

  it('gives the rows collectGraphRows gives for the whole graph, without building it', async () => {
    const rows = await readBuiltGraphRows(outDir, schema);
    expect(rows.relationships.reduce((n, g) => n + g.rows.length, 0)).toBe(whole.size);
    // Under the memory budget nothing goes to disk: the rows are arrays.
    expect(rows.relationships.every((g) => Array.isArray(g.rows))).toBe(true);
    expect(materialize(rows)).toEqual(materialize(collectGraphRows(whole, schema)));
    expect(materialize(await readBuiltGraphRows(outDir, schema, { chunkSize: 777 }))).toEqual(materialize(rows));
    rows.release();
  });

  it('gives the same rows in the same order when they are sorted on disk, and removes the runs on release', async () => {
    const spillDir = join(root, 'spill');
    const rows = await readBuiltGraphRows(outDir, schema, { memoryBudget: 256 * 1024, spillDir });
    // The samples' rows take a few MB: most groups went to disk, in runs.
    expect(rows.relationships.some((g) => !Array.isArray(g.rows))).toBe(true);
    expect(rows.nodes.some((g) => !Array.isArray(g.rows))).toBe(true);
    const [folder] = readdirSync(spillDir);
    expect(readdirSync(join(spillDir, folder)).length).toBeGreaterThan(3);
    const expected = materialize(collectGraphRows(whole, schema));
    // Read twice: each read merges the runs afresh.
    expect(materialize(rows)).toEqual(expected);
    expect(materialize(rows)).toEqual(expected);
    for (const g of rows.relationships) expect(g.rows.length).toBe([...g.rows].length);
    rows.release();
    expect(readdirSync(spillDir)).toEqual([]);
  });

  it('says E_TEMP when rows beyond the budget cannot go to disk', async () => {
    const notAFolder = join(root, 'not-a-folder');
    writeFileSync(notAFolder, 'x');
    const err = await errorOf(readBuiltGraphRows(outDir, schema, { memoryBudget: 64 * 1024, spillDir: notAFolder }));
    expect(err.code).toBe('E_TEMP');
    expect(err.message).toContain(notAFolder);
  });

  it('keeps the reasons of what the schema cannot place', async () => {
    const text = JSON.stringify({
      nodes: [
        { key: 'law:a', attributes: { label: 'Law', id: 'law:a', name: 'a' } },
        { key: 'm', attributes: { label: 'Mystery' } },
        { key: 'bare' },
      ],
      edges: [
        { key: 'e1', source: 'm', target: 'law:a', attributes: { type: 'CITES' } },
        { key: 'e2', source: 'law:a', target: 'bare', attributes: { type: 'LIKES' } },
      ],
    });
    const rows = await readBuiltGraphRows(writeBuild('skips', text), schema);
    expect(rows.skipped.map((s) => [s.key, s.reason])).toEqual([
      ['m', 'unknown-label'],
      ['bare', 'unknown-label'],
      ['e1', 'endpoint-skipped'],
      ['e2', 'unknown-type'],
    ]);
    expect(rows.nodes.map((g) => [...g.rows].map((r) => r.key))).toEqual([['law:a']]);
  });

  it.each([
    ['a repeated node', '{"nodes":[{"key":"a","attributes":{"label":"Law","id":"a"}},{"key":"a","attributes":{"label":"Law","id":"a"}}]}'],
    ['an edge to a node not in the file', '{"nodes":[{"key":"a","attributes":{"label":"Law","id":"a"}}],"edges":[{"key":"e","source":"a","target":"b","attributes":{"type":"CITES"}}]}'],
    ['an edge before its nodes', '{"edges":[{"key":"e","source":"a","target":"a2","attributes":{"type":"CITES"}}],"nodes":[{"key":"a"},{"key":"a2"}]}'],
    ['a repeated edge key', '{"nodes":[{"key":"a","attributes":{"label":"Law","id":"a"}},{"key":"b","attributes":{"label":"Law","id":"b"}}],"edges":[{"key":"e","source":"a","target":"b","attributes":{"type":"CITES"}},{"key":"e","source":"b","target":"a","attributes":{"type":"CITES"}}]}'],
    ['a loop', '{"nodes":[{"key":"a","attributes":{"label":"Law","id":"a"}}],"edges":[{"key":"e","source":"a","target":"a","attributes":{"type":"CITES"}}]}'],
    ['an edge without a key', '{"nodes":[{"key":"a"},{"key":"b"}],"edges":[{"source":"a","target":"b","attributes":{"type":"CITES"}}]}'],
    ['a truncated file', '{"nodes":[{"key":"a"},{"key":"b"}],"edges":[{"source":"a","tar'],
  ])('refuses %s with E_STORE', async (_what, text) => {
    const dir = writeBuild('bad-rows', text);
    const err = await errorOf(readBuiltGraphRows(dir, schema));
    expect(err.code).toBe('E_STORE');
    expect(err.where).toBe(join(dir, GRAPH_FILE));
  });

  it('names the edge key given twice and where the second one starts', async () => {
    const first = '{"key":"CITES|a|b","source":"a","target":"b","attributes":{"type":"CITES"}}';
    const second = '{"key":"CITES|a|b","source":"b","target":"a","attributes":{"type":"CITES"}}';
    const text = `{"nodes":[{"key":"a","attributes":{"label":"Law","id":"a"}},{"key":"b","attributes":{"label":"Law","id":"b"}}],"edges":[${first},${second}]}`;
    const err = await errorOf(readBuiltGraphRows(writeBuild('repeated-edge', text), schema));
    expect(err.code).toBe('E_STORE');
    expect(err.message).toContain('edge "CITES|a|b" comes twice');
    expect(err.detail).toEqual({ offset: text.lastIndexOf(second) });
  });

  it('takes two different edge keys that share a hash, and still refuses either given again (at its second place)', async () => {
    const [k1, k2] = findHashCollision();
    const nodes = '{"key":"a","attributes":{"label":"Law","id":"a"}},{"key":"b","attributes":{"label":"Law","id":"b"}}';
    const edge = (key: string) => `{"key":"${key}","source":"a","target":"b","attributes":{"type":"CITES"}}`;
    // Only the first half of the hash: k1 and k2 collide.
    const edgeKeys = () => new StringHashSieve({ first: hashString, second: () => 0 });
    const ok = await readBuiltGraphRows(writeBuild('colliding', `{"nodes":[${nodes}],"edges":[${edge(k1)},${edge(k2)}]}`), schema, { edgeKeys: edgeKeys() });
    // (CITES between two laws is not in the schema: both are skipped, each once.)
    expect(ok.skipped.map((item) => item.key).sort()).toEqual([k1, k2].sort());
    for (const edges of [[k1, k2, k2], [k1, k2, k1], [k1, k2, k1, k1]]) {
      const text = `{"nodes":[${nodes}],"edges":[${edges.map(edge).join(',')}]}`;
      const twice = edges.find((k, i) => edges.indexOf(k) !== i)!;
      const second = text.indexOf(edge(twice), text.indexOf(edge(twice)) + 1);
      const err = await errorOf(readBuiltGraphRows(writeBuild('colliding-again', text), schema, { edgeKeys: edgeKeys() }));
      expect(err.message).toContain(`edge "${twice}" comes twice`);
      expect(err.detail).toEqual({ offset: second });
    }
  });

  it('refuses an edge key given twice when the schema places neither (both skipped)', async () => {
    const nodes = '{"key":"a","attributes":{"label":"Law","id":"a"}},{"key":"b","attributes":{"label":"Law","id":"b"}}';
    const edge = '{"key":"e","source":"a","target":"b","attributes":{"type":"LIKES"}}';
    const err = await errorOf(readBuiltGraphRows(writeBuild('skipped-twice', `{"nodes":[${nodes}],"edges":[${edge},${edge}]}`), schema));
    expect(err.message).toContain('edge "e" comes twice');
  });

  it('says to run kg build when the folder has no graph.json', async () => {
    const err = await errorOf(readBuiltGraphRows(join(root, 'no-build'), schema));
    expect(err.code).toBe('E_STORE_MISSING');
    expect(err.message).toContain('kg build');
  });
});
