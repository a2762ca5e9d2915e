// The project's graph-store interface: what `kg query` and the query pack need from any engine
// (the embedded Kùzu store, Neo4j, or a fork such as LadybugDB), plus row value conversion.

/** Cypher dialect a store speaks; the query pack picks the text to send by it. */
export type QueryDialect = 'neo4j' | 'kuzu';

/** One result row: column name → plain JSON-friendly value. */
export type StoreRow = Record<string, unknown>;

/** A graph store that answers Cypher. Parameters are always bound, never spliced into the text. */
export interface GraphStore {
  /** Dialect of the engine behind the store; named queries use it to pick their text (default neo4j). */
  readonly dialect?: QueryDialect;
  /** Runs one Cypher statement with bound parameters and returns its rows as plain values. */
  query(cypher: string, params?: Record<string, unknown>): Promise<StoreRow[]>;
  /** Releases the store; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Turns an engine value into a plain JSON-friendly one: bigints become numbers (strings beyond
 * 2^53, so nothing is silently rounded), dates become ISO strings, lists and maps are converted
 * element by element, and integer objects of drivers (`toNumber`/`inSafeRange`) become numbers.
 * @example toPlainValue(42n) === 42
 */
export function toPlainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (typeof value !== 'object') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map(toPlainValue);
  const integerLike = value as { toNumber?: unknown; inSafeRange?: unknown; toString(): string };
  if (typeof integerLike.toNumber === 'function' && typeof integerLike.inSafeRange === 'function') {
    return (integerLike.inSafeRange as () => boolean)()
      ? (integerLike.toNumber as () => number)()
      : integerLike.toString();
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlainValue(v);
  return out;
}

/** Converts every value of a result row with {@link toPlainValue}, keeping the column order. */
export function toPlainRow(row: Record<string, unknown>): StoreRow {
  const out: StoreRow = {};
  for (const [k, v] of Object.entries(row)) out[k] = toPlainValue(v);
  return out;
}
