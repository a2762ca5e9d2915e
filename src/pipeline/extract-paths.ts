// Streams the files under the given paths through extraction, in a deterministic order, and marks
// repeated content (same bytes) as duplicates of the first occurrence. With `jobs` > 1 the files
// are extracted in worker threads; results still come back in input order, so the output does
// not depend on the number of jobs.
import { listInputs } from '../ingest/list-inputs.js';
import type { FileResult } from '../types.js';
import { getExtractContext, type ContextOptions } from './create-context.js';
import { createExtractPool, type ExtractPool } from './parallel/create-extract-pool.js';
import { mapInOrder } from './parallel/map-in-order.js';
import { FILES_IN_FLIGHT_PER_JOB } from './parallel/resolve-jobs.js';
import type { ExtractedFile } from './parallel/worker-messages.js';
import { processFile } from './process-file.js';

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
  /** Files in flight at most: read, in extraction or waiting to be handed over in order (default 2 × jobs). */
  window?: number;
}

/**
 * Extracts every report under `paths` (files or folders), yielding one result per file.
 * @example for await (const r of extractPaths(['data/samples'], { jobs: 2 })) if (r.status === 'ok') console.log(r.extraction.issuer)
 */
export async function* extractPaths(paths: string[], options: ExtractPathsOptions = {}): AsyncGenerator<FileResult> {
  const jobs = options.pool ? options.pool.size : Math.max(1, Math.floor(options.jobs ?? 1));
  const window = Math.max(1, options.window ?? FILES_IN_FLIGHT_PER_JOB * jobs);
  let pool = options.pool;
  const ownPool = !pool && jobs > 1;
  if (ownPool) pool = await createExtractPool({ jobs, ontologyDir: options.ontologyDir });
  let extract: (path: string) => Promise<ExtractedFile>;
  if (pool) {
    const p = pool;
    extract = (path) => p.extract(path);
  } else {
    const ctx = getExtractContext(options);
    extract = async (path) => {
      const { result, doc } = await processFile(path, ctx);
      return { path, result, sha256: doc?.sha256 };
    };
  }

  const seen = new Map<string, string>();
  let done = 0;
  try {
    // In this thread too a window of 2 lets the next file be read while one is extracted.
    for await (const { path, result, sha256 } of mapInOrder(listInputs(paths), extract, { window })) {
      let out: FileResult = result;
      if (sha256 !== undefined) {
        const first = seen.get(sha256);
        if (first !== undefined) {
          out = {
            status: 'duplicate',
            file: path,
            duplicateOf: first,
            code: 'E_DUPLICATE',
            message: `${path}: same content as ${first}; built once`,
          };
        } else if (result.status === 'ok') seen.set(sha256, path);
      }
      done++;
      options.onFile?.(out, done);
      yield out;
    }
  } finally {
    if (ownPool) await pool!.close();
  }
}
