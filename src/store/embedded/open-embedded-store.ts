// Opens the embedded Kùzu store written by `kg build` and answers Cypher through the GraphStore
// interface: prepared statements only, results closed before the connection and the database.
import { existsSync, statSync } from 'node:fs';
import kuzu from 'kuzu';
import type { Connection, Database, KuzuValue, QueryResult } from 'kuzu';
import { StoreError } from '../../errors.js';
import { toPlainRow, type GraphStore, type StoreRow } from '../store.js';
import { toQueryError, toStoreError } from './kuzu-errors.js';
import { resolveEmbeddedStorePath } from './store-path.js';

export interface OpenEmbeddedStoreOptions {
  /** Open for reading only (several readers may share the file). Default true. */
  readOnly?: boolean;
  /** Kùzu buffer pool in bytes; 0 lets Kùzu choose. */
  bufferPoolSize?: number;
}

export const DEFAULT_OPEN_EMBEDDED_STORE: Required<OpenEmbeddedStoreOptions> = { readOnly: true, bufferPoolSize: 0 };

/** Kùzu accepts plain values only: undefined becomes null, nested values are converted the same way. */
function toKuzuValue(value: unknown): KuzuValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(toKuzuValue);
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const out: Record<string, KuzuValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toKuzuValue(v);
    return out;
  }
  return value as KuzuValue;
}

/** A GraphStore over one Kùzu database file. Queries run one at a time on one connection. */
export class KuzuGraphStore implements GraphStore {
  readonly dialect = 'kuzu' as const;
  readonly path: string;
  private db: Database;
  private conn: Connection;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(path: string, db: Database, conn: Connection) {
    this.path = path;
    this.db = db;
    this.conn = conn;
  }

  query(cypher: string, params: Record<string, unknown> = {}): Promise<StoreRow[]> {
    const run = this.queue.then(() => this.runQuery(cypher, params));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    // Order matters: Kùzu crashes at exit if a database is closed before its connections.
    await this.conn.close();
    await this.db.close();
  }

  private async runQuery(cypher: string, params: Record<string, unknown>): Promise<StoreRow[]> {
    if (this.closed) throw new StoreError('E_STORE', 'the store is closed', { where: this.path });
    let results: QueryResult[] = [];
    try {
      const prepared = await this.conn.prepare(cypher);
      if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
      const bound: Record<string, KuzuValue> = {};
      for (const [k, v] of Object.entries(params)) bound[k] = toKuzuValue(v);
      const result = await this.conn.execute(prepared, bound);
      results = Array.isArray(result) ? result : [result];
      const rows: StoreRow[] = [];
      for (const r of results) for (const row of await r.getAll()) rows.push(toPlainRow(row));
      return rows;
    } catch (err) {
      throw toQueryError(err, cypher);
    } finally {
      for (const r of results) r.close();
    }
  }
}

/**
 * Opens `OUT/graph.kuzu` (or a `.kuzu` file) written by `kg build`.
 * @example const store = await openEmbeddedStore('out'); await store.query('MATCH (l:Law) RETURN l.name'); await store.close();
 */
export async function openEmbeddedStore(outDir: string, options: OpenEmbeddedStoreOptions = {}): Promise<KuzuGraphStore> {
  const { readOnly, bufferPoolSize } = { ...DEFAULT_OPEN_EMBEDDED_STORE, ...options };
  const path = resolveEmbeddedStorePath(outDir);
  if (!existsSync(path)) {
    throw new StoreError(
      'E_STORE_MISSING',
      `no embedded store here; run \`kg build <reports…> --out ${outDir}\` first (or pass --db with the folder it wrote)`,
      { where: path },
    );
  }
  if (!statSync(path).isFile()) {
    throw new StoreError('E_STORE_MISSING', 'expected the embedded store file written by `kg build`, found a folder', { where: path });
  }
  let db: Database | undefined;
  try {
    db = new kuzu.Database(path, bufferPoolSize, true, readOnly);
    await db.init();
    const conn = new kuzu.Connection(db);
    await conn.init();
    return new KuzuGraphStore(path, db, conn);
  } catch (err) {
    if (db) await db.close().catch(() => undefined);
    throw toStoreError(err, path, 'opening the embedded store');
  }
}
