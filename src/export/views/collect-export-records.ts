// The records Gephi-style exports write: for each node its caption (`label`), its node label
// (`type`) and properties; for each edge its relationship type (`type`), a `weight` and its
// properties. Nodes and edges come in key order so the files are byte-for-byte repeatable.
import type { KgGraph } from '../../graph/kg-graph.js';
import type { GraphSchema } from '../../ontology/types.js';
import { captionNode } from './label-colors.js';
import { selectEntityGraph, type SelectEntityGraphOptions } from './select-entity-graph.js';

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

/** Collects the node and edge records of a graph (without passages unless asked). */
export function collectExportRecords(
  graph: KgGraph,
  schema: GraphSchema,
  options: CollectExportRecordsOptions = {},
): { nodes: ExportNodeRecord[]; edges: ExportEdgeRecord[] } {
  const g = selectEntityGraph(graph, options);
  const nodes: ExportNodeRecord[] = g.mapNodes((key, attrs) => ({
    key,
    label: captionNode(schema, key, attrs),
    type: attrs.label,
    degree: g.degree(key),
    props: renameReserved(attrs, 'label'),
  }));
  const edges: ExportEdgeRecord[] = g.mapEdges((key, attrs, source, target) => ({
    key,
    source,
    target,
    type: attrs.type,
    weight: typeof attrs.count === 'number' && Number.isFinite(attrs.count) ? attrs.count : 1,
    props: renameReserved(attrs, 'type'),
  }));
  return { nodes, edges };
}
