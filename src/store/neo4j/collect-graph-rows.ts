// Turns the graphology graph into typed rows per node label and per (type, from, to) relationship
// group, as the ontology declares them: the single data model behind the Neo4j loader, the Cypher
// export and the neo4j-admin CSV export. Anything the schema cannot place is skipped with a reason.
import type { GraphSchema, NodeSpec, PropertyType, RelationshipSpec } from '../../ontology/types.js';
import type { KgGraph } from '../../graph/kg-graph.js';
import { estimateBytes, SpillPool, type RowSequence, type SpillSorter } from '../../io/spill-sorter.js';
import { REL_KEY_PROPERTY } from './neo4j-queries.js';

export type PropertyValue = string | number | boolean | string[];
export type KeyValue = string | number | boolean;

export interface NodeRow {
  /** Value of the label's key property (the `code` of an AdminUnit, the `id` of the others). */
  key: KeyValue;
  /** Schema properties other than the key, coerced to their declared type; missing and null ones omitted. */
  props: Record<string, PropertyValue>;
  /** Second label from the spec's levelLabels (Township …), or null. */
  levelLabel: string | null;
  /** Node key in the graphology graph. */
  graphKey: string;
}

export interface RelationshipRow {
  /** The graphology edge key (deterministic), stored as the relationship's `key` property. */
  key: string;
  from: KeyValue;
  to: KeyValue;
  props: Record<string, PropertyValue>;
}

export interface NodeRowGroup {
  spec: NodeSpec;
  rows: RowSequence<NodeRow>;
}

export interface RelationshipRowGroup {
  spec: RelationshipSpec;
  from: NodeSpec;
  to: NodeSpec;
  rows: RowSequence<RelationshipRow>;
}

export type SkipReason =
  | 'unknown-label'
  | 'missing-key'
  | 'duplicate-key'
  | 'unknown-type'
  | 'pair-not-in-schema'
  | 'endpoint-skipped';

export interface SkippedItem {
  kind: 'node' | 'relationship';
  /** Graph key of the node or edge. */
  key: string;
  reason: SkipReason;
  detail: string;
}

export interface GraphRows {
  /** Groups in schema order; only labels that have rows. Rows sorted by key. */
  nodes: NodeRowGroup[];
  /** Groups in schema order of type, then from × to; only groups that have rows. Rows sorted by key. */
  relationships: RelationshipRowGroup[];
  skipped: SkippedItem[];
  /** Frees what the rows hold outside memory (runs on disk; see createGraphRowCollector), once read. */
  release(): void;
}

/**
 * Coerces a graph attribute to the ontology type; values that cannot be represented become null
 * (and are then omitted), so a stray attribute never changes a property's type in the store.
 */
export function coerceProperty(value: unknown, type: PropertyType): PropertyValue | null {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'STRING':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return null;
    case 'INT64':
      if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
      if (typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim())) return Number(value.trim());
      return null;
    case 'DOUBLE':
      if (typeof value === 'number') return Number.isFinite(value) ? value : null;
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
      return null;
    case 'BOOLEAN':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return null;
    case 'STRING[]':
      if (Array.isArray(value)) {
        return value.filter((v) => v !== null && v !== undefined && typeof v !== 'object').map((v) => String(v));
      }
      if (typeof value === 'string') return [value];
      return null;
  }
}

function collectProps(attrs: Record<string, unknown>, spec: { properties: NodeSpec['properties'] }, skip: string | null) {
  const props: Record<string, PropertyValue> = {};
  for (const p of spec.properties) {
    if (p.name === skip) continue;
    const v = coerceProperty(attrs[p.name], p.type);
    if (v !== null) props[p.name] = v;
  }
  return props;
}

/** What rows are sorted by: their key as a string. */
const keyText = (row: { key: KeyValue }): string => String(row.key);

/** A pool that never spills: the rows of a graph already in memory, sorted in memory. */
const IN_MEMORY = { budgetBytes: Infinity };

/** Takes a graph's nodes, then its edges, one at a time, and gives the rows at the end. */
export interface GraphRowCollector {
  /** Adds a node (all nodes come before the edges that use them). */
  node(graphKey: string, attrs: Record<string, unknown>): void;
  /** Adds an edge between two nodes given before. */
  edge(edgeKey: string, source: string, target: string, attrs: Record<string, unknown>): void;
  /** Whether a node of that key was given (placed or skipped). */
  hasNode(graphKey: string): boolean;
  /** Sorts and groups the rows. */
  finish(): GraphRows;
}

/**
 * Collects rows from nodes and edges handed over one by one, so a graph read from graph.json item
 * by item never has to be built in memory first. With a `pool`, the rows themselves go to disk
 * beyond its budget (a 20,000-report graph has 5 million relationships): only what places an edge
 * (each node's label and key) stays in memory; the caller releases the pool once the rows are read.
 * @example const c = createGraphRowCollector(schema); c.node('law:宪法', { label: 'Law', id: 'law:宪法' }); c.finish()
 */
export function createGraphRowCollector(schema: GraphSchema, pool: SpillPool = new SpillPool(IN_MEMORY)): GraphRowCollector {
  const specs = new Map(schema.nodes.map((n) => [n.label, n]));
  const skipped: SkippedItem[] = [];
  // One sorter a node label and a relationship group: rows in key order, stably.
  const sorterOf = <T extends { key: KeyValue }>(): SpillSorter<T> => pool.sorter<T>(keyText);
  const nodeRows = new Map<string, SpillSorter<NodeRow>>();
  // Each placed node's spec and key, to place the edges: one entry a node, so kept small (868,000 at
  // 20,000 reports). A node whose key is its graph key (all but admin units) is just the index of
  // its spec; the others are {spec, key}, and only they are in `seenKeys` (label and key → graph
  // key): a key that is its node's graph key is found in `placed` itself.
  const specList = schema.nodes;
  const specIndex = new Map(specList.map((n, i) => [n.label, i]));
  const placed = new Map<string, number | { spec: NodeSpec; key: KeyValue }>();
  const seenKeys = new Map<string, string>();
  // Nodes given but not placed: few, kept so an edge to one is told from an edge to nowhere.
  const skippedNodes = new Set<string>();
  /** The spec and key of a placed node, or null. */
  const placedAt = (graphKey: string): { spec: NodeSpec; key: KeyValue } | null => {
    const p = placed.get(graphKey);
    if (p === undefined) return null;
    return typeof p === 'number' ? { spec: specList[p], key: graphKey } : p;
  };
  /** The graph key of the node already placed with this label and key, or undefined. */
  const takenBy = (spec: NodeSpec, key: KeyValue): string | undefined => {
    const first = seenKeys.get(`${spec.label}\u0000${String(key)}`);
    if (first !== undefined || typeof key !== 'string') return first;
    const p = placed.get(key);
    return typeof p === 'number' && specList[p] === spec ? key : undefined;
  };
  const relSpecs = new Map(schema.relationships.map((r) => [r.type, r]));
  const relRows = new Map<string, SpillSorter<RelationshipRow>>();

  const skipNode = (item: SkippedItem) => {
    skipped.push(item);
    skippedNodes.add(item.key);
  };

  return {
    node(graphKey, attrs) {
      const spec = specs.get(attrs.label as string);
      if (!spec) {
        skipNode({ kind: 'node', key: graphKey, reason: 'unknown-label', detail: `label "${String(attrs.label)}" is not in the schema` });
        return;
      }
      const keyType = spec.properties.find((p) => p.name === spec.key)!.type;
      const key = coerceProperty(attrs[spec.key], keyType);
      if (key === null || Array.isArray(key) || key === '') {
        skipNode({ kind: 'node', key: graphKey, reason: 'missing-key', detail: `${spec.label} has no "${spec.key}"` });
        return;
      }
      const first = takenBy(spec, key);
      if (first !== undefined) {
        skipNode({
          kind: 'node',
          key: graphKey,
          reason: 'duplicate-key',
          detail: `${spec.label} ${spec.key}="${String(key)}" already taken by node ${first}`,
        });
        return;
      }
      if (key === graphKey) placed.set(graphKey, specIndex.get(spec.label)!);
      else {
        placed.set(graphKey, { spec, key });
        seenKeys.set(`${spec.label}\u0000${String(key)}`, graphKey);
      }
      const level = typeof attrs.level === 'string' ? attrs.level : null;
      const levelLabel = (level !== null && spec.levelLabels?.[level]) || null;
      let list = nodeRows.get(spec.label);
      if (!list) nodeRows.set(spec.label, (list = sorterOf<NodeRow>()));
      const row: NodeRow = { key, props: collectProps(attrs, spec, spec.key), levelLabel, graphKey };
      list.add(row, estimateBytes(row));
    },

    edge(edgeKey, source, target, attrs) {
      const spec = relSpecs.get(attrs.type as string);
      if (!spec) {
        skipped.push({ kind: 'relationship', key: edgeKey, reason: 'unknown-type', detail: `type "${String(attrs.type)}" is not in the schema` });
        return;
      }
      const a = placedAt(source);
      const b = placedAt(target);
      if (!a || !b) {
        skipped.push({ kind: 'relationship', key: edgeKey, reason: 'endpoint-skipped', detail: `an end node (${!a ? source : target}) was skipped` });
        return;
      }
      if (!spec.from.includes(a.spec.label) || !spec.to.includes(b.spec.label)) {
        skipped.push({
          kind: 'relationship',
          key: edgeKey,
          reason: 'pair-not-in-schema',
          detail: `${spec.type} from ${a.spec.label} to ${b.spec.label} is not declared (from: ${spec.from.join(', ')}; to: ${spec.to.join(', ')})`,
        });
        return;
      }
      const group = `${spec.type}\u0000${a.spec.label}\u0000${b.spec.label}`;
      let list = relRows.get(group);
      if (!list) relRows.set(group, (list = sorterOf<RelationshipRow>()));
      const row: RelationshipRow = { key: edgeKey, from: a.key, to: b.key, props: collectProps(attrs, spec, REL_KEY_PROPERTY) };
      list.add(row, estimateBytes(row));
    },

    hasNode: (graphKey) => placed.has(graphKey) || skippedNodes.has(graphKey),

    finish() {
      const nodes: NodeRowGroup[] = [];
      for (const spec of schema.nodes) {
        const rows = nodeRows.get(spec.label);
        if (rows) nodes.push({ spec, rows: rows.finish() });
      }
      const relationships: RelationshipRowGroup[] = [];
      for (const spec of schema.relationships) {
        for (const f of spec.from) {
          for (const t of spec.to) {
            const rows = relRows.get(`${spec.type}\u0000${f}\u0000${t}`);
            if (rows) {
              relationships.push({ spec, from: specs.get(f)!, to: specs.get(t)!, rows: rows.finish() });
            }
          }
        }
      }
      return { nodes, relationships, skipped, release: () => pool.release() };
    },
  };
}

/**
 * Collects the rows of every node and relationship of `graph` that the schema can place.
 * @example const { nodes, relationships, skipped } = collectGraphRows(graph, loadOntology().schema)
 */
export function collectGraphRows(graph: KgGraph, schema: GraphSchema): GraphRows {
  const collector = createGraphRowCollector(schema);
  graph.forEachNode((graphKey, attrs) => collector.node(graphKey, attrs));
  graph.forEachEdge((edgeKey, attrs, source, target) => collector.edge(edgeKey, source, target, attrs));
  return collector.finish();
}

/** What the Neo4j writers take: the graph, or its rows already collected (see readBuiltGraphRows). */
export type GraphRowSource = KgGraph | GraphRows;

/**
 * The rows of a source: collected from a graph, or as they are.
 * @example toGraphRows(await readBuiltGraph('out'), schema)
 */
export function toGraphRows(source: GraphRowSource, schema: GraphSchema): GraphRows {
  // A graphology graph has a nodes() method; rows have node groups.
  return Array.isArray(source.nodes) ? (source as GraphRows) : collectGraphRows(source as KgGraph, schema);
}
