// `kg export cypher`: a `.cypher` script that `cypher-shell -f` runs with no parameters — the same
// constraints and MERGE statements as the loader, with each batch of rows written as a literal list.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { KgError } from '../../errors.js';
import type { Ontology } from '../../ontology/types.js';
import type { GraphRowSource, SkippedItem } from '../../store/neo4j/collect-graph-rows.js';
import { buildAwaitIndexesStatement } from '../../store/neo4j/neo4j-queries.js';
import { planNeo4jWrites, splitBatches, type WriteGroup, type WriteRow } from '../../store/neo4j/plan-neo4j-writes.js';
import { toCypherLiteral, toCypherMap } from './to-cypher-literal.js';

export interface CypherExportOptions {
  /** Rows per statement (each runs as one transaction in cypher-shell). */
  batchSize?: number;
  /** Seconds `CALL db.awaitIndexes` waits after the schema statements. */
  awaitIndexesSeconds?: number;
}

export const DEFAULT_CYPHER_EXPORT_OPTIONS = {
  batchSize: 500,
  awaitIndexesSeconds: 300,
} as const;

export interface CypherExportResult {
  status: 'ok';
  file: string;
  statements: number;
  bytes: number;
  skipped: SkippedItem[];
}

function rowLiteral(row: WriteRow, group: WriteGroup): string {
  const head: Record<string, unknown> = { key: row.key };
  const types: Record<string, 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'STRING[]' | undefined> = { key: group.keyTypes.key };
  if (row.from !== undefined) {
    head.from = row.from;
    types.from = group.keyTypes.from;
  }
  if (row.to !== undefined) {
    head.to = row.to;
    types.to = group.keyTypes.to;
  }
  const fields = Object.entries(head).map(([k, v]) => `${k}: ${toCypherLiteral(v, types[k])}`);
  fields.push(`props: ${toCypherMap(row.props, group.types)}`);
  return `{${fields.join(', ')}}`;
}

/**
 * The statements of the export, each ending in `;`, in load order: constraints and indexes, an
 * index wait, nodes, relationships. A generator, so large graphs are written without one big string.
 */
export function* generateCypherStatements(
  source: GraphRowSource,
  ontology: Ontology,
  options: CypherExportOptions = {},
  onSkipped?: (skipped: SkippedItem[]) => void,
): Generator<string> {
  const batchSize = options.batchSize ?? DEFAULT_CYPHER_EXPORT_OPTIONS.batchSize;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw new KgError('E_USAGE', `expected a positive whole number of rows per statement, found ${batchSize}`, { where: '--batch-size' });
  }
  const plan = planNeo4jWrites(source, ontology.schema);
  onSkipped?.(plan.skipped);
  for (const st of plan.schema) yield `${st.text};`;
  const seconds = options.awaitIndexesSeconds ?? DEFAULT_CYPHER_EXPORT_OPTIONS.awaitIndexesSeconds;
  yield `${buildAwaitIndexesStatement(toCypherLiteral(seconds, 'INT64'))};`;
  for (const group of [...plan.nodes, ...plan.relationships]) {
    for (const batch of splitBatches(group.rows, batchSize)) {
      const literal = `[\n  ${batch.map((r) => rowLiteral(r, group)).join(',\n  ')}\n]`;
      yield `${group.statement.render(literal)};`;
    }
  }
}

/** The header comment of an export file. */
export function renderCypherHeader(): string {
  return [
    '// fazhi-kg graph as Cypher: constraints, then batched MERGE statements (safe to run again).',
    '// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f THIS_FILE',
    '',
  ].join('\n');
}

/**
 * Writes the export of a graph (or its rows, see readBuiltGraphRows) to `file` and returns counts.
 * @example await writeCypherExport(graph, loadOntology(), 'out/graph.cypher')
 */
export async function writeCypherExport(
  source: GraphRowSource,
  ontology: Ontology,
  file: string,
  options: CypherExportOptions = {},
): Promise<CypherExportResult> {
  let skipped: SkippedItem[] = [];
  const statements = generateCypherStatements(source, ontology, options, (s) => (skipped = s));
  let fd: number;
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(file, 'w');
  } catch (err) {
    throw new KgError('E_EXPORT', `could not open the file for writing (${(err as Error).message})`, { where: file, cause: err });
  }
  let bytes = 0;
  let count = 0;
  try {
    bytes += writeSync(fd, renderCypherHeader());
    for (const st of statements) {
      bytes += writeSync(fd, `${st}\n`);
      count += 1;
    }
  } catch (err) {
    if (err instanceof KgError) throw err;
    throw new KgError('E_EXPORT', `could not write the Cypher export (${(err as Error).message})`, { where: file, cause: err });
  } finally {
    closeSync(fd);
  }
  return { status: 'ok', file, statements: count, bytes, skipped };
}
