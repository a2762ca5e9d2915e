// The records Gephi-style exports write: for each node its caption (`label`), its node label
// (`type`) and properties; for each edge its relationship type (`type`), a `weight` and its
// properties. Nodes and edges come in key order so the files are byte-for-byte repeatable.
import type { KgGraph } from '../../graph/kg-graph.js';
import type { GraphSchema } from '../../ontology/types.js';
import { captionNode } from './label-colors.js';
import { listEntityGraphKeys, type SelectEntityGraphOptions } from './select-entity-graph.js';

export interface ExportNodeRecord {
  key: string;
  /** Caption shown by Gephi (name, title …). */
  label: string;
  /** Node label of the ontology (Report, AdminUnit, Law …). */
  type: string;
  degree: number;
  props: Record<string, unknown>;
}

export interface ExportEdgeRecord {
  key: string;
  source: string;
  target: string;
  /** Relationship type (CITES, ADOPTS …). */
  type: string;
  /** The edge's `count` where it has one (mentions of a law in a report …), else 1. */
  weight: number;
  props: Record<string, unknown>;
}

export type CollectExportRecordsOptions = SelectEntityGraphOptions;

/** Property names the records use themselves; a graph property of that name is kept as `prop_<name>`. */
const RESERVED = new Set(['label', 'type', 'weight']);

function renameReserved(attrs: Record<string, unknown>, drop: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (k === drop) continue;
    out[RESERVED.has(k) ? `prop_${k}` : k] = v;
  }
  return out;
}

/** A node's record, but its degree (which needs the edges). */
export function toNodeRecord(schema: GraphSchema, key: string, attrs: Record<string, unknown>): Omit<ExportNodeRecord, 'degree'> {
  return { key, label: captionNode(schema, key, attrs), type: attrs.label as string, props: renameReserved(attrs, 'label') };
}

/** An edge's record. */
export function toEdgeRecord(key: string, source: string, target: string, attrs: Record<string, unknown>): ExportEdgeRecord {
  return {
    key,
    source,
    target,
    type: attrs.type as string,
    weight: typeof attrs.count === 'number' && Number.isFinite(attrs.count) ? attrs.count : 1,
    props: renameReserved(attrs, 'type'),
  };
}

/** The records of a graph, made on demand: going through them twice (a model, then the file) holds one at a time. */
export interface ExportRecordLists {
  nodeCount: number;
  edgeCount: number;
  nodes(): Generator<ExportNodeRecord>;
  edges(): Generator<ExportEdgeRecord>;
}

/**
 * Lists the node and edge records of a graph (without passages unless asked), in key order,
 * without copying the graph: at 20,000 reports the copies did not fit in the heap.
 * @example for (const n of listExportRecords(graph, schema).nodes()) console.log(n.label)
 */
export function listExportRecords(graph: KgGraph, schema: GraphSchema, options: CollectExportRecordsOptions = {}): ExportRecordLists {
  const keys = listEntityGraphKeys(graph, options);
  // Degrees within the entity graph: edges to passages left out do not count.
  const degree = new Map<string, number>();
  for (const edge of keys.edges) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return {
    nodeCount: keys.nodes.length,
    edgeCount: keys.edges.length,
    *nodes() {
      for (const key of keys.nodes) {
        yield { ...toNodeRecord(schema, key, graph.getNodeAttributes(key)), degree: degree.get(key) ?? 0 };
      }
    },
    *edges() {
      for (const key of keys.edges) {
        yield toEdgeRecord(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key));
      }
    },
  };
}

/** Collects the node and edge records of a graph (without passages unless asked). */
export function collectExportRecords(
  graph: KgGraph,
  schema: GraphSchema,
  options: CollectExportRecordsOptions = {},
): { nodes: ExportNodeRecord[]; edges: ExportEdgeRecord[] } {
  const lists = listExportRecords(graph, schema, options);
  return { nodes: [...lists.nodes()], edges: [...lists.edges()] };
}
