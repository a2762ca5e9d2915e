// Kùzu DDL generated from ontology/schema.yaml: one node table per label (PRIMARY KEY = the key
// property) and one REL table per relationship type holding every FROM/TO pair the schema allows.
import type { GraphSchema, NodeSpec, PropertySpec, RelationshipSpec } from '../../ontology/types.js';

/**
 * Quotes a table or property name for Kùzu (and Neo4j): properties such as `end` are reserved
 * words in Kùzu's grammar, so every generated identifier is back-quoted.
 */
export function quoteIdentifier(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function columnDefinition(p: PropertySpec): string {
  return `${quoteIdentifier(p.name)} ${p.type}`;
}

/** `CREATE NODE TABLE` for one label. */
export function createNodeTableStatement(spec: NodeSpec): string {
  const columns = spec.properties.map(columnDefinition);
  return `CREATE NODE TABLE ${quoteIdentifier(spec.label)}(${columns.join(', ')}, PRIMARY KEY(${quoteIdentifier(spec.key)}))`;
}

/** Every (from, to) label pair a relationship type may connect, in schema order. */
export function listRelationshipPairs(spec: RelationshipSpec): Array<{ from: string; to: string }> {
  return spec.from.flatMap((from) => spec.to.map((to) => ({ from, to })));
}

/** `CREATE REL TABLE` for one relationship type, with all its FROM/TO pairs. */
export function createRelTableStatement(spec: RelationshipSpec): string {
  const pairs = listRelationshipPairs(spec).map((p) => `FROM ${quoteIdentifier(p.from)} TO ${quoteIdentifier(p.to)}`);
  return `CREATE REL TABLE ${quoteIdentifier(spec.type)}(${[...pairs, ...spec.properties.map(columnDefinition)].join(', ')})`;
}

/** All DDL statements for a schema: node tables first (REL tables refer to them). */
export function createSchemaStatements(schema: GraphSchema): string[] {
  return [...schema.nodes.map(createNodeTableStatement), ...schema.relationships.map(createRelTableStatement)];
}
