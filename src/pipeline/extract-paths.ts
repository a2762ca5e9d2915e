// Streams the files under the given paths through extraction, in a deterministic order, and marks
// repeated reports (same bytes, or same report text) as duplicates of the first occurrence, in input
// order. With `jobs` > 1 the files
// are extracted in worker threads; results still come back in input order, so the output does
// not depend on the number of jobs.
import { listInputs } from '../ingest/list-inputs.js';
import type { FileResult } from '../types.js';
import { getExtractContext, type ContextOptions } from './create-context.js';
import { createDuplicateFinder, describeDuplicate, hashReportText } from './find-duplicates.js';
import { createExtractPool, type ExtractPool } from './parallel/create-extract-pool.js';
import { mapInOrder } from './parallel/map-in-order.js';
import { FILES_IN_FLIGHT_IN_PROCESS, FILES_IN_FLIGHT_PER_JOB } from './parallel/resolve-jobs.js';
import type { ExtractedFile } from './parallel/worker-messages.js';
import { processFile } from './process-file.js';
import { createReportSerializer, serializeInto, type SerializeOptions } from './serialize-report.js';

export interface ExtractPathsOptions extends ContextOptions {
  /** Called after each file with the number done so far. */
  onFile?(result: FileResult, done: number): void;
  /**
   * Worker threads that extract in parallel (default 1: extraction runs in this thread). Needs the
   * compiled worker in dist/ when above 1.
   */
  jobs?: number;
  /** A running pool to extract with (then `jobs` is ignored and the pool is left open). */
  pool?: ExtractPool;
  /**
   * Serialize each built report for a build where it is extracted (a worker, with a pool): the
   * result's `output` holds its JSON, graph.json items, store rows and shared elements, and its
   * extraction keeps only its head. A pool given as `pool` must have been created with the same option.
   */
  serialize?: SerializeOptions;
  /** Files in flight at most: read, in extraction or waiting to be handed over in order (default 8 × jobs; 2 in this thread). */
  window?: number;
}

/**
 * Extracts every report under `paths` (files or folders), yielding one result per file.
 * @example for await (const r of extractPaths(['data/samples'], { jobs: 2 })) if (r.status === 'ok') console.log(r.extraction.issuer)
 */
export async function* extractPaths(paths: string[], options: ExtractPathsOptions = {}): AsyncGenerator<FileResult> {
  const jobs = options.pool ? options.pool.size : Math.max(1, Math.floor(options.jobs ?? 1));
  const window = Math.max(1, options.window ?? (jobs > 1 ? FILES_IN_FLIGHT_PER_JOB * jobs : FILES_IN_FLIGHT_IN_PROCESS));
  let pool = options.pool;
  const ownPool = !pool && jobs > 1;
  if (ownPool) pool = await createExtractPool({ jobs, ontologyDir: options.ontologyDir, serialize: options.serialize });
  let extract: (path: string) => Promise<ExtractedFile>;
  if (pool) {
    const p = pool;
    extract = (path) => p.extract(path);
  } else {
    const ctx = getExtractContext(options);
    const serializer = options.serialize ? createReportSerializer(ctx.ontology, options.serialize) : null;
    extract = async (path) => {
      const { result, doc } = await processFile(path, ctx);
      const textHash = result.status === 'ok' ? hashReportText(result.extraction.passages) : null;
      if (serializer && result.status === 'ok') serializeInto(result, serializer);
      return { path, result, sha256: doc?.sha256, textHash };
    };
  }

  const finder = createDuplicateFinder();
  let done = 0;
  try {
    for await (const { path, result, sha256, textHash } of mapInOrder(listInputs(paths), extract, { window })) {
      let out: FileResult = result;
      // The text hash is computed where the file was extracted (a worker), not here.
      const match = result.status === 'duplicate' ? null : finder.check(path, { sha256, textHash }, result.status === 'ok');
      if (match) {
        out = { status: 'duplicate', file: path, duplicateOf: match.duplicateOf, code: 'E_DUPLICATE', message: describeDuplicate(path, match) };
        // Set aside: its worker must not count on the graph having its shared elements.
        if (result.status === 'ok' && result.output?.receipt !== undefined) pool?.settle(result.output.receipt, false);
      }
      done++;
      options.onFile?.(out, done);
      yield out;
    }
  } finally {
    if (ownPool) await pool!.close();
  }
}
