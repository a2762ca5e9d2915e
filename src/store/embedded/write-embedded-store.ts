// Writes the knowledge graph into the embedded Kùzu store `OUT/graph.kuzu`: tables generated from
// the ontology, data bulk-loaded with COPY from CSV files, built aside and swapped in atomically.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import kuzu from 'kuzu';
import type { Connection, Database, QueryResult } from 'kuzu';
import type { KgGraph } from '../../graph/kg-graph.js';
import type { GraphSchema, Ontology, PropertySpec } from '../../ontology/types.js';
import { toPlainValue } from '../store.js';
import { CSV_NULL, CsvFileWriter, EMPTY_LIST, LIST_SEPARATOR } from './csv-file.js';
import { addSkips, KEY_FROM, KEY_TO, RowEncoder, StoreTables, type EncodedRows, type SkipCounts, type TableRef } from './csv-rows.js';
import { isLockError, makeLockedError, toStoreError } from './kuzu-errors.js';
import { createSchemaStatements, quoteIdentifier } from './kuzu-schema.js';
import { EMBEDDED_STORE_FILE } from './store-path.js';

export type { EmbeddedSkipReason } from './csv-rows.js';

// A type (not an interface) so the stats fit the manifest's Record<string, unknown>.
export type EmbeddedStoreStats = {
  /** The database file written. */
  path: string;
  /** Rows per node table, counted in the finished store. */
  nodes: Record<string, number>;
  /** Rows per relationship table, counted in the finished store. */
  relationships: Record<string, number>;
  /** Items left out, by reason (values are counted one by one and stored as null). */
  skipped: SkipCounts;
  timings: { csvMs: number; nodesMs: number; relationshipsMs: number; totalMs: number };
  /** Bulk-load speed of the relationship tables. */
  relationshipsPerSecond: number;
};

export interface WriteEmbeddedStoreOptions {
  /** Kùzu buffer pool in bytes for the build; 0 lets Kùzu choose. */
  bufferPoolSize?: number;
  /** Rows per CSV file and COPY (default `DEFAULT_ROWS_PER_FILE`). */
  rowsPerFile?: number;
}

/** A CSV file of one table. */
interface TableFile {
  ref: TableRef;
  writer: CsvFileWriter;
}

/** Kùzu string literal (paths may hold quotes or backslashes). */
function stringLiteral(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The RETURN expression that turns a CSV text column back into its typed value. */
function castColumn(p: PropertySpec, column = p.name): string {
  const c = quoteIdentifier(column);
  switch (p.type) {
    case 'STRING':
      return c;
    case 'STRING[]':
      return `CASE WHEN ${c} IS NULL THEN NULL WHEN ${c} = '${EMPTY_LIST}' THEN CAST([] AS STRING[]) ELSE string_split(${c}, '${LIST_SEPARATOR}') END`;
    default:
      return `CAST(${c} AS ${p.type})`;
  }
}

/**
 * `COPY table FROM (LOAD …)`: every column is read as text (so Kùzu's type sniffing cannot turn
 * "007" into 7) and cast explicitly; NULL_STRINGS keeps '' distinct from null.
 */
function copyStatement(table: string, file: CsvFileWriter, columns: string[], projections: string[], pair?: { from: string; to: string }): string {
  const options = [
    'HEADER=true',
    "DELIM=','",
    `QUOTE='"'`,
    `ESCAPE='"'`,
    'AUTO_DETECT=false',
    `NULL_STRINGS=['${CSV_NULL}']`,
    `PARALLEL=${file.hasLineBreak ? 'false' : 'true'}`,
  ];
  const header = columns.map((c) => `${quoteIdentifier(c)} STRING`).join(', ');
  const load = `LOAD WITH HEADERS (${header}) FROM ${stringLiteral(file.path)} (${options.join(', ')}) RETURN ${projections.join(', ')}`;
  const target = pair ? ` (from=${stringLiteral(pair.from)}, to=${stringLiteral(pair.to)})` : '';
  return `COPY ${quoteIdentifier(table)} FROM (${load})${target}`;
}

async function run(conn: Connection, statement: string): Promise<Record<string, unknown>[]> {
  let results: QueryResult[] = [];
  try {
    const r = await conn.query(statement);
    results = Array.isArray(r) ? r : [r];
    const rows: Record<string, unknown>[] = [];
    for (const res of results) rows.push(...(await res.getAll()));
    return rows;
  } finally {
    for (const res of results) res.close();
  }
}

/**
 * Fails with E_STORE_LOCKED when another process has the database open (Kùzu locks the file:
 * shared for readers, exclusive for a writer, so an exclusive open is the test). An old store
 * that cannot be opened for another reason (older format, damage) is not an obstacle: it gets replaced.
 */
async function assertNotHeld(path: string): Promise<void> {
  if (!existsSync(path)) return;
  let db: Database | undefined;
  try {
    db = new kuzu.Database(path, 1 << 26, true, false);
    await db.init();
  } catch (err) {
    if (isLockError(err)) throw makeLockedError(path, err);
  } finally {
    if (db) await db.close().catch(() => undefined);
  }
}

const SIDE_FILES = ['.wal', '.shadow', '.tmp'];

/**
 * Fails with E_STORE_LOCKED (naming the file and, on Linux, the holding process) when the store of
 * `outDir` is open in another process; `kg build` calls it before doing any work.
 */
export async function checkEmbeddedStoreWritable(outDir: string): Promise<void> {
  await assertNotHeld(resolve(outDir, EMBEDDED_STORE_FILE));
}

/** Removes the files Kùzu keeps beside a database (a stale WAL would be replayed into its successor). */
function removeSideFiles(path: string): void {
  for (const suffix of SIDE_FILES) rmSync(`${path}${suffix}`, { force: true, recursive: true });
}

async function countRows(conn: Connection, schema: GraphSchema) {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const n of schema.nodes) {
    const rows = await run(conn, `MATCH (n:${quoteIdentifier(n.label)}) RETURN count(n) AS n`);
    nodes[n.label] = Number(toPlainValue(rows[0]?.n ?? 0));
  }
  for (const r of schema.relationships) {
    const rows = await run(conn, `MATCH ()-[r:${quoteIdentifier(r.type)}]->() RETURN count(r) AS n`);
    relationships[r.type] = Number(toPlainValue(rows[0]?.n ?? 0));
  }
  return { nodes, relationships };
}

/** Rows appended while a build runs, then bulk-loaded into the store by `finish`. */
export interface EmbeddedStoreWriter {
  /**
   * Appends rows encoded by `createReportRowEncoder` (a report's own nodes and relationships, which
   * the graph given to `finish` does not hold). Their node keys must be distinct: they are not checked,
   * so memory does not grow with them.
   */
  addRows(rows: EncodedRows): void;
  /**
   * Adds the nodes and relationships of `graph` (if any), loads every row into a new store and swaps
   * it in. The store is built under a temporary name in the same folder and renamed over the old
   * one only when complete, so a failed build — or one refused because another process holds the
   * store open (E_STORE_LOCKED) — leaves the old store as it was.
   */
  finish(graph?: KgGraph): Promise<EmbeddedStoreStats>;
  /** Gives up: removes the rows gathered so far. */
  abort(): void;
}

/**
 * Rows per CSV file (one COPY each). Kùzu builds a COPY in its buffer pool: a whole MENTIONS
 * table of 20,000 reports (over a million rows) exhausted a 256 MB pool, so large tables are
 * loaded in parts, each into the rows already there.
 */
export const DEFAULT_ROWS_PER_FILE = 500_000;

/** The CSV files of a store being written: per table, parts of at most `rowsPerFile` rows, created as rows come. */
class TableFiles {
  private readonly files = new Map<string, TableFile>();
  private readonly parts: TableFile[] = [];
  private fileNo = 0;

  constructor(
    readonly tables: StoreTables,
    private readonly dir: string,
    readonly skipped: SkipCounts,
    private readonly rowsPerFile: number,
  ) {}

  append(rows: EncodedRows): void {
    addSkips(this.skipped, rows.skipped);
    for (const [key, t] of Object.entries(rows.tables)) {
      let file = this.files.get(key);
      if (file && file.writer.rows >= this.rowsPerFile) {
        file.writer.close();
        file = undefined;
      }
      if (!file) {
        const ref = this.tables.ref(key);
        // Encoders only name tables of the schema.
        if (!ref) throw new Error(`embedded store: rows for ${key}, a table the schema does not have`);
        const name = `${ref.kind === 'node' ? 'node' : 'rel'}-${this.fileNo++}.csv`;
        file = { ref, writer: new CsvFileWriter(join(this.dir, name), this.tables.columns(ref)) };
        this.files.set(key, file);
        this.parts.push(file);
      }
      file.writer.writeRaw(t.data, t.rows, t.lineBreak);
    }
  }

  /** Closes every file; returns them, node tables first. */
  close(): TableFile[] {
    for (const f of this.files.values()) f.writer.close();
    this.files.clear();
    return [...this.parts.filter((f) => f.ref.kind === 'node'), ...this.parts.filter((f) => f.ref.kind === 'rel')];
  }

  /** Closes the files after a failure (they are removed with their folder). */
  abort(): void {
    try {
      this.close();
    } catch {
      // Already closed, or the disk failed: the folder is removed anyway.
    }
  }
}

/** Elements of the graph encoded between two appends: bounds the text held at once. */
const GRAPH_ROWS_PER_APPEND = 20_000;

/** Appends every node and relationship of `graph` (duplicate node keys are skipped). */
function appendGraph(files: TableFiles, graph: KgGraph): void {
  const encoder = new RowEncoder(files.tables, { rememberKeys: true });
  let n = 0;
  const step = () => {
    if (++n % GRAPH_ROWS_PER_APPEND === 0) files.append(encoder.take());
  };
  graph.forEachNode((_node, attrs) => {
    encoder.node(attrs);
    step();
  });
  graph.forEachEdge((_edge, attrs, _s, _t, sourceAttrs, targetAttrs) => {
    encoder.edge(attrs, sourceAttrs, targetAttrs);
    step();
  });
  files.append(encoder.take());
}

/**
 * Starts an embedded store for `<outDir>/graph.kuzu`: rows are written to CSV files as they come,
 * so a build does not keep them in memory, and loaded with COPY at the end.
 * @example const w = await openEmbeddedStoreWriter(ontology, 'out'); w.addRows(rows); await w.finish(graph);
 */
export async function openEmbeddedStoreWriter(
  ontology: Ontology,
  outDir: string,
  options: WriteEmbeddedStoreOptions = {},
): Promise<EmbeddedStoreWriter> {
  const target = resolve(outDir, EMBEDDED_STORE_FILE);
  try {
    mkdirSync(dirname(target), { recursive: true });
    await assertNotHeld(target);
  } catch (err) {
    throw toStoreError(err, target, 'building the embedded store');
  }
  const csvDir = mkdtempSync(join(dirname(target), `.${basename(target)}.csv-`));
  const files = new TableFiles(new StoreTables(ontology.schema), csvDir, {}, Math.max(1, options.rowsPerFile ?? DEFAULT_ROWS_PER_FILE));
  let csvMs = 0;
  let state: 'open' | 'finishing' | 'done' = 'open';
  return {
    addRows(rows) {
      const t = performance.now();
      files.append(rows);
      csvMs += performance.now() - t;
    },
    async finish(graph) {
      if (state !== 'open') throw new Error('embedded store writer: finish called twice');
      state = 'finishing';
      try {
        const t = performance.now();
        // Time spent on rows while the build ran (the store's share of it), then from here on.
        const before = csvMs;
        if (graph) appendGraph(files, graph);
        const tables = files.close();
        csvMs += performance.now() - t;
        return await loadCsvTables(tables, files.tables, ontology.schema, target, files.skipped, { started: t - before, csvMs, bufferPoolSize: options.bufferPoolSize });
      } finally {
        state = 'done';
        rmSync(csvDir, { recursive: true, force: true });
      }
    },
    abort() {
      if (state !== 'open') return;
      state = 'done';
      files.abort();
      rmSync(csvDir, { recursive: true, force: true });
    },
  };
}

/** Creates the store from the CSV files, counts its rows and swaps it in. */
async function loadCsvTables(
  tables: TableFile[],
  columnsOf: StoreTables,
  schema: GraphSchema,
  target: string,
  skipped: SkipCounts,
  // `started`: when the store's own work would have started had it all been done at the end.
  run0: { started: number; csvMs: number; bufferPoolSize?: number },
): Promise<EmbeddedStoreStats> {
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const buildPath = join(dirname(target), `.${basename(target)}.building-${stamp}`);
  let db: Database | undefined;
  let conn: Connection | undefined;
  try {
    const csvDone = performance.now();
    db = new kuzu.Database(buildPath, run0.bufferPoolSize ?? 0, true, false);
    conn = new kuzu.Connection(db);
    for (const ddl of createSchemaStatements(schema)) await run(conn, ddl);
    let nodesDone = csvDone;
    for (const { ref, writer } of tables) {
      const columns = columnsOf.columns(ref);
      if (ref.kind === 'node') {
        await run(conn, copyStatement(ref.spec.label, writer, columns, ref.spec.properties.map((p) => castColumn(p)), undefined));
        nodesDone = performance.now();
        continue;
      }
      const fromKey = ref.from.properties.find((p) => p.name === ref.from.key) ?? { name: ref.from.key, type: 'STRING' as const };
      const toKey = ref.to.properties.find((p) => p.name === ref.to.key) ?? { name: ref.to.key, type: 'STRING' as const };
      const projections = [
        castColumn({ name: KEY_FROM, type: fromKey.type }),
        castColumn({ name: KEY_TO, type: toKey.type }),
        ...ref.spec.properties.map((p) => castColumn(p)),
      ];
      await run(conn, copyStatement(ref.spec.type, writer, columns, projections, { from: ref.from.label, to: ref.to.label }));
    }
    const relsDone = performance.now();
    const counts = await countRows(conn, schema);
    await conn.close();
    conn = undefined;
    await db.close();
    db = undefined;

    await assertNotHeld(target);
    removeSideFiles(target);
    renameSync(buildPath, target);

    const totalRels = Object.values(counts.relationships).reduce((a, b) => a + b, 0);
    const relSeconds = (relsDone - nodesDone) / 1000;
    return {
      path: target,
      ...counts,
      skipped,
      timings: {
        csvMs: Math.round(run0.csvMs),
        nodesMs: Math.round(nodesDone - csvDone),
        relationshipsMs: Math.round(relsDone - nodesDone),
        totalMs: Math.round(performance.now() - run0.started),
      },
      relationshipsPerSecond: relSeconds > 0 ? Math.round(totalRels / relSeconds) : totalRels,
    };
  } catch (err) {
    throw toStoreError(err, target, 'building the embedded store');
  } finally {
    if (conn) await conn.close().catch(() => undefined);
    if (db) await db.close().catch(() => undefined);
    rmSync(buildPath, { force: true, recursive: true });
    removeSideFiles(buildPath);
  }
}

/**
 * Writes `<outDir>/graph.kuzu` from the graph (see `EmbeddedStoreWriter.finish`).
 * @example const stats = await writeEmbeddedStore(graph, loadOntology(), 'out'); stats.nodes.Law
 */
export async function writeEmbeddedStore(
  graph: KgGraph,
  ontology: Ontology,
  outDir: string,
  options: WriteEmbeddedStoreOptions = {},
): Promise<EmbeddedStoreStats> {
  const writer = await openEmbeddedStoreWriter(ontology, outDir, options);
  return writer.finish(graph);
}
