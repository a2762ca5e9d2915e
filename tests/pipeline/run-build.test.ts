// A build keeps the shared graph in memory and streams each report's own elements (passages,
// provenance) to graph.json and the store: the three must still describe the same graph.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureDist } from './parallel/ensure-dist.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStoreHooks } from '../../src/cli/store-hooks.js';
import { runBuild, type BuildResult } from '../../src/pipeline/run-build.js';
import { summarizeGraph } from '../../src/pipeline/summarize-graph.js';
import { readBuiltGraph } from '../../src/store/neo4j/read-built-graph.js';

let root: string;
let built: BuildResult;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kg-run-build-'));
  built = await runBuild(['data/samples'], { out: join(root, 'out'), jobs: 1, ...(await getStoreHooks()) });
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('runBuild', () => {
  it('writes a graph.json holding every node and relationship the manifest counts', async () => {
    const graph = await readBuiltGraph(built.outDir);
    const counts = summarizeGraph(graph);
    expect(counts.nodes).toEqual(built.manifest.counts.nodes);
    expect(counts.relationships).toEqual(built.manifest.counts.relationships);
    expect(counts.nodes.Passage).toBeGreaterThan(100);
    expect(counts.relationships.MENTIONS).toBeGreaterThan(200);
  });

  it('loads the same counts into the embedded store, with nothing skipped', () => {
    const store = built.manifest.store as { nodes: Record<string, number>; relationships: Record<string, number>; skipped: object };
    const nonZero = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n > 0));
    expect(nonZero(store.nodes)).toEqual(built.manifest.counts.nodes);
    expect(nonZero(store.relationships)).toEqual(built.manifest.counts.relationships);
    expect(store.skipped).toEqual({});
  });

  it('keeps only the shared elements in memory: no passages, no per-mention edges', () => {
    const labels = new Set(built.shared.mapNodes((_k, a) => a.label));
    const types = new Set(built.shared.mapEdges((_k, a) => a.type));
    expect(labels.has('Report')).toBe(true);
    expect(labels.has('Law')).toBe(true);
    expect(labels.has('Passage')).toBe(false);
    for (const t of ['MENTIONS', 'HAS_PASSAGE', 'CITES', 'ADOPTS', 'ISSUED_BY']) expect(types.has(t), t).toBe(false);
  });

  it('leaves no spool or temporary files in the output folder', () => {
    expect(readdirSync(built.outDir).sort()).toEqual(['graph.json', 'graph.kuzu', 'manifest.json', 'reports']);
  });
});

describe('runBuild with one job in a worker thread', () => {
  let workerRoot: string;
  let inWorker: BuildResult;
  beforeAll(async () => {
    ensureDist();
    workerRoot = mkdtempSync(join(tmpdir(), 'kg-run-build-worker-'));
    inWorker = await runBuild(['data/samples'], { out: join(workerRoot, 'out'), jobs: 1, workers: true, store: false });
  }, 180_000);
  afterAll(() => rmSync(workerRoot, { recursive: true, force: true }));

  it('extracts in a worker and writes what the main thread writes', () => {
    expect(built.manifest.resources).toMatchObject({ jobs: 1, workers: false });
    expect(inWorker.manifest.resources).toMatchObject({ jobs: 1, workers: true });
    expect(readFileSync(join(inWorker.outDir, 'graph.json')).equals(readFileSync(join(built.outDir, 'graph.json')))).toBe(true);
    const names = readdirSync(join(built.outDir, 'reports')).sort();
    expect(readdirSync(join(inWorker.outDir, 'reports')).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(inWorker.outDir, 'reports', name)).equals(readFileSync(join(built.outDir, 'reports', name))), name).toBe(true);
  });
});
