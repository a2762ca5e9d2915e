// Every Cypher statement fazhi-kg sends to Neo4j, generated from the ontology schema (one module, as
// STYLE habit 7 asks). Data always travels as parameters (`UNWIND $rows AS row …`); only names from the
// validated ontology (labels, types, property keys) are written into the text, and they are quoted.
import type { GraphSchema, NodeSpec, RelationshipSpec } from '../../ontology/types.js';

/** Relationship property holding the graphology edge key: MERGE matches on it, so reloading never duplicates. */
export const REL_KEY_PROPERTY = 'key';

/** The parameter carrying a batch of rows. */
export const ROWS_PARAM = '$rows';

/** Prefix of every constraint and index this project creates (so they are easy to find and drop). */
export const SCHEMA_NAME_PREFIX = 'kg_';

/** Full-text index over the caption (name/title) of every label without its own `fulltext` list. */
export const NAMES_FULLTEXT_INDEX = `${SCHEMA_NAME_PREFIX}names_fulltext`;

/** The analyzer for Chinese: bigrams, so 枫桥经验 is found inside 新时代枫桥经验. */
export const FULLTEXT_ANALYZER = 'cjk';

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Quotes a label, relationship type, property key or index name for Cypher. Ontology names are already
 * validated (PascalCase, UPPER_SNAKE, camelCase); backticks are a second line of defence.
 */
export function quoteName(name: string): string {
  return PLAIN_NAME.test(name) ? name : `\`${name.replaceAll('`', '``')}\``;
}

export type SchemaStatementKind = 'constraint' | 'range-index' | 'fulltext-index';

export interface SchemaStatement {
  kind: SchemaStatementKind;
  /** Name of the constraint or index (idempotent thanks to IF NOT EXISTS). */
  name: string;
  text: string;
}

/** Name of the full-text index declared by a label's own `fulltext` list in the ontology. */
export function getLabelFulltextIndexName(label: string): string {
  return `${SCHEMA_NAME_PREFIX}${label}_fulltext`;
}

/** Labels (with the caption property) covered by the names full-text index. */
export function listNamedLabels(schema: GraphSchema): { label: string; property: string }[] {
  return schema.nodes
    .filter((n) => n.fulltext.length === 0 && n.caption !== n.key)
    .map((n) => ({ label: n.label, property: n.caption }));
}

/**
 * Constraints and indexes, in the order they must run: a uniqueness constraint on every node key (it
 * also backs the MERGE lookups), a range index on every caption, then the full-text indexes.
 */
export function buildSchemaStatements(schema: GraphSchema): SchemaStatement[] {
  const out: SchemaStatement[] = [];
  for (const n of schema.nodes) {
    const name = `${SCHEMA_NAME_PREFIX}${n.label}_${n.key}_unique`;
    out.push({
      kind: 'constraint',
      name,
      text: `CREATE CONSTRAINT ${quoteName(name)} IF NOT EXISTS FOR (n:${quoteName(n.label)}) REQUIRE n.${quoteName(n.key)} IS UNIQUE`,
    });
  }
  for (const n of schema.nodes) {
    if (n.caption === n.key) continue;
    const name = `${SCHEMA_NAME_PREFIX}${n.label}_${n.caption}`;
    out.push({
      kind: 'range-index',
      name,
      text: `CREATE INDEX ${quoteName(name)} IF NOT EXISTS FOR (n:${quoteName(n.label)}) ON (n.${quoteName(n.caption)})`,
    });
  }
  const options = `OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${FULLTEXT_ANALYZER}'}}`;
  for (const n of schema.nodes) {
    if (n.fulltext.length === 0) continue;
    const name = getLabelFulltextIndexName(n.label);
    const props = n.fulltext.map((p) => `n.${quoteName(p)}`).join(', ');
    out.push({
      kind: 'fulltext-index',
      name,
      text: `CREATE FULLTEXT INDEX ${quoteName(name)} IF NOT EXISTS FOR (n:${quoteName(n.label)}) ON EACH [${props}] ${options}`,
    });
  }
  const named = listNamedLabels(schema);
  if (named.length > 0) {
    const labels = named.map((n) => quoteName(n.label)).join('|');
    const props = [...new Set(named.map((n) => n.property))].map((p) => `n.${quoteName(p)}`).join(', ');
    out.push({
      kind: 'fulltext-index',
      name: NAMES_FULLTEXT_INDEX,
      text: `CREATE FULLTEXT INDEX ${quoteName(NAMES_FULLTEXT_INDEX)} IF NOT EXISTS FOR (n:${labels}) ON EACH [${props}] ${options}`,
    });
  }
  return out;
}

/** Waits until the new indexes are online, so the first MERGE batches use them. */
export function buildAwaitIndexesStatement(timeoutSeconds = '$timeoutSeconds'): string {
  return `CALL db.awaitIndexes(${timeoutSeconds})`;
}

/** Labels that are level labels of some node spec (Province, City …). */
function listLevelLabels(spec: NodeSpec): string[] {
  return [...new Set(Object.values(spec.levelLabels ?? {}))];
}

/**
 * MERGE of one label's nodes on its key; `SET n += row.props` adds or updates properties without
 * removing others. With `levelLabel` (AdminUnit), the node also gets that label and loses any other
 * level label, so a unit re-resolved to another level is corrected on reload.
 * @example buildNodeWriteStatement(lawSpec) // UNWIND $rows AS row MERGE (n:Law {id: row.key}) SET n += row.props
 */
export function buildNodeWriteStatement(spec: NodeSpec, levelLabel: string | null = null, rows = ROWS_PARAM): string {
  let text = `UNWIND ${rows} AS row MERGE (n:${quoteName(spec.label)} {${quoteName(spec.key)}: row.key}) SET n += row.props`;
  const levels = listLevelLabels(spec);
  if (levelLabel !== null) {
    if (!levels.includes(levelLabel)) {
      throw new Error(`buildNodeWriteStatement: "${levelLabel}" is not a level label of ${spec.label} (${levels.join(', ')})`);
    }
    text += `, n:${quoteName(levelLabel)}`;
  }
  const remove = levels.filter((l) => l !== levelLabel);
  if (remove.length > 0) text += ` REMOVE n:${remove.map(quoteName).join(':')}`;
  return text;
}

/**
 * MERGE of one relationship type between one pair of labels, on the edge key: both end nodes are
 * matched through their unique keys, so the MERGE touches one small neighbourhood.
 */
export function buildRelationshipWriteStatement(
  type: string,
  from: NodeSpec,
  to: NodeSpec,
  rows = ROWS_PARAM,
): string {
  return (
    `UNWIND ${rows} AS row ` +
    `MATCH (a:${quoteName(from.label)} {${quoteName(from.key)}: row.from}) ` +
    `MATCH (b:${quoteName(to.label)} {${quoteName(to.key)}: row.to}) ` +
    `MERGE (a)-[r:${quoteName(type)} {${quoteName(REL_KEY_PROPERTY)}: row.key}]->(b) SET r += row.props`
  );
}

/** Deletes up to `$limit` nodes of one label with their relationships; run until it deletes fewer. */
export function buildWipeStatement(label: string, limit = '$limit'): string {
  return `MATCH (n:${quoteName(label)}) WITH n LIMIT ${limit} DETACH DELETE n`;
}

/** Counts the nodes of one label (used by summaries and the live tests). */
export function buildCountNodesStatement(label: string): string {
  return `MATCH (n:${quoteName(label)}) RETURN count(n) AS count`;
}

/** Counts the relationships of one type. */
export function buildCountRelationshipsStatement(type: string): string {
  return `MATCH ()-[r:${quoteName(type)}]->() RETURN count(r) AS count`;
}

/** Full-text search over an index: `$index` names it, `$query` is a Lucene query string. */
export const FULLTEXT_SEARCH_STATEMENT =
  'CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score ' +
  'RETURN labels(node) AS labels, properties(node) AS properties, score ORDER BY score DESC LIMIT $limit';

/** One write statement of the load, identified for progress and summaries. */
export interface WriteStatement {
  /** `node:Law`, `node:AdminUnit:Township`, `rel:CITES:Report->Law`. */
  id: string;
  phase: 'nodes' | 'relationships';
  /** Text with `$rows`. */
  text: string;
  /** The same statement over another rows expression (a literal list for the Cypher export). */
  render(rows: string): string;
}

export function getNodeStatementId(label: string, levelLabel: string | null): string {
  return levelLabel ? `node:${label}:${levelLabel}` : `node:${label}`;
}

export function getRelationshipStatementId(type: string, from: string, to: string): string {
  return `rel:${type}:${from}->${to}`;
}

/** Every node write statement the schema allows: one per label, plus one per level label. */
export function listNodeWriteStatements(schema: GraphSchema): WriteStatement[] {
  const out: WriteStatement[] = [];
  for (const spec of schema.nodes) {
    for (const level of [null, ...listLevelLabels(spec)]) {
      out.push({
        id: getNodeStatementId(spec.label, level),
        phase: 'nodes',
        text: buildNodeWriteStatement(spec, level),
        render: (rows) => buildNodeWriteStatement(spec, level, rows),
      });
    }
  }
  return out;
}

/** Every relationship write statement the schema allows: one per type and (from, to) pair. */
export function listRelationshipWriteStatements(schema: GraphSchema): WriteStatement[] {
  const bySpec = new Map(schema.nodes.map((n) => [n.label, n]));
  const out: WriteStatement[] = [];
  for (const rel of schema.relationships) {
    for (const [from, to] of listLabelPairs(rel)) {
      const a = bySpec.get(from)!;
      const b = bySpec.get(to)!;
      out.push({
        id: getRelationshipStatementId(rel.type, from, to),
        phase: 'relationships',
        text: buildRelationshipWriteStatement(rel.type, a, b),
        render: (rows) => buildRelationshipWriteStatement(rel.type, a, b, rows),
      });
    }
  }
  return out;
}

/** The (from, to) label pairs of a relationship spec, in schema order. */
export function listLabelPairs(rel: RelationshipSpec): [string, string][] {
  return rel.from.flatMap((f) => rel.to.map((t) => [f, t] as [string, string]));
}
