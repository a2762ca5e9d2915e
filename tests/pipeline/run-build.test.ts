// A build keeps the shared graph in memory and streams each report's own elements (passages,
// provenance) to graph.json and the store: the three must still describe the same graph.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
