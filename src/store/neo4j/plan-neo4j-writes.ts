// Pairs each write statement of neo4j-queries with the rows it must receive, in load order: schema,
// then nodes (label by label, level labels apart), then relationships (type by type, pair by pair).
import type { RowSequence } from '../../io/spill-sorter.js';
import type { GraphSchema, PropertyType } from '../../ontology/types.js';
import {
  toGraphRows,
  type GraphRowSource,
  type GraphRows,
  type KeyValue,
  type NodeRow,
  type PropertyValue,
  type SkippedItem,
} from './collect-graph-rows.js';
import {
  buildNodeWriteStatement,
  buildRelationshipWriteStatement,
  buildSchemaStatements,
  getNodeStatementId,
  getRelationshipStatementId,
  type SchemaStatement,
  type WriteStatement,
} from './neo4j-queries.js';

/** A row as sent in `$rows`: `{key, props}` for nodes, `{key, from, to, props}` for relationships. */
export interface WriteRow {
  key: KeyValue;
  from?: KeyValue;
  to?: KeyValue;
  props: Record<string, PropertyValue>;
}

export interface WriteGroup {
  statement: WriteStatement;
  /** In key order; read as often as needed (rows spilled to disk are read from it each time). */
  rows: RowSequence<WriteRow>;
  /** Declared type of every property in `props` (and of `key`, `from`, `to`), for typed encodings. */
  types: Record<string, PropertyType>;
  /** Types of key, from and to. */
  keyTypes: { key: PropertyType; from?: PropertyType; to?: PropertyType };
}

export interface Neo4jWritePlan {
  schema: SchemaStatement[];
  nodes: WriteGroup[];
  relationships: WriteGroup[];
  skipped: SkippedItem[];
}

function typesOf(properties: { name: string; type: PropertyType }[]): Record<string, PropertyType> {
  return Object.fromEntries(properties.map((p) => [p.name, p.type]));
}

/**
 * The rows of a node group as `{key, props}`, without copying them all: every row, or (`level`
 * given) those that carry it as their second label, `length` of them.
 */
function asWriteRows(rows: RowSequence<NodeRow>, length: number, level?: string | null): RowSequence<WriteRow> {
  return {
    length,
    *[Symbol.iterator]() {
      for (const r of rows) if (level === undefined || r.levelLabel === level) yield { key: r.key, props: r.props };
    },
  };
}

/** Builds the write plan from rows already collected (see collectGraphRows). */
export function planWritesFromRows(rows: GraphRows, schema: GraphSchema): Neo4jWritePlan {
  const nodes: WriteGroup[] = [];
  for (const group of rows.nodes) {
    const spec = group.spec;
    const types = typesOf(spec.properties);
    const levels = [null, ...new Set(Object.values(spec.levelLabels ?? {}))];
    // How many rows each level has: one pass, for a label with levels (a label without has one
    // statement for all its rows, and they may be many on disk).
    const counts = new Map<string | null, number>();
    if (levels.length === 1) counts.set(null, group.rows.length);
    else for (const r of group.rows) counts.set(r.levelLabel, (counts.get(r.levelLabel) ?? 0) + 1);
    for (const level of levels) {
      const count = counts.get(level) ?? 0;
      if (count === 0) continue;
      nodes.push({
        statement: {
          id: getNodeStatementId(spec.label, level),
          phase: 'nodes',
          text: buildNodeWriteStatement(spec, level),
          render: (expr) => buildNodeWriteStatement(spec, level, expr),
        },
        rows: asWriteRows(group.rows, count, levels.length > 1 ? level : undefined),
        types,
        keyTypes: { key: types[spec.key] },
      });
    }
  }
  const relationships: WriteGroup[] = rows.relationships.map((group) => ({
    statement: {
      id: getRelationshipStatementId(group.spec.type, group.from.label, group.to.label),
      phase: 'relationships',
      text: buildRelationshipWriteStatement(group.spec.type, group.from, group.to),
      render: (expr: string) => buildRelationshipWriteStatement(group.spec.type, group.from, group.to, expr),
    },
    // A relationship row is already {key, from, to, props}: not copied (millions at 20,000 reports).
    rows: group.rows,
    types: typesOf(group.spec.properties),
    keyTypes: {
      key: 'STRING',
      from: group.from.properties.find((p) => p.name === group.from.key)!.type,
      to: group.to.properties.find((p) => p.name === group.to.key)!.type,
    },
  }));
  return { schema: buildSchemaStatements(schema), nodes, relationships, skipped: rows.skipped };
}

/**
 * Plans every statement and its rows for loading a graph (or its rows) into Neo4j.
 * @example const plan = planNeo4jWrites(graph, loadOntology().schema); plan.nodes[0].statement.text
 */
export function planNeo4jWrites(source: GraphRowSource, schema: GraphSchema): Neo4jWritePlan {
  return planWritesFromRows(toGraphRows(source, schema), schema);
}

/** Rows in batches of at most `size` rows, one batch at a time. */
export function* splitBatches<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
