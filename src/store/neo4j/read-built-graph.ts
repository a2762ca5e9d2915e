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
import { SpillPool } from '../../io/spill-sorter.js';
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

/** Estimated bytes of rows held in memory while reading a graph's rows; beyond, they go to disk. */
export const ROWS_MEMORY_BUDGET = 192 * 1024 * 1024;

export interface ReadBuiltGraphRowsOptions extends ReadGraphJsonOptions {
  /** Bytes of rows kept in memory before the rest is sorted on disk (default ROWS_MEMORY_BUDGET). */
  memoryBudget?: number;
  /** Folder for the rows on disk (default: the system's temporary folder, `TMPDIR`). */
  spillDir?: string;
  /** The set of edge keys seen (tests give one with a weak hash, to make keys collide). */
  edgeKeys?: StringHashSieve;
}

/** What readCheckedGraph hands over: the nodes, then the edges that pass the checks. */
export interface CheckedGraphVisitor {
  /** Whether a node of that key was given before (kept or not). */
  hasNode(key: string): boolean;
  node(key: string, attrs: NodeAttributes): void;
  /** Whether to take an edge, before its ends are checked (false: it goes with an end left out). */
  keepEdge?(source: string, target: string): boolean;
  edge(key: string, source: string, target: string, attrs: EdgeAttributes): void;
}

/**
 * What readCheckedGraph could not settle while reading: whether an edge key came twice. Edge keys
 * are remembered by hash; one whose hash was seen before is a suspect, counted exactly once the
 * caller can list every edge key it was given (`refuseRepeats`).
 */
export interface EdgeKeyCheck {
  /**
   * Throws E_STORE, at the place it came the second time, for a suspect `keys` holds twice.
   * `keys` (every edge key handed over, in any order) is read only when there is a suspect.
   */
  refuseRepeats(keys: () => Iterable<string>): void;
}

/**
 * Reads `dir/graph.json` item by item with the checks importing the graph makes — each node key
 * once, edges keyed, directed, between nodes given before, never a loop, each edge key once (see
 * EdgeKeyCheck) — for a caller that never builds the graph. E_STORE_MISSING says to run kg build;
 * E_STORE names the byte offset of what is wrong.
 */
export async function readCheckedGraph(
  dir: string,
  visitor: CheckedGraphVisitor,
  options: ReadGraphJsonOptions & { edgeKeys?: StringHashSieve } = {},
): Promise<EdgeKeyCheck> {
  const file = join(dir, GRAPH_FILE);
  // A key given twice would be merged into one relationship by the Neo4j loader (MERGE on the key)
  // and written twice by the exports; importing the graph refuses it, and so does this.
  const edgeKeys = options.edgeKeys ?? new StringHashSieve();
  const suspects = new Map<string, Suspect>();
  let at = 0;
  const refuse = (problem: string) => notABuiltGraph(file, at, problem);
  try {
    await readGraphJson(
      file,
      {
        node: (item, offset) => {
          at = offset;
          if (visitor.hasNode(item.key)) throw refuse(`node "${item.key}" comes twice`);
          visitor.node(item.key, item.attributes ?? ({} as NodeAttributes));
        },
        edge: (item, offset) => {
          at = offset;
          if (item.key === undefined) throw refuse(`an edge from "${item.source}" has no key`);
          if (item.undirected === true) throw refuse(`edge "${item.key}" is undirected, in a directed graph`);
          if (visitor.keepEdge && !visitor.keepEdge(item.source, item.target)) return;
          for (const end of [item.source, item.target]) {
            if (!visitor.hasNode(end)) throw refuse(`edge "${item.key}" ends at node "${end}", which is not in the nodes list before it`);
          }
          if (item.source === item.target) throw refuse(`edge "${item.key}" is a loop on "${item.source}"`);
          if (!edgeKeys.add(item.key)) {
            const suspect = suspects.get(item.key);
            if (suspect) {
              suspect.seen++;
              suspect.next ??= at;
            } else suspects.set(item.key, { at, next: null, seen: 1 });
          }
          visitor.edge(item.key, item.source, item.target, item.attributes ?? ({} as EdgeAttributes));
        },
      },
      { chunkSize: options.chunkSize, signal: options.signal },
    );
  } catch (err) {
    throw explainMissing(err, dir, file);
  }
  return {
    refuseRepeats(keys) {
      if (suspects.size === 0) return;
      const counts = new Map<string, number>();
      for (const key of keys()) if (suspects.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
      for (const [key, suspect] of suspects) {
        const n = counts.get(key) ?? 0;
        if (n < 2) continue;
        // The first time it came it was either not a suspect (its hash was new) or the suspect's
        // first place (another key had its hash); the second time is the first place after that.
        throw notABuiltGraph(file, n > suspect.seen ? suspect.at : suspect.next!, `edge "${key}" comes twice`);
      }
    },
  };
}

/**
 * Collects the Neo4j rows of `dir/graph.json` straight from the file (the rows collectGraphRows
 * gives for the graph readBuiltGraph reads), never holding the graph itself: what `kg load neo4j`
 * and the neo4j-csv and cypher exports need, which use every node and edge. Checks what importing
 * the graph would: each node and each edge key once, and edges only between nodes of the file, never a
 * loop. Memory does not grow with the rows: beyond `memoryBudget` they are sorted on disk, in a
 * temporary folder that `rows.release()` removes (or the end of the process).
 * @example const rows = await readBuiltGraphRows('out', ontology.schema); try { await loadNeo4j(rows, ontology, options) } finally { rows.release() }
 */
export async function readBuiltGraphRows(dir: string, schema: GraphSchema, options: ReadBuiltGraphRowsOptions = {}): Promise<GraphRows> {
  const pool = new SpillPool({ budgetBytes: options.memoryBudget ?? ROWS_MEMORY_BUDGET, dir: options.spillDir });
  try {
    const collector = createGraphRowCollector(schema, pool);
    const check = await readCheckedGraph(
      dir,
      {
        hasNode: (key) => collector.hasNode(key),
        node: (key, attrs) => collector.node(key, attrs),
        edge: (key, source, target, attrs) => collector.edge(key, source, target, attrs),
      },
      options,
    );
    const rows = collector.finish();
    // Every edge given is a row or a skipped item.
    check.refuseRepeats(function* () {
      for (const item of rows.skipped) if (item.kind === 'relationship') yield item.key;
      for (const group of rows.relationships) for (const row of group.rows) yield row.key;
    });
    return rows;
  } catch (err) {
    pool.release();
    throw err;
  }
}

/** An edge key whose hash was seen before it: where it came then, the place after that, and how often it came since. */
interface Suspect {
  at: number;
  next: number | null;
  seen: number;
}
