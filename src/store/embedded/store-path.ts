// Where the embedded store lives inside a build's output folder.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** File name of the Kùzu database inside OUT/. */
export const EMBEDDED_STORE_FILE = 'graph.kuzu';

/**
 * Path of the database for an output folder (`OUT/graph.kuzu`); a path to an existing `.kuzu`
 * file is taken as is, so `--db out/graph.kuzu` works too.
 */
export function resolveEmbeddedStorePath(outDir: string): string {
  const full = resolve(outDir);
  if (full.endsWith('.kuzu') && existsSync(full) && statSync(full).isFile()) return full;
  return resolve(full, EMBEDDED_STORE_FILE);
}
