// Pairs each write statement of neo4j-queries with the rows it must receive, in load order: schema,
// then nodes (label by label, level labels apart), then relationships (type by type, pair by pair).
import type { GraphSchema, PropertyType } from '../../ontology/types.js';
import { toGraphRows, type GraphRowSource, type GraphRows, type KeyValue, type PropertyValue, type SkippedItem } from './collect-graph-rows.js';
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
  rows: WriteRow[];
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

/** Builds the write plan from rows already collected (see collectGraphRows). */
export function planWritesFromRows(rows: GraphRows, schema: GraphSchema): Neo4jWritePlan {
  const nodes: WriteGroup[] = [];
  for (const group of rows.nodes) {
    const spec = group.spec;
    const types = typesOf(spec.properties);
    const levels = [null, ...new Set(Object.values(spec.levelLabels ?? {}))];
    for (const level of levels) {
      const selected = group.rows.filter((r) => r.levelLabel === level);
      if (selected.length === 0) continue;
      nodes.push({
        statement: {
          id: getNodeStatementId(spec.label, level),
          phase: 'nodes',
          text: buildNodeWriteStatement(spec, level),
          render: (expr) => buildNodeWriteStatement(spec, level, expr),
        },
        rows: selected.map((r) => ({ key: r.key, props: r.props })),
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

/** Splits rows into batches of at most `size` rows. */
export function splitBatches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
