// `kg load neo4j`: writes OUT/graph.json into Neo4j (idempotent MERGE), with a progress line in
// rows/s and a summary of what was created; connection settings default to docker-compose.yml and
// can come from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE.
import { Option, type Command } from 'commander';
import { loadOntology } from '../../ontology/load-ontology.js';
import type { GraphRows, SkippedItem } from '../../store/neo4j/collect-graph-rows.js';
import {
  DEFAULT_LOAD_NEO4J_OPTIONS,
  loadNeo4j,
  type CreateNeo4jDriver,
  type LoadNeo4jSummary,
} from '../../store/neo4j/load-neo4j.js';
import { checkNeo4jUri, DEFAULT_NEO4J_CONNECTION } from '../../store/neo4j/neo4j-connection.js';
import { GRAPH_FILE, readBuiltGraphRows } from '../../store/neo4j/read-built-graph.js';
import { exitCodeOfInterrupt, isInterruptedError, watchInterrupts, type SignalSource } from '../handle-interrupt.js';
import { EXIT, type CliIo } from '../io.js';
import { createProgress, type Progress } from '../progress.js';
import { parseCount } from '../parse-count.js';
import { reportError } from '../report-error.js';

export interface LoadNeo4jCommandOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  batchSize: string;
  wipe?: boolean;
  out: string;
  ontology?: string;
}


function countReasons(skipped: SkippedItem[]): string {
  const by = new Map<string, number>();
  for (const s of skipped) by.set(`${s.kind} ${s.reason}`, (by.get(`${s.kind} ${s.reason}`) ?? 0) + 1);
  return [...by].map(([k, v]) => `${v} ${k}`).join(', ');
}

/** The summary printed after a load. */
export function formatLoadSummary(s: LoadNeo4jSummary, source: string): string {
  const lines = [`Loaded ${source} into ${s.uri} (database: ${s.database ?? 'server default'})`, ''];
  const row = (name: string, c: { rows: number; created: number; updated: number }) =>
    `  ${name.padEnd(14)} ${String(c.rows).padStart(9)} rows  ${String(c.created).padStart(9)} created  ${String(c.updated).padStart(9)} already there (updated)`;
  lines.push(row('nodes', s.nodes), row('relationships', s.relationships));
  lines.push(`  ${'schema'.padEnd(14)} ${s.schema.constraintsAdded} constraint(s) and ${s.schema.indexesAdded} index(es) added`);
  if (s.wiped.nodes || s.wiped.relationships) {
    lines.push(`  ${'wiped'.padEnd(14)} ${s.wiped.nodes} node(s) and ${s.wiped.relationships} relationship(s) of this project removed first`);
  }
  if (s.skipped.length) {
    lines.push(`  ${'skipped'.padEnd(14)} ${s.skipped.length} item(s) the ontology cannot place: ${countReasons(s.skipped)}`);
  }
  lines.push('', `Time: ${(s.elapsedMs / 1000).toFixed(2)} s, ${Math.round(s.rowsPerSecond)} rows/s, ${s.batches} transaction(s)`);
  return `${lines.join('\n')}\n`;
}

/** Runs `kg load neo4j` for the CLI; `createDriver` lets tests use a fake server. */
export async function runLoadNeo4jCommand(
  opts: LoadNeo4jCommandOptions,
  io: CliIo,
  deps: { createDriver?: CreateNeo4jDriver; signals?: SignalSource } = {},
): Promise<LoadNeo4jSummary | null> {
  // Created on the first event, when the total is known; a box so closures and catch share it.
  const bar: { progress: Progress | null } = { progress: null };
  const getBar = (total: number) => (bar.progress ??= createProgress(io, total, 'rows'));
  // Ctrl-C stops after the transaction in flight; a second Ctrl-C quits at once.
  const interrupts = watchInterrupts({
    source: deps.signals,
    onInterrupt: () => io.err(`${io.isTTY ? '\r\x1b[2K' : ''}kg: stopping after the current batch (Ctrl-C again to quit at once)\n`),
  });
  let rows: GraphRows | null = null;
  try {
    const batchSize = parseCount(opts.batchSize, '--batch-size', 'rows');
    // Before reading a large graph.json, not after.
    checkNeo4jUri(opts.uri);
    const ontology = loadOntology(opts.ontology);
    // The rows straight from the file, beyond a budget sorted on disk: at 20,000 reports the graph
    // and its rows together outgrow the heap, and its rows alone took 2 GB.
    rows = await readBuiltGraphRows(opts.out, ontology.schema, { signal: interrupts.signal });
    const summary = await loadNeo4j(rows, ontology, {
      uri: opts.uri,
      user: opts.user,
      password: opts.password,
      database: opts.database || null,
      batchSize,
      wipe: opts.wipe ?? false,
      createDriver: deps.createDriver,
      signal: interrupts.signal,
      onProgress: (p) => {
        if (p.phase === 'wipe' || p.phase === 'schema') getBar(p.total).stage(`${p.phase} ${p.statement}`);
        else getBar(p.total).tick(p.done, p.statement);
      },
    });
    bar.progress?.done();
    io.out(formatLoadSummary(summary, `${opts.out}/${GRAPH_FILE}`));
    process.exitCode = EXIT.OK;
    return summary;
  } catch (err) {
    bar.progress?.done();
    reportError(io, err);
    if (isInterruptedError(err)) process.exitCode = exitCodeOfInterrupt(err);
    return null;
  } finally {
    rows?.release();
    interrupts.dispose();
  }
}

export function registerLoadCommand(program: Command, io: CliIo): void {
  const load = program.command('load').description('write the built graph into a graph database');
  load
    .command('neo4j')
    .description('load OUT/graph.json into Neo4j (idempotent: loading again changes nothing, new reports are added)')
    .addOption(
      new Option('--uri <uri>', 'neo4j:// (cluster, Aura) or bolt:// (one server); +s for TLS')
        .env('NEO4J_URI')
        .default(DEFAULT_NEO4J_CONNECTION.uri),
    )
    .addOption(new Option('--user <name>', 'Neo4j user').env('NEO4J_USER').default(DEFAULT_NEO4J_CONNECTION.user))
    .addOption(
      new Option('--password <password>', 'Neo4j password (default: the local docker-compose one)')
        .env('NEO4J_PASSWORD')
        .default(DEFAULT_NEO4J_CONNECTION.password, 'docker-compose default'),
    )
    .addOption(new Option('--database <name>', "database (default: the server's default database)").env('NEO4J_DATABASE'))
    .option('--batch-size <rows>', 'rows per write transaction', String(DEFAULT_LOAD_NEO4J_OPTIONS.batchSize))
    .option('--wipe', "first delete this project's nodes (ontology labels only) and their relationships")
    .option('-o, --out <dir>', 'build folder holding graph.json', 'out')
    .option('--ontology <dir>', 'ontology folder (default: the bundled one)')
    .action(async (opts: LoadNeo4jCommandOptions) => {
      await runLoadNeo4jCommand(opts, io);
    });
}
