// The graph of data/samples for the export tests, built once per test file with the real pipeline.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { importGraph, type KgGraph } from '../../../src/graph/kg-graph.js';
import { buildGraphFromPaths } from '../../../src/pipeline/index.js';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const SAMPLES_DIR = resolve(REPO_ROOT, 'data/samples');

let cached: Promise<KgGraph> | null = null;

/** The samples graph (shared within a test file: copy it with `graph.copy()` before changing it). */
export function buildSampleGraph(): Promise<KgGraph> {
  cached ??= (async () => {
    const { graph, results } = await buildGraphFromPaths([SAMPLES_DIR]);
    const failed = results.filter((r) => r.status !== 'ok');
    if (failed.length) throw new Error(`samples failed to build: ${JSON.stringify(failed)}`);
    // Reports record the path they were read from: made relative so golden files do not depend
    // on where the repository is checked out.
    graph.forEachNode((key, a) => {
      if (a.label === 'Report' && typeof a.source === 'string') graph.setNodeAttribute(key, 'source', relative(REPO_ROOT, a.source).split('\\').join('/'));
    });
    return graph;
  })();
  return cached;
}

const FROZEN = resolve(REPO_ROOT, 'tests/resources/samples-graph.json');

/**
 * The samples graph as frozen in tests/resources/samples-graph.json, for the writers' golden files:
 * extraction keeps improving, and a writer's golden file must change only when the writer does.
 * UPDATE_GOLDEN=1 refreshes the snapshot from the live pipeline first (review the diff).
 */
export async function loadFrozenSampleGraph(): Promise<KgGraph> {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(FROZEN, JSON.stringify((await buildSampleGraph()).export(), null, 1) + '\n');
  return importGraph(JSON.parse(readFileSync(FROZEN, 'utf8')));
}
