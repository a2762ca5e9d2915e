// The records of the Gephi-style exports (gexf, graphml) read straight from a build's graph.json,
// without loading the graph: the records listExportRecords gives for the graph readBuiltGraph
// reads, in the same order, with the same checks. Nodes and edges are sorted by key through a
// SpillPool (on disk beyond its budget); what stays in memory is each kept node's degree and the
// keys of the nodes left out (passages), so an edge to one is told from an edge to nowhere.
import type { ReadGraphJsonOptions } from '../../graph/read-graph-json.js';
import { estimateBytes, SpillPool } from '../../io/spill-sorter.js';
import type { GraphSchema } from '../../ontology/types.js';
import { readCheckedGraph, ROWS_MEMORY_BUDGET } from '../../store/neo4j/read-built-graph.js';
import { toEdgeRecord, toNodeRecord, type ExportEdgeRecord, type ExportNodeRecord, type ExportRecordLists } from './collect-export-records.js';
import { EVIDENCE_LABELS, type SelectEntityGraphOptions } from './select-entity-graph.js';

export interface StreamExportRecordsOptions extends SelectEntityGraphOptions, ReadGraphJsonOptions {
  /** Bytes of records kept in memory before the rest is sorted on disk (default ROWS_MEMORY_BUDGET). */
  memoryBudget?: number;
  /** Folder for the records on disk (default: the system's temporary folder, `TMPDIR`). */
  spillDir?: string;
}

/** The records, and `release()` to remove what they hold on disk once written. */
export interface StreamedExportRecords extends ExportRecordLists {
  release(): void;
}

/**
 * Reads `dir/graph.json` into export records (E_STORE_MISSING when absent, E_STORE when it is not
 * a whole graph: a node twice, an edge twice or to a node not before it, a loop, an undirected or
 * keyless edge), passages left out unless `options.passages`.
 * @example const records = await streamExportRecords('out', schema); try { await writeGexfRecords(records, schema, 'out/graph.gexf') } finally { records.release() }
 */
export async function streamExportRecords(dir: string, schema: GraphSchema, options: StreamExportRecordsOptions = {}): Promise<StreamedExportRecords> {
  const pool = new SpillPool({ budgetBytes: options.memoryBudget ?? ROWS_MEMORY_BUDGET, dir: options.spillDir });
  const nodeSorter = pool.sorter<Omit<ExportNodeRecord, 'degree'>>((r) => r.key);
  const edgeSorter = pool.sorter<ExportEdgeRecord>((r) => r.key);
  const degree = new Map<string, number>();
  const leftOut = new Set<string>();
  try {
    const check = await readCheckedGraph(
      dir,
      {
        hasNode: (key) => degree.has(key) || leftOut.has(key),
        node: (key, attrs) => {
          if (options.passages !== true && EVIDENCE_LABELS.has(attrs.label)) {
            leftOut.add(key);
            return;
          }
          degree.set(key, 0);
          const record = toNodeRecord(schema, key, attrs);
          nodeSorter.add(record, estimateBytes(record));
        },
        // An edge at a node left out goes with it (as readBuiltGraph leaves it out).
        keepEdge: (source, target) => !leftOut.has(source) && !leftOut.has(target),
        edge: (key, source, target, attrs) => {
          degree.set(source, degree.get(source)! + 1);
          degree.set(target, degree.get(target)! + 1);
          const record = toEdgeRecord(key, source, target, attrs);
          edgeSorter.add(record, estimateBytes(record));
        },
      },
      options,
    );
    const nodes = nodeSorter.finish();
    const edges = edgeSorter.finish();
    check.refuseRepeats(function* () {
      for (const e of edges) yield e.key;
    });
    return {
      nodeCount: nodes.length,
      edgeCount: edges.length,
      *nodes() {
        for (const n of nodes) yield { ...n, degree: degree.get(n.key) ?? 0 };
      },
      *edges() {
        yield* edges;
      },
      release: () => pool.release(),
    };
  } catch (err) {
    pool.release();
    throw err;
  }
}
