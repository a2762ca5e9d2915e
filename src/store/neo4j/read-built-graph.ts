// Reads the graph a build wrote (`OUT/graph.json`) for the sinks that run after `kg build`
// (Neo4j load and exports), with errors that say how to produce the file. The file is streamed
// item by item (it outgrows V8's longest string): into a graph, leaving out what a sink does not
// use, or straight into the Neo4j rows, with no graph in memory.
import type { SerializedGraph } from 'graphology-types';
import { join } from 'node:path';
import { KgError } from '../../errors.js';
import { createGraph, type KgGraph } from '../../graph/kg-graph.js';
import { notABuiltGraph, readGraphJson, type GraphJsonFilter, type ReadGraphJsonOptions } from '../../graph/read-graph-json.js';
import type { GraphSchema } from '../../ontology/types.js';
import type { EdgeAttributes, NodeAttributes } from '../../types.js';
import { StringHashSieve } from '../../io/string-hash-sieve.js';
import { createGraphRowCollector, type GraphRows } from './collect-graph-rows.js';

type GraphPart = Partial<SerializedGraph<NodeAttributes, EdgeAttributes>>;

/** File name of the serialized graph inside a build folder. */
export const GRAPH_FILE = 'graph.json';

export interface ReadBuiltGraphOptions extends GraphJsonFilter, ReadGraphJsonOptions {
  /** Whether to keep a node the labels to skip leave in (false: it is left out, and every edge at it). */
  keepNode?(key: string, attributes: NodeAttributes): boolean;
  /** Whether to keep an edge the types to skip leave in, between nodes kept. */
  keepEdge?(key: string | undefined, source: string, target: string, attributes: EdgeAttributes): boolean;
}

/** Rewords a missing file as a missing build, with the command that makes one. */
function explainMissing(err: unknown, dir: string, file: string): unknown {
  if (err instanceof KgError && err.code === 'E_STORE_MISSING') {
    return new KgError('E_STORE_MISSING', `no built graph here; run \`kg build <reports…> --out ${dir}\` first`, { where: file, cause: err.cause });
  }
  return err;
}

/**
 * Loads `dir/graph.json` (E_STORE_MISSING when absent, E_STORE when unreadable or not a whole
 * graph), leaving out the labels and types `options` names, and what its predicates refuse.
 * @example const graph = await readBuiltGraph('out', { skipLabels: ['Passage'] })
 */
export async function readBuiltGraph(dir: string, options: ReadBuiltGraphOptions = {}): Promise<KgGraph> {
  const file = join(dir, GRAPH_FILE);
  const skipLabels = new Set(options.skipLabels ?? []);
  const skipTypes = new Set(options.skipTypes ?? []);
  // Keys of the nodes left out: their edges go too (graphology would refuse an edge to a missing node).
  const leftOut = new Set<string>();
  const graph = createGraph();
  let at = 0;
  try {
    await readGraphJson(
      file,
      {
        // One item at a time through graphology's own import: the same checks and the same graph as
        // importing the whole parsed file.
        attributes: (value) => graph.import({ attributes: value } as GraphPart),
        node: (item, offset) => {
          at = offset;
          const attrs = item.attributes ?? ({} as NodeAttributes);
          if (skipLabels.has(attrs.label) || (options.keepNode && !options.keepNode(item.key, attrs))) leftOut.add(item.key);
          else graph.import({ nodes: [item] } as GraphPart);
        },
        edge: (item, offset) => {
          at = offset;
          const attrs = item.attributes ?? ({} as EdgeAttributes);
          if (skipTypes.has(attrs.type)) return;
          if (leftOut.size > 0 && (leftOut.has(item.source) || leftOut.has(item.target))) return;
          if (options.keepEdge && !options.keepEdge(item.key, item.source, item.target, attrs)) return;
          graph.import({ edges: [item] } as GraphPart);
        },
      },
      { chunkSize: options.chunkSize, signal: options.signal },
    );
  } catch (err) {
    if (err instanceof KgError) throw explainMissing(err, dir, file);
    throw notABuiltGraph(file, at, (err as Error).message, err);
  }
  return graph;
}

/**
 * Collects the Neo4j rows of `dir/graph.json` straight from the file (the rows collectGraphRows
 * gives for the graph readBuiltGraph reads), never holding the graph itself: what `kg load neo4j`
 * and the neo4j-csv and cypher exports need, which use every node and edge. Checks what importing
 * the graph would: each node and each edge key once, and edges only between nodes of the file, never a
 * loop.
 * @example await loadNeo4j(await readBuiltGraphRows('out', ontology.schema), ontology, options)
 */
export async function readBuiltGraphRows(dir: string, schema: GraphSchema, options: ReadGraphJsonOptions = {}): Promise<GraphRows> {
  const file = join(dir, GRAPH_FILE);
  const collector = createGraphRowCollector(schema);
  // Edge keys seen, by hash: a key given twice would be merged into one relationship by the loader
  // (MERGE on the key) and written twice by the exports; importing the graph refuses it, and so does
  // this. A key whose hash was seen before is a suspect: it is counted exactly among the rows at the
  // end, where the places it came say where it came the second time.
  const edgeKeys = new StringHashSieve();
  const suspects = new Map<string, Suspect>();
  let at = 0;
  const refuse = (problem: string) => notABuiltGraph(file, at, problem);
  try {
    await readGraphJson(
      file,
      {
        node: (item, offset) => {
          at = offset;
          if (collector.hasNode(item.key)) throw refuse(`node "${item.key}" comes twice`);
          collector.node(item.key, item.attributes ?? {});
        },
        edge: (item, offset) => {
          at = offset;
          if (item.key === undefined) throw refuse(`an edge from "${item.source}" has no key`);
          for (const end of [item.source, item.target]) {
            if (!collector.hasNode(end)) throw refuse(`edge "${item.key}" ends at node "${end}", which is not in the nodes list before it`);
          }
          if (item.source === item.target) throw refuse(`edge "${item.key}" is a loop on "${item.source}"`);
          if (!edgeKeys.add(item.key)) {
            const suspect = suspects.get(item.key);
            if (suspect) {
              suspect.seen++;
              suspect.next ??= at;
            } else suspects.set(item.key, { at, next: null, seen: 1 });
          }
          collector.edge(item.key, item.source, item.target, item.attributes ?? {});
        },
      },
      options,
    );
  } catch (err) {
    throw explainMissing(err, dir, file);
  }
  const rows = collector.finish();
  if (suspects.size > 0) {
    // Every edge given is a row or a skipped item.
    const skipped = new Map<string, number>();
    for (const item of rows.skipped) if (item.kind === 'relationship' && suspects.has(item.key)) skipped.set(item.key, (skipped.get(item.key) ?? 0) + 1);
    for (const [key, suspect] of suspects) {
      const count = countRowsOfKey(rows, key) + (skipped.get(key) ?? 0);
      if (count < 2) continue;
      // The first time it came it was either not a suspect (its hash was new) or the suspect's first
      // place (another key had its hash); the second time is the first place after that.
      const second = count > suspect.seen ? suspect.at : suspect.next!;
      throw notABuiltGraph(file, second, `edge "${key}" comes twice`);
    }
  }
  return rows;
}

/** An edge key whose hash was seen before it: where it came then, the place after that, and how often it came since. */
interface Suspect {
  at: number;
  next: number | null;
  seen: number;
}

/** How many relationship rows have `key` (each group's rows are sorted by key). */
function countRowsOfKey(rows: GraphRows, key: string): number {
  let n = 0;
  for (const group of rows.relationships) {
    const list = group.rows;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].key < key) lo = mid + 1;
      else hi = mid;
    }
    while (lo < list.length && list[lo].key === key) {
      n++;
      lo++;
    }
  }
  return n;
}
