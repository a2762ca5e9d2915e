// Encodes graph elements as the rows of the embedded store's CSV tables: one table per node label,
// one per relationship type and label pair, columns from the ontology's schema. Pure (no Kùzu, no
// files), so a build's extraction workers encode each report's own rows and the main thread only
// appends them.
import type { GraphSchema, NodeSpec, PropertyType, RelationshipSpec } from '../../ontology/types.js';
import type { EdgeAttributes, NodeAttributes } from '../../types.js';
import { toPlainValue } from '../store.js';
import { Utf8Builder, viewOf, type Span } from '../../io/utf8-builder.js';
import { CSV_NULL, formatCsvField, LINE_BREAK, NEEDS_CARE, packList } from './csv-file.js';

/** Why a node, a relationship or a value did not make it into the store. */
export type EmbeddedSkipReason =
  | 'label-not-in-schema'
  | 'type-not-in-schema'
  | 'pair-not-in-schema'
  | 'missing-key'
  | 'duplicate-key'
  | 'endpoint-skipped'
  | 'value-not-of-type';

export type SkipCounts = Partial<Record<EmbeddedSkipReason, number>>;

/** Columns holding a relationship's endpoint keys, before its properties. */
export const KEY_FROM = '__from';
export const KEY_TO = '__to';

/** Rows of one table, formatted, as UTF-8 bytes (as `RowEncoder` gives them: the tables of one take share a buffer). */
export interface EncodedTable {
  rows: number;
  data: Uint8Array;
  /** Whether a field holds a line break (Kùzu then reads the file without parallelism). */
  lineBreak: boolean;
}

/** Rows by table key (`tableKey`), and what was left out. Structured-cloneable. */
export interface EncodedRows {
  tables: Record<string, EncodedTable>;
  skipped: SkipCounts;
}

/** `EncodedRows` whose tables are spans of bytes appended to a builder (`RowEncoder.takeInto`). */
export interface RowSpans {
  tables: Record<string, { rows: number; span: Span; lineBreak: boolean }>;
  skipped: SkipCounts;
}

/** The rows of `spans`, their tables views of `bytes` (what the builder they were appended to gave). */
export function rowsOf(spans: RowSpans, bytes: Uint8Array): EncodedRows {
  const tables: Record<string, EncodedTable> = {};
  for (const [key, t] of Object.entries(spans.tables)) tables[key] = { rows: t.rows, data: viewOf(bytes, t.span), lineBreak: t.lineBreak };
  return { tables, skipped: spans.skipped };
}

/** A table with its key. */
export interface KeyedTable {
  key: string;
  ref: TableRef;
}

/** A table's key: `N|<label>` for nodes, `R|<type>|<from label>|<to label>` for relationships. */
export type TableRef = { kind: 'node'; spec: NodeSpec } | { kind: 'rel'; spec: RelationshipSpec; from: NodeSpec; to: NodeSpec };

export function countSkip(skipped: SkipCounts, reason: EmbeddedSkipReason, n = 1): void {
  skipped[reason] = (skipped[reason] ?? 0) + n;
}

/** Adds `b`'s skip counts to `a`. */
export function addSkips(a: SkipCounts, b: SkipCounts): void {
  for (const [reason, n] of Object.entries(b) as [EmbeddedSkipReason, number][]) countSkip(a, reason, n);
}

/**
 * Encodes one property value for the CSV of a column of `type`; null when absent. A value that
 * cannot be of the column's type is counted and stored as null rather than failing the load.
 */
export function encodeValue(value: unknown, type: PropertyType, skipped: SkipCounts): string | null {
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

/** The tables of a schema: which label or label pair a key names, and their column names. */
export class StoreTables {
  readonly nodeSpecs: Map<string, NodeSpec>;
  readonly relSpecs: Map<string, RelationshipSpec>;
  private readonly keyTypes = new Map<string, PropertyType>();
  private readonly refs = new Map<string, TableRef | null | undefined>();
  private readonly nodeTables = new Map<string, KeyedTable | undefined>();
  private readonly relTables = new Map<string, Map<string, Map<string, KeyedTable | null | undefined>>>();

  constructor(schema: GraphSchema) {
    this.nodeSpecs = new Map(schema.nodes.map((n) => [n.label, n]));
    this.relSpecs = new Map(schema.relationships.map((r) => [r.type, r]));
    for (const n of schema.nodes) this.keyTypes.set(n.label, n.properties.find((p) => p.name === n.key)?.type ?? 'STRING');
  }

  /** Type of a label's key property (STRING when the schema does not list it). */
  keyType(label: string): PropertyType {
    return this.keyTypes.get(label) ?? 'STRING';
  }

  /** The table a key names; null for a relationship pair the schema does not allow, undefined for an unknown label or type. */
  ref(key: string): TableRef | null | undefined {
    if (this.refs.has(key)) return this.refs.get(key);
    const [kind, name, fromLabel, toLabel] = key.split('|');
    let ref: TableRef | null | undefined;
    if (kind === 'N') {
      const spec = this.nodeSpecs.get(name);
      ref = spec ? { kind: 'node', spec } : undefined;
    } else {
      const spec = this.relSpecs.get(name);
      const from = this.nodeSpecs.get(fromLabel);
      const to = this.nodeSpecs.get(toLabel);
      if (!spec) ref = undefined;
      else ref = from && to && spec.from.includes(fromLabel) && spec.to.includes(toLabel) ? { kind: 'rel', spec, from, to } : null;
    }
    this.refs.set(key, ref);
    return ref;
  }

  /** A label's table (undefined when the schema has no such label), looked up without building its key. */
  nodeTable(label: string): KeyedTable | undefined {
    let t = this.nodeTables.get(label);
    if (t === undefined && !this.nodeTables.has(label)) {
      const key = `N|${label}`;
      const ref = this.ref(key);
      t = ref ? { key, ref } : undefined;
      this.nodeTables.set(label, t);
    }
    return t;
  }

  /** A relationship's table by type and endpoint labels: null for a pair the schema does not allow, undefined for an unknown type. */
  relTable(type: string, fromLabel: string, toLabel: string): KeyedTable | null | undefined {
    let byFrom = this.relTables.get(type);
    if (!byFrom) this.relTables.set(type, (byFrom = new Map()));
    let byTo = byFrom.get(fromLabel);
    if (!byTo) byFrom.set(fromLabel, (byTo = new Map()));
    let t = byTo.get(toLabel);
    if (t === undefined && !byTo.has(toLabel)) {
      const key = `R|${type}|${fromLabel}|${toLabel}`;
      const ref = this.ref(key);
      t = ref ? { key, ref } : ref;
      byTo.set(toLabel, t);
    }
    return t;
  }

  /** Column names of a table, in order. */
  columns(ref: TableRef): string[] {
    return ref.kind === 'node' ? ref.spec.properties.map((p) => p.name) : [KEY_FROM, KEY_TO, ...ref.spec.properties.map((p) => p.name)];
  }
}

/**
 * Encodes nodes and relationships into table rows. With `rememberKeys` a node whose key was already
 * encoded is skipped (duplicate-key); without, the caller guarantees distinct keys (a report's own
 * passages) and memory does not grow with them.
 */
export class RowEncoder {
  // Rows gathered per table key since the last take.
  private tables = new Map<string, TableRows>();
  // The bytes `take` gives, kept from one take to the next so its buffer is reused.
  private readonly bytes = new Utf8Builder();
  private skipped: SkipCounts = {};
  private readonly seenKeys = new Map<string, Set<string>>();
  // Endpoint keys are re-encoded per relationship; their type problems are counted with the node.
  private readonly uncounted: SkipCounts = {};
  // Whether a field of the row being encoded holds a line break.
  private rowBreaks = false;

  constructor(
    private readonly schema: StoreTables,
    private readonly options: { rememberKeys: boolean },
  ) {}

  node(attrs: NodeAttributes): void {
    const table = this.schema.nodeTable(attrs.label);
    if (!table || table.ref.kind !== 'node') return countSkip(this.skipped, 'label-not-in-schema');
    const spec = table.ref.spec;
    const id = encodeValue(attrs[spec.key], this.schema.keyType(spec.label), this.skipped);
    if (id === null || id === '') return countSkip(this.skipped, 'missing-key');
    if (this.options.rememberKeys) {
      let keys = this.seenKeys.get(spec.label);
      if (!keys) this.seenKeys.set(spec.label, (keys = new Set()));
      if (keys.has(id)) return countSkip(this.skipped, 'duplicate-key');
      keys.add(id);
    }
    this.rowBreaks = false;
    let line = '';
    const props = spec.properties;
    for (let i = 0; i < props.length; i++) {
      const p = props[i];
      if (i > 0) line += ',';
      line += this.field(p.name === spec.key ? id : encodeValue(attrs[p.name], p.type, this.skipped));
    }
    this.push(table.key, line);
  }

  edge(attrs: EdgeAttributes, sourceAttrs: NodeAttributes, targetAttrs: NodeAttributes): void {
    const table = this.schema.relTable(attrs.type, sourceAttrs.label, targetAttrs.label);
    if (table === undefined) return countSkip(this.skipped, 'type-not-in-schema');
    if (table === null || table.ref.kind !== 'rel') return countSkip(this.skipped, 'pair-not-in-schema');
    const ref = table.ref;
    const fromKey = this.storeKey(ref.from, sourceAttrs);
    const toKey = this.storeKey(ref.to, targetAttrs);
    if (fromKey === null || toKey === null) return countSkip(this.skipped, 'endpoint-skipped');
    this.rowBreaks = false;
    let line = `${this.field(fromKey)},${this.field(toKey)}`;
    for (const p of ref.spec.properties) line += `,${this.field(encodeValue(attrs[p.name], p.type, this.skipped))}`;
    this.push(table.key, line);
  }

  /** Rows encoded since the last call (and what was skipped), all in one buffer; the encoder starts afresh. */
  take(): EncodedRows {
    const spans = this.takeInto(this.bytes);
    return rowsOf(spans, this.bytes.take());
  }

  /**
   * Appends the rows encoded since the last call to `out`, one table after the other, and says
   * where each table's rows lie in what `out.take()` gives next; the encoder starts afresh.
   */
  takeInto(out: Utf8Builder): RowSpans {
    const tables: RowSpans['tables'] = {};
    for (const [key, t] of this.tables) {
      const start = out.length;
      // One write of the joined rows: quicker than one per row (each a rope V8 must flatten).
      out.append(t.lines.join('\n'));
      out.append('\n');
      tables[key] = { rows: t.lines.length, span: [start, out.length], lineBreak: t.lineBreak };
    }
    const spans = { tables, skipped: this.skipped };
    this.tables = new Map();
    this.skipped = {};
    return spans;
  }

  /** Store key of a node (its key property, encoded), or null when the node has none. */
  private storeKey(spec: NodeSpec, attrs: NodeAttributes): string | null {
    const key = encodeValue(attrs[spec.key], this.schema.keyType(spec.label), this.uncounted);
    return key === '' ? null : key;
  }

  /** One CSV field (see `formatCsvField`); notes a line break in it. */
  private field(value: string | null): string {
    if (value === null) return CSV_NULL;
    // One scan for the common case: nothing to escape, no line break.
    if (!NEEDS_CARE.test(value)) return `"${value}"`;
    if (LINE_BREAK.test(value)) this.rowBreaks = true;
    return formatCsvField(value);
  }

  /** Appends a row (its fields, without the line feed) to a table. */
  private push(key: string, fields: string): void {
    let t = this.tables.get(key);
    if (!t) this.tables.set(key, (t = { lines: [], lineBreak: false }));
    t.lines.push(fields);
    if (this.rowBreaks) t.lineBreak = true;
  }
}

/** A table's rows being gathered. */
interface TableRows {
  /** The rows, without their line feeds. */
  lines: string[];
  lineBreak: boolean;
}

/**
 * An encoder for the rows a report owns alone (its passages, their provenance, its report → entity
 * relationships): `encoder.node(attrs)`, `encoder.edge(attrs, sourceAttrs, targetAttrs)`, then
 * `encoder.take()` gives what `EmbeddedStoreWriter.addRows` appends. Pure: runs in a worker.
 */
export function createReportRowEncoder(schema: GraphSchema): RowEncoder {
  return new RowEncoder(new StoreTables(schema), { rememberKeys: false });
}

