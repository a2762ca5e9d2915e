// Runs extraction over files and folders and collects the candidates it finds, one report at a
// time (nothing is kept per report, so a corpus of any size fits in memory).
import { extractPaths, type ExtractPathsOptions } from '../pipeline/extract-paths.js';
import { getExtractContext } from '../pipeline/create-context.js';
import type { FileFailure } from '../types.js';
import { createCandidateCollector, type DiscoveryCandidate, type ListCandidatesOptions } from './collect-candidates.js';

export interface DiscoverOptions extends ListCandidatesOptions, Pick<ExtractPathsOptions, 'ontologyDir' | 'onFile'> {}

export interface DiscoveryResult {
  reports: number;
  candidates: DiscoveryCandidate[];
  failures: FileFailure[];
}

/**
 * Extracts every report under `paths` and ranks the laws and practices the ontology lacks.
 * @example const { candidates } = await discoverPaths(['data/samples'], { top: 20 })
 */
export async function discoverPaths(paths: string[], options: DiscoverOptions = {}): Promise<DiscoveryResult> {
  const { ontology } = getExtractContext({ ontologyDir: options.ontologyDir });
  const collector = createCandidateCollector(ontology);
  const failures: FileFailure[] = [];
  for await (const r of extractPaths(paths, { ontologyDir: options.ontologyDir, onFile: options.onFile })) {
    if (r.status === 'ok') collector.add(r.extraction);
    else if (r.status === 'failed') failures.push(r);
  }
  return { reports: collector.reports, candidates: collector.list(options), failures };
}
