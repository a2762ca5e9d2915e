// Writes the knowledge graph into the embedded Kùzu store `OUT/graph.kuzu`: tables generated from
// the ontology, data bulk-loaded with COPY from CSV files, built aside and swapped in atomically.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import kuzu from 'kuzu';
import type { Connection, Database, QueryResult } from 'kuzu';
import type { KgGraph } from '../../graph/kg-graph.js';
import type { EdgeAttributes, NodeAttributes } from '../../types.js';
import type { GraphSchema, NodeSpec, Ontology, PropertySpec, PropertyType, RelationshipSpec } from '../../ontology/types.js';
import { toPlainValue } from '../store.js';
import { CSV_NULL, CsvFileWriter, EMPTY_LIST, LIST_SEPARATOR, packList } from './csv-file.js';
import { isLockError, makeLockedError, toStoreError } from './kuzu-errors.js';
import { createSchemaStatements, quoteIdentifier } from './kuzu-schema.js';
import { EMBEDDED_STORE_FILE } from './store-path.js';

/** Why a node, a relationship or a value did not make it into the store. */
export type EmbeddedSkipReason =
  | 'label-not-in-schema'
  | 'type-not-in-schema'
  | 'pair-not-in-schema'
  | 'missing-key'
  | 'duplicate-key'
  | 'endpoint-skipped'
  | 'value-not-of-type';

// A type (not an interface) so the stats fit the manifest's Record<string, unknown>.
export type EmbeddedStoreStats = {
  /** The database file written. */
  path: string;
  /** Rows per node table, counted in the finished store. */
  nodes: Record<string, number>;
  /** Rows per relationship table, counted in the finished store. */
  relationships: Record<string, number>;
  /** Items left out, by reason (values are counted one by one and stored as null). */
  skipped: Partial<Record<EmbeddedSkipReason, number>>;
  timings: { csvMs: number; nodesMs: number; relationshipsMs: number; totalMs: number };
  /** Bulk-load speed of the relationship tables. */
  relationshipsPerSecond: number;
};

export interface WriteEmbeddedStoreOptions {
  /** Kùzu buffer pool in bytes for the build; 0 lets Kùzu choose. */
  bufferPoolSize?: number;
}

const KEY_FROM = '__from';
const KEY_TO = '__to';

interface NodeFile {
  spec: NodeSpec;
  keyType: PropertyType;
  writer: CsvFileWriter;
}

interface RelFile {
  spec: RelationshipSpec;
  from: NodeSpec;
  to: NodeSpec;
  writer: CsvFileWriter;
}

/** Kùzu string literal (paths may hold quotes or backslashes). */
function stringLiteral(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function countSkip(skipped: EmbeddedStoreStats['skipped'], reason: EmbeddedSkipReason): void {
  skipped[reason] = (skipped[reason] ?? 0) + 1;
}

/**
 * Encodes one property value for the CSV of a column of `type`; null when absent. A value that
 * cannot be of the column's type is counted and stored as null rather than failing the load.
 */
function encodeValue(value: unknown, type: PropertyType, skipped: EmbeddedStoreStats['skipped']): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && type === 'STRING') return value;
  if (typeof value === 'number' && type === 'INT64' && Number.isSafeInteger(value)) return String(value);
  const v = typeof value === 'object' || typeof value === 'bigint' ? toPlainValue(value) : value;
  const bad = (): null => {
    countSkip(skipped, 'value-not-of-type');
    return null;
  };
  switch (type) {
    case 'STRING':
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      return JSON.stringify(v);
    case 'INT64':
      if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
      if (typeof v === 'string' && /^-?\d{1,18}$/.test(v.trim())) return v.trim();
      if (typeof v === 'boolean') return v ? '1' : '0';
      return bad();
    case 'DOUBLE':
      if (typeof v === 'number' && Number.isFinite(v)) return String(v);
      if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return String(Number(v));
      return bad();
    case 'BOOLEAN':
      if (typeof v === 'boolean') return String(v);
      if (v === 'true' || v === 'false') return v;
      return bad();
    case 'STRING[]':
      if (Array.isArray(v)) return packList(v.filter((x) => x !== null && x !== undefined).map((x) => (typeof x === 'string' ? x : JSON.stringify(x))));
      if (typeof v === 'string') return packList([v]);
      return bad();
  }
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

const keyTypes = new WeakMap<NodeSpec, PropertyType>();

/** Type of a label's key property (STRING when the schema does not list it). */
function keyTypeOf(spec: NodeSpec): PropertyType {
  let type = keyTypes.get(spec);
  if (type === undefined) {
    type = spec.properties.find((p) => p.name === spec.key)?.type ?? 'STRING';
    keyTypes.set(spec, type);
  }
  return type;
}

/** Node and relationship rows on their way to CSV files, one file per label and per type and label pair. */
class CsvTables {
  readonly nodeFiles = new Map<string, NodeFile>();
  // type → from label → to label → file; null marks a pair the schema does not allow.
  private readonly relFiles = new Map<string, Map<string, Map<string, RelFile | null>>>();
  private readonly seenKeys = new Map<string, Set<string>>();
  private readonly nodeSpecs: Map<string, NodeSpec>;
  private readonly relSpecs: Map<string, RelationshipSpec>;
  private fileNo = 0;
  // Endpoint keys are re-encoded per relationship; their type problems are counted with the node.
  private readonly uncounted: EmbeddedStoreStats['skipped'] = {};

  constructor(
    schema: GraphSchema,
    private readonly dir: string,
    private readonly skipped: EmbeddedStoreStats['skipped'],
  ) {
    this.nodeSpecs = new Map(schema.nodes.map((n) => [n.label, n]));
    this.relSpecs = new Map(schema.relationships.map((r) => [r.type, r]));
  }

  /**
   * `unique`: the caller guarantees the key is new (a build's passages: their report's content hash
   * is in the key), so it is not remembered — the store's memory does not grow with the passages.
   */
  addNode(attrs: NodeAttributes, unique = false): void {
    const spec = this.nodeSpecs.get(attrs.label);
    if (!spec) return countSkip(this.skipped, 'label-not-in-schema');
    let file = this.nodeFiles.get(spec.label);
    if (!file) {
      const keyType = keyTypeOf(spec);
      file = { spec, keyType, writer: new CsvFileWriter(join(this.dir, `node-${this.fileNo++}.csv`), spec.properties.map((p) => p.name)) };
      this.nodeFiles.set(spec.label, file);
      this.seenKeys.set(spec.label, new Set());
    }
    const key = encodeValue(attrs[spec.key], file.keyType, this.skipped);
    if (key === null || key === '') return countSkip(this.skipped, 'missing-key');
    if (!unique) {
      const keys = this.seenKeys.get(spec.label) as Set<string>;
      if (keys.has(key)) return countSkip(this.skipped, 'duplicate-key');
      keys.add(key);
    }
    const cells: Array<string | null> = [];
    for (const p of spec.properties) cells.push(p.name === spec.key ? key : encodeValue(attrs[p.name], p.type, this.skipped));
    file.writer.writeRow(cells);
  }

  /** Store key of a node (its key property, encoded), or null when the node has none. */
  private storeKey(attrs: NodeAttributes): string | null {
    const spec = this.nodeSpecs.get(attrs.label);
    if (!spec) return null;
    const key = encodeValue(attrs[spec.key], keyTypeOf(spec), this.uncounted);
    return key === '' ? null : key;
  }

  addEdge(attrs: EdgeAttributes, sourceAttrs: NodeAttributes, targetAttrs: NodeAttributes): void {
    const file = this.relFileFor(attrs.type, sourceAttrs.label, targetAttrs.label);
    if (file === undefined) return countSkip(this.skipped, 'type-not-in-schema');
    if (file === null) return countSkip(this.skipped, 'pair-not-in-schema');
    const fromKey = this.storeKey(sourceAttrs);
    const toKey = this.storeKey(targetAttrs);
    if (fromKey === null || toKey === null) return countSkip(this.skipped, 'endpoint-skipped');
    const cells: Array<string | null> = [fromKey, toKey];
    for (const p of file.spec.properties) cells.push(encodeValue(attrs[p.name], p.type, this.skipped));
    file.writer.writeRow(cells);
  }

  private relFileFor(type: string, fromLabel: string, toLabel: string): RelFile | null | undefined {
    let byFrom = this.relFiles.get(type);
    if (!byFrom) this.relFiles.set(type, (byFrom = new Map()));
    let byTo = byFrom.get(fromLabel);
    if (!byTo) byFrom.set(fromLabel, (byTo = new Map()));
    if (byTo.has(toLabel)) return byTo.get(toLabel);
    const spec = this.relSpecs.get(type);
    if (!spec) return undefined;
    let file: RelFile | null = null;
    if (spec.from.includes(fromLabel) && spec.to.includes(toLabel)) {
      const path = join(this.dir, `rel-${this.fileNo++}.csv`);
      const from = this.nodeSpecs.get(fromLabel) as NodeSpec;
      const to = this.nodeSpecs.get(toLabel) as NodeSpec;
      file = { spec, from, to, writer: new CsvFileWriter(path, [KEY_FROM, KEY_TO, ...spec.properties.map((p) => p.name)]) };
    }
    byTo.set(toLabel, file);
    return file;
  }

  /** Closes every file; returns the node files and the relationship files written. */
  close(): { nodeFiles: NodeFile[]; relFiles: RelFile[] } {
    const rels: RelFile[] = [];
    for (const byFrom of this.relFiles.values()) for (const byTo of byFrom.values()) for (const f of byTo.values()) if (f) rels.push(f);
    for (const f of this.nodeFiles.values()) f.writer.close();
    for (const f of rels) f.writer.close();
    this.seenKeys.clear();
    return { nodeFiles: [...this.nodeFiles.values()], relFiles: rels };
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

/** Rows added one by one while a build runs, then bulk-loaded into the store by `finish`. */
export interface EmbeddedStoreWriter {
  /**
   * Adds a node that the graph given to `finish` does not hold. Keys of the nodes added here must
   * be distinct (a build's passages); they are not checked, so memory does not grow with them.
   */
  addNode(key: string, attrs: NodeAttributes): void;
  /** Adds a relationship that the graph given to `finish` does not hold; its endpoints' attributes give their tables and keys. */
  addEdge(key: string, source: string, target: string, attrs: EdgeAttributes, sourceAttrs: NodeAttributes, targetAttrs: NodeAttributes): void;
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
 * Starts an embedded store for `<outDir>/graph.kuzu`: rows are written to CSV files as they come,
 * so a build does not keep them in memory, and loaded with COPY at the end.
 * @example const w = await openEmbeddedStoreWriter(ontology, 'out'); w.addNode(k, attrs); await w.finish(graph);
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
  const schema = ontology.schema;
  const skipped: EmbeddedStoreStats['skipped'] = {};
  const csvDir = mkdtempSync(join(dirname(target), `.${basename(target)}.csv-`));
  const tables = new CsvTables(schema, csvDir, skipped);
  let csvMs = 0;
  let state: 'open' | 'finishing' | 'done' = 'open';
  const timed = (f: () => void) => {
    const t = performance.now();
    f();
    csvMs += performance.now() - t;
  };
  return {
    addNode(_key, attrs) {
      timed(() => tables.addNode(attrs, true));
    },
    addEdge(_key, _source, _target, attrs, sourceAttrs, targetAttrs) {
      timed(() => tables.addEdge(attrs, sourceAttrs, targetAttrs));
    },
    async finish(graph) {
      if (state !== 'open') throw new Error('embedded store writer: finish called twice');
      state = 'finishing';
      try {
        const t = performance.now();
        // Time spent on rows while the build ran (the store's share of it), then from here on.
        const before = csvMs;
        if (graph) {
          graph.forEachNode((_node, attrs) => tables.addNode(attrs));
          graph.forEachEdge((_edge, attrs, _s, _t, sourceAttrs, targetAttrs) => tables.addEdge(attrs, sourceAttrs, targetAttrs));
        }
        const files = tables.close();
        csvMs += performance.now() - t;
        return await loadCsvTables(files, schema, target, skipped, { started: t - before, csvMs, bufferPoolSize: options.bufferPoolSize });
      } finally {
        state = 'done';
        rmSync(csvDir, { recursive: true, force: true });
      }
    },
    abort() {
      if (state !== 'open') return;
      state = 'done';
      tables.abort();
      rmSync(csvDir, { recursive: true, force: true });
    },
  };
}

/** Creates the store from the CSV files, counts its rows and swaps it in. */
async function loadCsvTables(
  files: { nodeFiles: NodeFile[]; relFiles: RelFile[] },
  schema: GraphSchema,
  target: string,
  skipped: EmbeddedStoreStats['skipped'],
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
    for (const f of files.nodeFiles) {
      const columns = f.spec.properties.map((p) => p.name);
      await run(conn, copyStatement(f.spec.label, f.writer, columns, f.spec.properties.map((p) => castColumn(p)), undefined));
    }
    const nodesDone = performance.now();
    for (const f of files.relFiles) {
      const fromKey = f.from.properties.find((p) => p.name === f.from.key) ?? { name: f.from.key, type: 'STRING' as const };
      const toKey = f.to.properties.find((p) => p.name === f.to.key) ?? { name: f.to.key, type: 'STRING' as const };
      const columns = [KEY_FROM, KEY_TO, ...f.spec.properties.map((p) => p.name)];
      const projections = [
        castColumn({ name: KEY_FROM, type: fromKey.type }),
        castColumn({ name: KEY_TO, type: toKey.type }),
        ...f.spec.properties.map((p) => castColumn(p)),
      ];
      await run(conn, copyStatement(f.spec.type, f.writer, columns, projections, { from: f.from.label, to: f.to.label }));
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
