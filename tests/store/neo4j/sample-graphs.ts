// The graphs of the real sample reports (data/samples) for the Neo4j tests: all five, and the first
// three alone, so a test can load a smaller build and then a bigger one. Extracted once per file.
import { addExtraction } from '../../../src/graph/add-extraction.js';
import { createGraph, type KgGraph } from '../../../src/graph/kg-graph.js';
import { buildGraphFromPaths } from '../../../src/pipeline/index.js';

export interface SampleGraphs {
  full: KgGraph;
  /** The first `partialReports` reports (by file name). */
  partial: KgGraph;
  partialReports: number;
  reports: number;
}

export async function buildSampleGraphs(partialReports = 3): Promise<SampleGraphs> {
  const { graph, results } = await buildGraphFromPaths(['data/samples']);
  const ok = results.flatMap((r) => (r.status === 'ok' ? [r] : [])).sort((a, b) => a.file.localeCompare(b.file));
  const partial = createGraph();
  for (const r of ok.slice(0, partialReports)) addExtraction(partial, r.extraction);
  return { full: graph, partial, partialReports, reports: ok.length };
}
