// streamExportRecords must give, straight from graph.json, the records listExportRecords gives for
// the graph readBuiltGraph loads — in memory or sorted on disk — and refuse what loading refuses.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from '../../helpers/error-of.js';
import { listExportRecords, type ExportRecordLists } from '../../../src/export/views/collect-export-records.js';
import { getEntityGraphFilter } from '../../../src/export/views/select-entity-graph.js';
import { streamExportRecords } from '../../../src/export/views/stream-export-records.js';
import { exportGexf, writeGexfRecords } from '../../../src/export/gexf/export-gexf.js';
import { exportGraphml, writeGraphmlRecords } from '../../../src/export/graphml/export-graphml.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { runBuild } from '../../../src/pipeline/run-build.js';
import { GRAPH_FILE, readBuiltGraph } from '../../../src/store/neo4j/read-built-graph.js';

const schema = loadOntology().schema;
let root: string;
let outDir: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kg-stream-records-'));
  outDir = join(root, 'out');
  await runBuild(['data/samples'], { out: outDir, jobs: 1, store: false });
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const all = (r: ExportRecordLists) => ({ nodeCount: r.nodeCount, edgeCount: r.edgeCount, nodes: [...r.nodes()], edges: [...r.edges()] });


function writeBuild(name: string, text: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, GRAPH_FILE), text);
  return dir;
}

describe('streamExportRecords', () => {
  for (const passages of [false, true]) {
    it(`gives the records of the loaded graph${passages ? ', passages kept' : ''}, in memory and sorted on disk, and the same files`, async () => {
      const graph = await readBuiltGraph(outDir, getEntityGraphFilter({ passages }));
      const expected = all(listExportRecords(graph, schema, { passages }));
      const inMemory = await streamExportRecords(outDir, schema, { passages });
      expect(all(inMemory)).toEqual(expected);
      const spillDir = join(root, `spill-${passages}`);
      const onDisk = await streamExportRecords(outDir, schema, { passages, memoryBudget: 128 * 1024, spillDir });
      expect(readdirSync(join(spillDir, readdirSync(spillDir)[0])).length).toBeGreaterThan(2);
      expect(all(onDisk)).toEqual(expected);
      const gexf = join(root, `p${passages}.gexf`);
      const graphml = join(root, `p${passages}.graphml`);
      await writeGexfRecords(onDisk, schema, gexf);
      await writeGraphmlRecords(onDisk, schema, graphml);
      expect(readFileSync(gexf, 'utf8')).toBe(exportGexf(graph, { passages, schema }));
      expect(readFileSync(graphml, 'utf8')).toBe(exportGraphml(graph, { passages, schema }));
      onDisk.release();
      inMemory.release();
      expect(readdirSync(spillDir)).toEqual([]);
    });
  }

  const law = (key: string) => `{"key":"${key}","attributes":{"label":"Law","id":"${key}"}}`;
  const passage = '{"key":"p","attributes":{"label":"Passage","id":"p"}}';
  const cites = (key: string, source = 'a', target = 'b') => `{"key":"${key}","source":"${source}","target":"${target}","attributes":{"type":"CITES"}}`;
  it.each([
    ['a node twice', `{"nodes":[${law('a')},${law('a')}]}`, 'node "a" comes twice', true],
    ['a passage twice', `{"nodes":[${passage},${passage}]}`, 'node "p" comes twice', true],
    ['an edge to a node not in the file', `{"nodes":[${law('a')}],"edges":[${cites('e')}]}`, 'which is not in the nodes list', true],
    ['a loop', `{"nodes":[${law('a')}],"edges":[${cites('e', 'a', 'a')}]}`, 'is a loop', true],
    ['an edge key twice', `{"nodes":[${law('a')},${law('b')}],"edges":[${cites('e')},${cites('e', 'b', 'a')}]}`, 'edge "e" comes twice', true],
    // (Loading gives such an edge a key of its own making, different each time: no repeatable file.)
    ['an edge without key', `{"nodes":[${law('a')},${law('b')}],"edges":[{"source":"a","target":"b"}]}`, 'has no key', false],
    ['an undirected edge', `{"nodes":[${law('a')},${law('b')}],"edges":[{"key":"e","source":"a","target":"b","undirected":true}]}`, 'undirected', true],
  ])('refuses %s with E_STORE and the place', async (_what, text, problem, loadRefuses) => {
    const dir = writeBuild('bad', text);
    const err = await errorOf(streamExportRecords(dir, schema));
    expect(err.code).toBe('E_STORE');
    expect(err.message).toContain(problem);
    expect(err.detail).toEqual({ offset: expect.any(Number) });
    // Loading the graph refuses it too.
    if (loadRefuses) await expect(readBuiltGraph(dir)).rejects.toThrow();
  });

  it('leaves out an edge at a passage with the passage, and counts degrees without it', async () => {
    const text = `{"nodes":[${law('a')},${law('b')},${passage}],"edges":[${cites('e1')},{"key":"m","source":"p","target":"a","attributes":{"type":"MENTIONS"}}]}`;
    const records = all(await streamExportRecords(writeBuild('passage-edge', text), schema));
    expect(records.edges.map((e) => e.key)).toEqual(['e1']);
    expect(records.nodes.map((n) => [n.key, n.degree])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });

  it('says to run kg build when the folder has no graph.json', async () => {
    const err = await errorOf(streamExportRecords(join(root, 'no-build'), schema));
    expect(err.code).toBe('E_STORE_MISSING');
    expect(err.message).toContain('kg build');
  });
});
