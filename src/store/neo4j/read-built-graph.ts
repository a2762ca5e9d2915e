// Reads the graph a build wrote (`OUT/graph.json`) for the sinks that run after `kg build`
// (Neo4j load and exports), with errors that say how to produce the file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KgError } from '../../errors.js';
import { importGraph, type KgGraph } from '../../graph/kg-graph.js';

/** File name of the serialized graph inside a build folder. */
export const GRAPH_FILE = 'graph.json';

/**
 * Loads `dir/graph.json` (E_STORE_MISSING when absent, E_STORE when unreadable).
 * @example const graph = await readBuiltGraph('out')
 */
export async function readBuiltGraph(dir: string): Promise<KgGraph> {
  const file = join(dir, GRAPH_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new KgError('E_STORE_MISSING', `no built graph here; run \`kg build <reports…> --out ${dir}\` first`, { where: file, cause: err });
    }
    throw new KgError('E_STORE', `could not be read (${(err as Error).message})`, { where: file, cause: err });
  }
  try {
    return importGraph(JSON.parse(text) as object);
  } catch (err) {
    throw new KgError('E_STORE', `is not a graph written by kg build (${(err as Error).message}); build again`, { where: file, cause: err });
  }
}
