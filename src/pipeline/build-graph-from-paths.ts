// Library entry for tests and scripts: extraction + graph in memory, no files written.
import { addExtraction } from '../graph/add-extraction.js';
import { createGraph, type KgGraph } from '../graph/kg-graph.js';
import type { FileResult } from '../types.js';
import { extractPaths, type ExtractPathsOptions } from './extract-paths.js';

/**
 * Builds the knowledge graph of the reports under `paths` in memory.
 * @example const { graph } = await buildGraphFromPaths(['data/samples'])
 */
export async function buildGraphFromPaths(
  paths: string[],
  options: ExtractPathsOptions = {},
): Promise<{ graph: KgGraph; results: FileResult[] }> {
  const graph = createGraph();
  const results: FileResult[] = [];
  for await (const r of extractPaths(paths, options)) {
    results.push(r);
    if (r.status === 'ok') addExtraction(graph, r.extraction);
  }
  return { graph, results };
}
