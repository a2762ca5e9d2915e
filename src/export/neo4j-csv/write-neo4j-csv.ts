// `kg export neo4j-csv`: node and relationship CSV files with `neo4j-admin database import` headers
// (one ID space per label, typed properties, arrays), the fast path for a first load of a large
// corpus; scripts/neo4j-import.sh runs the import. Keys match the loader's, so `kg load neo4j` can
// add new reports to an imported database without duplicating anything.
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../../errors.js';
import type { NodeSpec, Ontology, PropertyType } from '../../ontology/types.js';
import {
  toGraphRows,
  type GraphRowSource,
  type NodeRowGroup,
  type PropertyValue,
  type RelationshipRowGroup,
  type SkippedItem,
} from '../../store/neo4j/collect-graph-rows.js';
import { buildSchemaStatements, REL_KEY_PROPERTY } from '../../store/neo4j/neo4j-queries.js';

export interface Neo4jCsvOptions {
  /** Separator of array elements and of labels in `:LABEL` (neo4j-admin `--array-delimiter`). */
  arrayDelimiter?: string;
}

export const DEFAULT_NEO4J_CSV_OPTIONS = {
  arrayDelimiter: ';',
} as const;

/** File holding the constraints and indexes to run once the imported database is started. */
export const NEO4J_CSV_SCHEMA_FILE = 'schema.cypher';

export interface Neo4jCsvFile {
  /** File name inside the export folder. */
  name: string;
  kind: 'nodes' | 'relationships';
  /** Node label, or relationship type. */
  label: string;
  header: string[];
  rows: number;
}

export interface Neo4jCsvResult {
  status: 'ok';
  dir: string;
  files: Neo4jCsvFile[];
  skipped: SkippedItem[];
}

/** neo4j-admin type names for the ontology's property types. */
export const NEO4J_CSV_TYPES: Record<PropertyType, string> = {
  STRING: 'string',
  INT64: 'long',
  DOUBLE: 'double',
  BOOLEAN: 'boolean',
  'STRING[]': 'string[]',
};

export function getNodeCsvName(label: string): string {
  return `nodes_${label}.csv`;
}

/** One file per type and label pair: each end has its own ID space, named by its label. */
export function getRelationshipCsvName(type: string, from: string, to: string): string {
  return `rels_${type}_${from}_${to}.csv`;
}

/** Quotes a CSV field: always for text (so commas, quotes and newlines survive), doubling quotes. */
export function toCsvText(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

function toCsvValue(value: PropertyValue | undefined, type: PropertyType, delimiter: string, where: () => string): string {
  if (value === undefined || value === null) return '';
  switch (type) {
    case 'STRING[]': {
      const items = value as string[];
      for (const item of items) {
        if (item.includes(delimiter)) {
          throw new KgError(
            'E_EXPORT',
            `array element "${item}" contains the array delimiter "${delimiter}"; choose another with --array-delimiter ` +
              `(and pass the same to scripts/neo4j-import.sh via ARRAY_DELIMITER)`,
            { where: where() },
          );
        }
      }
      return toCsvText(items.join(delimiter));
    }
    case 'STRING':
      return toCsvText(String(value));
    default:
      return String(value);
  }
}

function nodeHeader(spec: NodeSpec): { header: string[]; props: { name: string; type: PropertyType }[] } {
  const props = spec.properties.filter((p) => p.name !== spec.key);
  return {
    header: [`${spec.key}:ID(${spec.label})`, ':LABEL', ...props.map((p) => `${p.name}:${NEO4J_CSV_TYPES[p.type]}`)],
    props,
  };
}

/** The CSV text of one node label (header line first). */
export function* renderNodeCsv(group: NodeRowGroup, delimiter: string): Generator<string> {
  const { header, props } = nodeHeader(group.spec);
  yield `${header.join(',')}\n`;
  for (const row of group.rows) {
    const labels = [group.spec.label, ...(row.levelLabel ? [row.levelLabel] : [])].join(delimiter);
    const where = () => `${getNodeCsvName(group.spec.label)} (${String(row.key)})`;
    const fields = [toCsvText(String(row.key)), toCsvText(labels), ...props.map((p) => toCsvValue(row.props[p.name], p.type, delimiter, where))];
    yield `${fields.join(',')}\n`;
  }
}

function relationshipHeader(group: RelationshipRowGroup): string[] {
  return [
    `:START_ID(${group.from.label})`,
    `:END_ID(${group.to.label})`,
    ':TYPE',
    `${REL_KEY_PROPERTY}:string`,
    ...group.spec.properties.filter((p) => p.name !== REL_KEY_PROPERTY).map((p) => `${p.name}:${NEO4J_CSV_TYPES[p.type]}`),
  ];
}

/** The CSV text of one relationship type between one pair of labels. */
export function* renderRelationshipCsv(group: RelationshipRowGroup, delimiter: string): Generator<string> {
  yield `${relationshipHeader(group).join(',')}\n`;
  const props = group.spec.properties.filter((p) => p.name !== REL_KEY_PROPERTY);
  const name = getRelationshipCsvName(group.spec.type, group.from.label, group.to.label);
  for (const row of group.rows) {
    const where = () => `${name} (${row.key})`;
    const fields = [
      toCsvText(String(row.from)),
      toCsvText(String(row.to)),
      toCsvText(group.spec.type),
      toCsvText(row.key),
      ...props.map((p) => toCsvValue(row.props[p.name], p.type, delimiter, where)),
    ];
    yield `${fields.join(',')}\n`;
  }
}

function writeLines(file: string, lines: Iterable<string>): number {
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (err) {
    throw new KgError('E_EXPORT', `could not open the file for writing (${(err as Error).message})`, { where: file, cause: err });
  }
  let count = -1; // the header is not a row
  try {
    for (const line of lines) {
      writeSync(fd, line);
      count += 1;
    }
  } catch (err) {
    if (err instanceof KgError) throw err;
    throw new KgError('E_EXPORT', `could not write the file (${(err as Error).message})`, { where: file, cause: err });
  } finally {
    closeSync(fd);
  }
  return count;
}

/**
 * Writes `nodes_<Label>.csv`, `rels_<TYPE>_<From>_<To>.csv` and `schema.cypher` into `dir`, from a
 * graph or from its rows (see readBuiltGraphRows).
 * @example await writeNeo4jCsv(graph, loadOntology(), 'out/neo4j-import')
 */
export async function writeNeo4jCsv(
  source: GraphRowSource,
  ontology: Ontology,
  dir: string,
  options: Neo4jCsvOptions = {},
): Promise<Neo4jCsvResult> {
  const delimiter = options.arrayDelimiter ?? DEFAULT_NEO4J_CSV_OPTIONS.arrayDelimiter;
  if (delimiter.length !== 1 || delimiter === ',' || delimiter === '"' || delimiter === '\n') {
    throw new KgError('E_USAGE', `expected one character other than comma, quote or newline, found "${delimiter}"`, {
      where: '--array-delimiter',
    });
  }
  const rows = toGraphRows(source, ontology.schema);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new KgError('E_EXPORT', `could not create the folder (${(err as Error).message})`, { where: dir, cause: err });
  }
  // The import script takes every nodes_*.csv and rels_*.csv here: files of an earlier export must go.
  for (const old of readdirSync(dir)) {
    if (/^(nodes|rels)_.*\.csv$/.test(old)) rmSync(join(dir, old));
  }
  const files: Neo4jCsvFile[] = [];
  for (const group of rows.nodes) {
    const name = getNodeCsvName(group.spec.label);
    const count = writeLines(join(dir, name), renderNodeCsv(group, delimiter));
    files.push({ name, kind: 'nodes', label: group.spec.label, header: nodeHeader(group.spec).header, rows: count });
  }
  for (const group of rows.relationships) {
    const name = getRelationshipCsvName(group.spec.type, group.from.label, group.to.label);
    const count = writeLines(join(dir, name), renderRelationshipCsv(group, delimiter));
    files.push({ name, kind: 'relationships', label: group.spec.type, header: relationshipHeader(group), rows: count });
  }
  const schema = buildSchemaStatements(ontology.schema).map((s) => `${s.text};\n`).join('');
  writeFileSync(
    join(dir, NEO4J_CSV_SCHEMA_FILE),
    `// Constraints and indexes for the imported graph: cypher-shell -f ${NEO4J_CSV_SCHEMA_FILE} once Neo4j runs.\n${schema}`,
  );
  return { status: 'ok', dir, files, skipped: rows.skipped };
}
