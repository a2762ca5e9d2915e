// Lints Cypher with Neo4j's own language support (`lintCypherQuery`) against a database schema made
// from ontology/: labels (with level labels), relationship types, property keys, and the Neo4j 5
// functions and procedures (APOC included) that the package ships as its reference registry.
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import type { GraphSchema } from '../../src/ontology/types.js';
import { REL_KEY_PROPERTY } from '../../src/store/neo4j/neo4j-queries.js';

export interface CypherDiagnostic {
  severity: 'error' | 'warning';
  message: string;
  /** The text the diagnostic points at. */
  at: string;
}

export interface CypherLint {
  errors: CypherDiagnostic[];
  warnings: CypherDiagnostic[];
}

/**
 * The linter's view of the database: everything the ontology declares, plus the built-in and APOC
 * functions and procedures of a Neo4j 5 server (the registry the package uses in its own tests).
 * Parameters must be declared: an undeclared `$param` is an error.
 */
export function buildLintSchema(schema: GraphSchema, parameters: Record<string, unknown> = {}): DbSchema {
  const labels = new Set<string>();
  const propertyKeys = new Set<string>([REL_KEY_PROPERTY]);
  for (const n of schema.nodes) {
    labels.add(n.label);
    for (const l of Object.values(n.levelLabels ?? {})) labels.add(l);
    for (const p of n.properties) propertyKeys.add(p.name);
  }
  for (const r of schema.relationships) for (const p of r.properties) propertyKeys.add(p.name);
  const graphSchema = schema.relationships.flatMap((r) =>
    r.from.flatMap((from) => r.to.map((to) => ({ from, to, relType: r.type }))),
  );
  return {
    labels: [...labels],
    relationshipTypes: schema.relationships.map((r) => r.type),
    propertyKeys: [...propertyKeys],
    functions: testData.mockSchema.functions,
    procedures: testData.mockSchema.procedures,
    parameters,
    defaultLanguage: 'CYPHER 5',
    graphSchema,
  };
}

/**
 * Lints one statement (or a `;`-separated script) and splits the diagnostics by severity.
 * `consoleCommands` accepts Browser/cypher-shell commands such as `:param` (for documentation snippets).
 */
export function lintCypher(query: string, dbSchema: DbSchema, options: { consoleCommands?: boolean } = {}): CypherLint {
  const { diagnostics } = lintCypherQuery(query, dbSchema, { consoleCommandsEnabled: options.consoleCommands ?? false });
  const out: CypherLint = { errors: [], warnings: [] };
  for (const d of diagnostics) {
    const at = query.slice(d.offsets.start, Math.min(d.offsets.end, d.offsets.start + 80));
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    // DiagnosticSeverity: 1 = Error, 2 = Warning (3, 4 are hints and information).
    if (d.severity === 1) out.errors.push({ severity: 'error', message, at });
    else if (d.severity === 2) out.warnings.push({ severity: 'warning', message, at });
  }
  return out;
}

/** Warnings that name a label or relationship type the schema does not have (a typo in generated text). */
export function findUnknownNameWarnings(lint: CypherLint): CypherDiagnostic[] {
  return lint.warnings.filter((w) => /^(Label|Relationship type) .* is not present in the database/.test(w.message));
}

/** One line per diagnostic, for assertion messages. */
export function formatDiagnostics(list: CypherDiagnostic[]): string {
  return list.map((d) => `${d.severity}: ${d.message} (at "${d.at}")`).join('\n');
}
