// Streams the files under the given paths through extraction, in a deterministic order, and marks
// repeated content (same bytes) as duplicates of the first occurrence.
import { listInputs } from '../ingest/list-inputs.js';
import type { FileResult } from '../types.js';
import { getExtractContext, type ContextOptions } from './create-context.js';
import { processFile } from './process-file.js';

export interface ExtractPathsOptions extends ContextOptions {
  /** Called after each file with the number done so far. */
  onFile?(result: FileResult, done: number): void;
}

/**
 * Extracts every report under `paths` (files or folders), yielding one result per file.
 * @example for await (const r of extractPaths(['data/samples'])) if (r.status === 'ok') console.log(r.extraction.issuer)
 */
export async function* extractPaths(paths: string[], options: ExtractPathsOptions = {}): AsyncGenerator<FileResult> {
  const ctx = getExtractContext(options);
  const seen = new Map<string, string>();
  let done = 0;
  for await (const path of listInputs(paths)) {
    const { result, doc } = await processFile(path, ctx);
    let out: FileResult = result;
    if (doc) {
      const first = seen.get(doc.sha256);
      if (first !== undefined) {
        out = {
          status: 'duplicate',
          file: path,
          duplicateOf: first,
          code: 'E_DUPLICATE',
          message: `${path}: same content as ${first}; built once`,
        };
      } else if (result.status === 'ok') seen.set(doc.sha256, path);
    }
    done++;
    options.onFile?.(out, done);
    yield out;
  }
}
