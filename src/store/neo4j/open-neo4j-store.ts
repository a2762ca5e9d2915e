// Neo4j behind the project's GraphStore interface, so `runNamedQuery` (and `kg query --neo4j`) run
// the query pack on a server: read transactions, whole-number parameters sent as Neo4j integers.
import neo4j from 'neo4j-driver';
import type { GraphStore, StoreRow } from '../store.js';
import { toPlainRow } from '../store.js';
import { checkNeo4jUri, mapNeo4jError, type Neo4jConnectionOptions } from './neo4j-connection.js';
import { createNeo4jDriver, type CreateNeo4jDriver, type Neo4jDriverLike } from './load-neo4j.js';

export interface OpenNeo4jStoreOptions extends Neo4jConnectionOptions {
  /** Builds the driver; tests inject a fake. */
  createDriver?: CreateNeo4jDriver;
}

interface ReadSessionLike {
  executeRead<T>(work: (tx: { run(q: string, p?: Record<string, unknown>): PromiseLike<{ records: { toObject(): Record<string, unknown> }[] }> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Parameters for the driver: whole numbers become Neo4j integers (a JS number is sent as a float,
 * which `LIMIT $limit` and integer comparisons reject or miss).
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (v: unknown): unknown => {
    if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
    if (Array.isArray(v)) return v.map(convert);
    return v;
  };
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, convert(v)]));
}

/**
 * Opens a Neo4j server as a GraphStore (checks connectivity first).
 * @example const store = await openNeo4jStore({ uri, user, password }); await runNamedQuery(store, 'law-ranking')
 */
export async function openNeo4jStore(options: OpenNeo4jStoreOptions): Promise<GraphStore> {
  checkNeo4jUri(options.uri);
  const database = options.database ? options.database : undefined;
  const ctx = { uri: options.uri, user: options.user, password: options.password, database: database ?? null };
  let opened: Neo4jDriverLike | undefined;
  try {
    opened = (options.createDriver ?? createNeo4jDriver)(options.uri, options.user, options.password);
    await opened.verifyConnectivity(database ? { database } : undefined);
  } catch (err) {
    await opened?.close().catch(() => undefined);
    throw mapNeo4jError(err, ctx);
  }
  const driver = opened;
  let closed = false;
  return {
    dialect: 'neo4j',
    async query(cypher: string, params: Record<string, unknown> = {}): Promise<StoreRow[]> {
      const session = driver.session({ ...(database ? { database } : {}), defaultAccessMode: neo4j.session.READ }) as unknown as ReadSessionLike;
      try {
        const result = await session.executeRead(async (tx) => tx.run(cypher, toNeo4jParams(params)));
        return result.records.map((r) => toPlainRow(r.toObject()));
      } catch (err) {
        throw mapNeo4jError(err, ctx);
      } finally {
        await session.close().catch(() => undefined);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await driver.close();
    },
  };
}
