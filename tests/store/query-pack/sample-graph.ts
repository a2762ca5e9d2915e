// The graph of data/samples, built by the real pipeline, for the store and query-pack tests.
import { resolve } from 'node:path';
import type { KgGraph } from '../../../src/graph/kg-graph.js';
import { buildGraphFromPaths } from '../../../src/pipeline/index.js';

export const SAMPLES_DIR = resolve('data/samples');

/** Builds the samples graph in memory (no files written). */
export async function buildSampleGraph(): Promise<{ graph: KgGraph }> {
  const { graph } = await buildGraphFromPaths([SAMPLES_DIR]);
  return { graph };
}
