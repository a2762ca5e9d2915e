// `kg export neo4j-csv` and `kg export cypher`: the built graph as neo4j-admin import files or as a
// parameter-free Cypher script. Registered on the `kg export` parent command.
import type { Command } from 'commander';
import { writeCypherExport, DEFAULT_CYPHER_EXPORT_OPTIONS } from '../../export/cypher/write-cypher-export.js';
import { DEFAULT_NEO4J_CSV_OPTIONS, NEO4J_CSV_SCHEMA_FILE, writeNeo4jCsv } from '../../export/neo4j-csv/write-neo4j-csv.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import type { GraphRows, SkippedItem } from '../../store/neo4j/collect-graph-rows.js';
import { readBuiltGraphRows } from '../../store/neo4j/read-built-graph.js';
import { EXIT, type CliIo } from '../io.js';
import { reportError } from '../report-error.js';
import { parseCount } from '../parse-count.js';

export interface Neo4jCsvCommandOptions {
  out: string;
  from: string;
  arrayDelimiter: string;
  ontology?: string;
}

export interface CypherCommandOptions {
  out: string;
  from: string;
  batchSize: string;
  ontology?: string;
}

export const DEFAULT_NEO4J_CSV_DIR = 'out/neo4j-import';
export const DEFAULT_CYPHER_FILE = 'out/graph.cypher';

function warnSkipped(io: CliIo, skipped: SkippedItem[]): void {
  if (skipped.length) io.err(`kg: ${skipped.length} graph item(s) not in the ontology were left out (first: ${skipped[0].key}: ${skipped[0].detail})\n`);
}

export async function runNeo4jCsvCommand(opts: Neo4jCsvCommandOptions, io: CliIo): Promise<void> {
  let rows: GraphRows | null = null;
  try {
    const ontology = loadOntology(opts.ontology);
    // The rows straight from the file, beyond a budget sorted on disk: at 20,000 reports the graph
    // and its rows together outgrow the heap, and its rows alone took 2 GB.
    rows = await readBuiltGraphRows(opts.from, ontology.schema);
    const result = await writeNeo4jCsv(rows, ontology, opts.out, { arrayDelimiter: opts.arrayDelimiter });
    const nodes = result.files.filter((f) => f.kind === 'nodes');
    const rels = result.files.filter((f) => f.kind === 'relationships');
    const count = (fs: typeof nodes) => fs.reduce((n, f) => n + f.rows, 0);
    warnSkipped(io, result.skipped);
    io.out(
      `Wrote ${count(nodes)} nodes in ${nodes.length} file(s) and ${count(rels)} relationships in ${rels.length} file(s) to ${opts.out}\n` +
        `Import into a stopped Neo4j: scripts/neo4j-import.sh ${opts.out}   (or --docker for the docker-compose server)\n` +
        `Then create the constraints and indexes: cypher-shell -f ${opts.out}/${NEO4J_CSV_SCHEMA_FILE}\n`,
    );
    process.exitCode = EXIT.OK;
  } catch (err) {
    reportError(io, err);
  } finally {
    rows?.release();
  }
}

export async function runCypherCommand(opts: CypherCommandOptions, io: CliIo): Promise<void> {
  let rows: GraphRows | null = null;
  try {
    const batchSize = parseCount(opts.batchSize, '--batch-size', 'rows');
    const ontology = loadOntology(opts.ontology);
    rows = await readBuiltGraphRows(opts.from, ontology.schema);
    const result = await writeCypherExport(rows, ontology, opts.out, { batchSize });
    warnSkipped(io, result.skipped);
    io.out(
      `Wrote ${result.statements} statements (${(result.bytes / 1024).toFixed(0)} KiB) to ${opts.out}\n` +
        `Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p "$NEO4J_PASSWORD" -f ${opts.out}\n`,
    );
    process.exitCode = EXIT.OK;
  } catch (err) {
    reportError(io, err);
  } finally {
    rows?.release();
  }
}

/**
 * Adds the `neo4j-csv` and `cypher` formats to the `kg export` command.
 * @example registerNeo4jExports(program.command('export').description('…'), io)
 */
export function registerNeo4jExports(exportCommand: Command, io: CliIo): void {
  exportCommand
    .command('neo4j-csv')
    .description('node and relationship CSV files for neo4j-admin database import (fast first load of a large corpus)')
    .option('-o, --out <dir>', 'folder for the CSV files', DEFAULT_NEO4J_CSV_DIR)
    .option('--from <dir>', 'build folder holding graph.json', 'out')
    .option('--array-delimiter <char>', 'separator of array values and labels', DEFAULT_NEO4J_CSV_OPTIONS.arrayDelimiter)
    .option('--ontology <dir>', 'ontology folder (default: the bundled one)')
    .action(async (opts: Neo4jCsvCommandOptions) => {
      await runNeo4jCsvCommand(opts, io);
    });
  exportCommand
    .command('cypher')
    .description('a parameter-free Cypher script (constraints, then batched MERGE) for cypher-shell -f')
    .option('-o, --out <file>', 'the .cypher file to write', DEFAULT_CYPHER_FILE)
    .option('--from <dir>', 'build folder holding graph.json', 'out')
    .option('--batch-size <rows>', 'rows per statement', String(DEFAULT_CYPHER_EXPORT_OPTIONS.batchSize))
    .option('--ontology <dir>', 'ontology folder (default: the bundled one)')
    .action(async (opts: CypherCommandOptions) => {
      await runCypherCommand(opts, io);
    });
}
