// Turns one report's extraction into what a build writes for it: its extraction JSON, the graph.json
// items and the store rows of the elements it owns alone (passages, provenance, report → entity
// edges) as UTF-8 bytes, their counts, and its shared elements. Runs where the report was
// extracted (a worker), so the main thread only merges the shared elements and appends bytes.
import { collectSharedElements, forEachReportElement, type SharedElements } from '../graph/add-extraction.js';
import { Utf8Builder, viewOf, type Span } from '../io/utf8-builder.js';
import { appendGraphItems, graphEdgeItem, graphNodeItem, type GraphItem } from '../graph/write-graph-json.js';
import type { Ontology } from '../ontology/types.js';
import { createReportRowEncoder, rowsOf, type EncodedRows } from '../store/embedded/csv-rows.js';
import { ENTITY_LABELS, type Extraction, type FileSuccess, type NodeAttributes } from '../types.js';
import type { GraphCounts } from './summarize-graph.js';
import { formatReportJson } from './write-report-json.js';

/**
 * What the build writes for one report, ready to append: text already encoded as UTF-8, all of it
 * views of one buffer of its own, so a worker hands it over without a copy (`outputTransferList`)
 * and the main thread neither encodes nor keeps it in its heap.
 */
export interface ReportOutput {
  /** `reports/<name>.json`. */
  reportJson: Uint8Array;
  /** graph.json items of the report's own nodes and edges, each led by a comma. */
  graphNodes: Uint8Array;
  graphEdges: Uint8Array;
  /** The store's rows of the same elements (null when the build writes no store). */
  storeRows: EncodedRows | null;
  counts: GraphCounts;
  /** The elements the report shares with others, for the main thread to merge into the graph. */
  shared: SharedElements;
  /**
   * Set when a worker left out of `shared` what it had sent with earlier reports: the main thread
   * settles the report with it once merged or set aside (`ExtractPool.settle`).
   */
  receipt?: number;
}

export interface SerializeOptions {
  /** Encode the store's rows too. */
  store: boolean;
}

export interface ReportSerializer {
  /**
   * The output of `x`, and `x`'s head: the extraction without its elements (passages, entities,
   * relations, unresolved spans), which are all in the output.
   */
  serialize(x: Extraction): { head: Extraction; output: ReportOutput };
}

/** The extraction without its elements: what a build needs of it beyond its output. */
function headOf(x: Extraction): Extraction {
  const entities = {} as Extraction['entities'];
  for (const label of ENTITY_LABELS) entities[label] = [];
  return { ...x, entities, relations: [], passages: [], unresolved: [] };
}

/**
 * @example const s = createReportSerializer(ontology, { store: true }); const { head, output } = s.serialize(x);
 */
export function createReportSerializer(ontology: Ontology, options: SerializeOptions): ReportSerializer {
  const encoder = options.store ? createReportRowEncoder(ontology.schema) : null;
  // Every text of a report is encoded into one buffer, reused from report to report, then copied
  // once into a buffer of the report's own: one allocation and one transfer a report, where a
  // buffer per text made 20-odd (a report fills about 20 of the store's tables).
  const bytes = new Utf8Builder(1 << 18);
  /** Where what `write` appends lies in the bytes `take` gives next. */
  const spanOf = (write: () => void): Span => {
    const start = bytes.length;
    write();
    return [start, bytes.length];
  };
  return {
    serialize(x) {
      const reportJson = spanOf(() => bytes.append(formatReportJson(x)));
      const shared = collectSharedElements(x);
      // The endpoints of the report's edges (its passages and the shared nodes as it describes
      // them): their labels and keys place each row in its table.
      const nodes = new Map<string, NodeAttributes>();
      if (encoder) for (const [key, attrs] of shared.nodes) if (!nodes.has(key)) nodes.set(key, attrs);
      // (Every endpoint is in the map; an unknown one would be counted as a pair not in the schema.)
      const attrsOf = (key: string): NodeAttributes => nodes.get(key) ?? { label: '' };
      const counts: GraphCounts = { nodes: {}, relationships: {} };
      const nodeItems: GraphItem[] = [];
      const edgeItems: GraphItem[] = [];
      forEachReportElement(x, {
        node(key, attrs) {
          if (encoder) nodes.set(key, attrs);
          counts.nodes[attrs.label] = (counts.nodes[attrs.label] ?? 0) + 1;
          nodeItems.push(graphNodeItem(key, attrs));
          encoder?.node(attrs);
        },
        edge(key, source, target, attrs) {
          counts.relationships[attrs.type] = (counts.relationships[attrs.type] ?? 0) + 1;
          edgeItems.push(graphEdgeItem(key, source, target, attrs));
          encoder?.edge(attrs, attrsOf(source), attrsOf(target));
        },
      });
      const graphNodes = spanOf(() => appendGraphItems(bytes, nodeItems));
      const graphEdges = spanOf(() => appendGraphItems(bytes, edgeItems));
      const rows = encoder ? encoder.takeInto(bytes) : null;
      const all = bytes.take();
      const output: ReportOutput = {
        reportJson: viewOf(all, reportJson),
        graphNodes: viewOf(all, graphNodes),
        graphEdges: viewOf(all, graphEdges),
        storeRows: rows ? rowsOf(rows, all) : null,
        counts,
        shared,
      };
      return { head: headOf(x), output };
    },
  };
}

/** The buffers of an output, to hand over to another thread without a copy (postMessage's transfer list). */
export function outputTransferList(output: ReportOutput): ArrayBuffer[] {
  const buffers = [output.reportJson.buffer, output.graphNodes.buffer, output.graphEdges.buffer];
  if (output.storeRows) for (const t of Object.values(output.storeRows.tables)) buffers.push(t.data.buffer);
  // A buffer listed twice cannot be transferred: the texts share one.
  return [...new Set(buffers)] as ArrayBuffer[];
}

/** Replaces a built file's extraction by its head and attaches its output. */
export function serializeInto(result: FileSuccess, serializer: ReportSerializer): void {
  const { head, output } = serializer.serialize(result.extraction);
  result.extraction = head;
  result.output = output;
}
