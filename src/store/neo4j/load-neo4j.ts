// Writes the knowledge graph into Neo4j: schema first, then nodes, then relationships, in batched
// `UNWIND $rows … MERGE` statements inside managed write transactions (retried by the driver on
// transient errors). Everything merges on deterministic keys, so loading twice changes nothing.
import neo4j from 'neo4j-driver';
import { KgError } from '../../errors.js';
import type { Ontology, PropertyType } from '../../ontology/types.js';
import type { GraphRowSource, SkippedItem } from './collect-graph-rows.js';
import { checkNeo4jUri, mapNeo4jError, redactUri, type Neo4jConnectionOptions } from './neo4j-connection.js';
import { buildAwaitIndexesStatement, buildWipeStatement } from './neo4j-queries.js';
import { planNeo4jWrites, splitBatches, type WriteGroup, type WriteRow } from './plan-neo4j-writes.js';

// The subset of the driver API the loader uses: tests pass a recording fake with the same shape.

/** Counter dictionary of a result summary (`summary.counters.updates()`). */
export type Neo4jCounters = Record<string, number>;

export interface Neo4jResultLike {
  records: unknown[];
  summary: { counters: { updates(): Neo4jCounters } };
}

export interface Neo4jTransactionLike {
  run(query: string, parameters?: Record<string, unknown>): PromiseLike<Neo4jResultLike>;
}

export interface Neo4jSessionLike {
  executeWrite<T>(work: (tx: Neo4jTransactionLike) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Neo4jDriverLike {
  verifyConnectivity(options?: { database?: string }): Promise<unknown>;
  session(config?: { database?: string; defaultAccessMode?: string }): Neo4jSessionLike;
  close(): Promise<void>;
}

export type CreateNeo4jDriver = (uri: string, user: string, password: string) => Neo4jDriverLike;

export interface LoadNeo4jProgress {
  type: 'progress';
  phase: 'wipe' | 'schema' | 'nodes' | 'relationships';
  /** Statement id (`node:Law`, `rel:CITES:Report->Law`), schema item name, or label being wiped. */
  statement: string;
  /** Rows written so far (nodes and relationships), out of `total`. */
  done: number;
  total: number;
  rowsPerSecond: number;
}

export interface LoadNeo4jOptions extends Neo4jConnectionOptions {
  /** Rows per transaction (default DEFAULT_LOAD_NEO4J_OPTIONS.batchSize). */
  batchSize?: number;
  /** Delete this project's nodes (ontology labels only) before loading. */
  wipe?: boolean;
  /** Seconds to wait for new indexes to come online before writing. */
  awaitIndexesSeconds?: number;
  onProgress?: (progress: LoadNeo4jProgress) => void;
  /** Builds the driver; tests inject a fake. Default: the official neo4j-driver. */
  createDriver?: CreateNeo4jDriver;
  /**
   * Stops the load before the next transaction once aborted (Ctrl-C): batches already committed
   * stay valid, and loading again completes the load without duplicates. Throws E_INTERRUPTED.
   */
  signal?: AbortSignal;
}

export const DEFAULT_LOAD_NEO4J_OPTIONS = {
  batchSize: 1000,
  awaitIndexesSeconds: 300,
} as const;

export interface LoadCounts {
  /** Rows sent. */
  rows: number;
  /** Created, from the result summaries. */
  created: number;
  /** Rows that matched an existing node or relationship (rows − created). */
  updated: number;
}

export interface LoadNeo4jSummary {
  status: 'ok';
  /** URI with any credentials removed. */
  uri: string;
  database: string | null;
  nodes: LoadCounts;
  relationships: LoadCounts;
  /** Nodes removed by --wipe (with their relationships). */
  wiped: { nodes: number; relationships: number };
  schema: { statements: number; constraintsAdded: number; indexesAdded: number };
  /** Every counter of every result summary, summed (nodesCreated, propertiesSet, labelsAdded …). */
  counters: Neo4jCounters;
  /** Committed write transactions. */
  batches: number;
  /** Graph items the schema could not place, with reasons. */
  skipped: SkippedItem[];
  elapsedMs: number;
  rowsPerSecond: number;
}

/** The official driver, with a user agent naming this tool. */
export const createNeo4jDriver: CreateNeo4jDriver = (uri, user, password) =>
  neo4j.driver(uri, neo4j.auth.basic(user, password), { userAgent: 'fazhi-kg' }) as unknown as Neo4jDriverLike;

/** Converts a row for the driver: INT64 values become Neo4j integers (a JS number would be stored as a float). */
function encodeRow(row: WriteRow, group: WriteGroup): Record<string, unknown> {
  const enc = (v: unknown, t: PropertyType | undefined) => (t === 'INT64' && typeof v === 'number' ? neo4j.int(v) : v);
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row.props)) props[k] = enc(v, group.types[k]);
  const out: Record<string, unknown> = { key: enc(row.key, group.keyTypes.key) };
  if (row.from !== undefined) out.from = enc(row.from, group.keyTypes.from);
  if (row.to !== undefined) out.to = enc(row.to, group.keyTypes.to);
  out.props = props;
  return out;
}

function addCounters(total: Neo4jCounters, add: Neo4jCounters): void {
  for (const [k, v] of Object.entries(add)) {
    if (typeof v === 'number') total[k] = (total[k] ?? 0) + v;
  }
}

/**
 * Loads a graph (or its rows, see readBuiltGraphRows) into Neo4j and returns what changed. Throws a KgError (E_NEO4J_UNREACHABLE,
 * E_NEO4J_AUTH, E_NEO4J_DATABASE, E_NEO4J) that names the URI but never the password; batches
 * committed before an error stay valid and loading again continues.
 * @example await loadNeo4j(graph, loadOntology(), { uri: 'neo4j://localhost:7687', user: 'neo4j', password })
 */
export async function loadNeo4j(source: GraphRowSource, ontology: Ontology, options: LoadNeo4jOptions): Promise<LoadNeo4jSummary> {
  const batchSize = options.batchSize ?? DEFAULT_LOAD_NEO4J_OPTIONS.batchSize;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw new KgError('E_USAGE', `expected a positive whole number of rows per batch, found ${batchSize}`, { where: '--batch-size' });
  }
  checkNeo4jUri(options.uri);
  const database = options.database ? options.database : null;
  const plan = planNeo4jWrites(source, ontology.schema);
  const groups = [...plan.nodes, ...plan.relationships];
  const total = groups.reduce((n, g) => n + g.rows.length, 0);

  const t0 = performance.now();
  const counters: Neo4jCounters = {};
  const summary: LoadNeo4jSummary = {
    status: 'ok',
    uri: redactUri(options.uri),
    database,
    nodes: { rows: 0, created: 0, updated: 0 },
    relationships: { rows: 0, created: 0, updated: 0 },
    wiped: { nodes: 0, relationships: 0 },
    schema: { statements: 0, constraintsAdded: 0, indexesAdded: 0 },
    counters,
    batches: 0,
    skipped: plan.skipped,
    elapsedMs: 0,
    rowsPerSecond: 0,
  };
  let done = 0;
  const rate = () => {
    const secs = (performance.now() - t0) / 1000;
    return secs > 0 ? done / secs : 0;
  };
  const report = (phase: LoadNeo4jProgress['phase'], statement: string) =>
    options.onProgress?.({ type: 'progress', phase, statement, done, total, rowsPerSecond: rate() });
  const context = () => ({
    uri: options.uri,
    user: options.user,
    password: options.password,
    database,
    committedBatches: summary.batches,
  });

  const createDriver = options.createDriver ?? createNeo4jDriver;
  let driver: Neo4jDriverLike;
  try {
    driver = createDriver(options.uri, options.user, options.password);
  } catch (err) {
    throw mapNeo4jError(err, context());
  }
  let session: Neo4jSessionLike | null = null;
  try {
    await driver.verifyConnectivity(database ? { database } : undefined);
    session = driver.session({ ...(database ? { database } : {}), defaultAccessMode: neo4j.session.WRITE });
    const s = session;
    const write = async (text: string, params: Record<string, unknown>): Promise<Neo4jCounters> => {
      // Between transactions is the one safe place to stop: each batch is all or nothing.
      if (options.signal?.aborted) {
        const reason = options.signal.reason instanceof KgError ? options.signal.reason : undefined;
        throw new KgError(
          'E_INTERRUPTED',
          `stopped after ${summary.batches} committed transaction(s); they stay valid, and loading again completes the load without duplicates`,
          { where: redactUri(options.uri), cause: options.signal.reason, detail: { ...reason?.detail, committedBatches: summary.batches } },
        );
      }
      const updates = await s.executeWrite(async (tx) => (await tx.run(text, params)).summary.counters.updates());
      summary.batches += 1;
      addCounters(counters, updates);
      return updates;
    };

    if (options.wipe) {
      for (const spec of ontology.schema.nodes) {
        const text = buildWipeStatement(spec.label);
        for (;;) {
          const c = await write(text, { limit: neo4j.int(batchSize) });
          summary.wiped.nodes += c.nodesDeleted ?? 0;
          summary.wiped.relationships += c.relationshipsDeleted ?? 0;
          report('wipe', spec.label);
          if ((c.nodesDeleted ?? 0) < batchSize) break;
        }
      }
    }

    for (const st of plan.schema) {
      const c = await write(st.text, {});
      summary.schema.statements += 1;
      summary.schema.constraintsAdded += c.constraintsAdded ?? 0;
      summary.schema.indexesAdded += c.indexesAdded ?? 0;
      report('schema', st.name);
    }
    const awaitSeconds = options.awaitIndexesSeconds ?? DEFAULT_LOAD_NEO4J_OPTIONS.awaitIndexesSeconds;
    await write(buildAwaitIndexesStatement(), { timeoutSeconds: neo4j.int(awaitSeconds) });

    for (const group of groups) {
      const phase = group.statement.phase;
      const target = phase === 'nodes' ? summary.nodes : summary.relationships;
      for (const batch of splitBatches(group.rows, batchSize)) {
        const c = await write(group.statement.text, { rows: batch.map((r) => encodeRow(r, group)) });
        const created = phase === 'nodes' ? (c.nodesCreated ?? 0) : (c.relationshipsCreated ?? 0);
        target.rows += batch.length;
        target.created += created;
        target.updated += Math.max(0, batch.length - created);
        done += batch.length;
        report(phase, group.statement.id);
      }
    }
  } catch (err) {
    throw mapNeo4jError(err, context());
  } finally {
    // Cleanup in reverse order of opening; a failing close must not hide the real error.
    await session?.close().catch(() => undefined);
    await driver.close().catch(() => undefined);
  }
  summary.elapsedMs = Math.round(performance.now() - t0);
  summary.rowsPerSecond = rate();
  return summary;
}
