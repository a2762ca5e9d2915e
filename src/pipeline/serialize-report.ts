// Turns one report's extraction into what a build writes for it: its extraction JSON, the graph.json
// items and the store rows of the elements it owns alone (passages, provenance, report → entity
// edges), and their counts. Runs where the report was extracted — in a worker with --jobs N — so
// the main thread only merges the small shared part and appends text.
import { forEachReportElement, forEachSharedNode } from '../graph/add-extraction.js';
import { formatGraphEdge, formatGraphNode } from '../graph/write-graph-json.js';
import type { Ontology } from '../ontology/types.js';
import { createReportRowEncoder, type EncodedRows } from '../store/embedded/csv-rows.js';
import type { Extraction, FileSuccess, NodeAttributes } from '../types.js';
import type { GraphCounts } from './summarize-graph.js';
import { formatReportJson } from './write-report-json.js';

/** What the build writes for one report, ready to append. Structured-cloneable. */
export interface ReportOutput {
  /** `reports/<name>.json`. */
  reportJson: string;
  /** graph.json items of the report's own nodes and edges, each led by a comma. */
  graphNodes: string;
  graphEdges: string;
  /** The store's rows of the same elements (null when the build writes no store). */
  storeRows: EncodedRows | null;
  counts: GraphCounts;
}

export interface SerializeOptions {
  /** Encode the store's rows too. */
  store: boolean;
}

export interface ReportSerializer {
  /**
   * The output of `x`, and `x` without what only the output needs (passage texts, mentions): the
   * part the main thread merges into the shared graph.
   */
  serialize(x: Extraction): { shared: Extraction; output: ReportOutput };
}

/** Items each led by a comma, as graph.json's spool holds them. */
function joinItems(items: string[]): string {
  return items.length ? `,${items.join(',')}` : '';
}

/** The extraction without passages, unresolved spans and mentions. */
function sharedPart(x: Extraction): Extraction {
  const entities = {} as Extraction['entities'];
  for (const [label, list] of Object.entries(x.entities) as [keyof Extraction['entities'], Extraction['entities'][keyof Extraction['entities']]][]) {
    entities[label] = list.map((e) => ({ ...e, mentions: [] }));
  }
  return { ...x, entities, passages: [], unresolved: [] };
}

/**
 * @example const s = createReportSerializer(ontology, { store: true }); const { shared, output } = s.serialize(x);
 */
export function createReportSerializer(ontology: Ontology, options: SerializeOptions): ReportSerializer {
  const encoder = options.store ? createReportRowEncoder(ontology.schema) : null;
  return {
    serialize(x) {
      const reportJson = formatReportJson(x);
      // The endpoints of the report's edges (its passages and the shared nodes as it describes
      // them): their labels and keys place each row in its table.
      const nodes = new Map<string, NodeAttributes>();
      if (encoder) forEachSharedNode(x, (key, attrs) => void (nodes.has(key) || nodes.set(key, attrs)));
      // (Every endpoint is in the map; an unknown one would be counted as a pair not in the schema.)
      const attrsOf = (key: string): NodeAttributes => nodes.get(key) ?? { label: '' };
      const counts: GraphCounts = { nodes: {}, relationships: {} };
      const graphNodes: string[] = [];
      const graphEdges: string[] = [];
      forEachReportElement(x, {
        node(key, attrs) {
          nodes.set(key, attrs);
          counts.nodes[attrs.label] = (counts.nodes[attrs.label] ?? 0) + 1;
          graphNodes.push(formatGraphNode(key, attrs));
          encoder?.node(attrs);
        },
        edge(key, source, target, attrs) {
          counts.relationships[attrs.type] = (counts.relationships[attrs.type] ?? 0) + 1;
          graphEdges.push(formatGraphEdge(key, source, target, attrs));
          encoder?.edge(attrs, attrsOf(source), attrsOf(target));
        },
      });
      return { shared: sharedPart(x), output: { reportJson, graphNodes: joinItems(graphNodes), graphEdges: joinItems(graphEdges), storeRows: encoder ? encoder.take() : null, counts } };
    },
  };
}

/** Replaces a built file's extraction by its shared part and attaches its output. */
export function serializeInto(result: FileSuccess, serializer: ReportSerializer): void {
  const { shared, output } = serializer.serialize(result.extraction);
  result.extraction = shared;
  result.output = output;
}
