// Sorts more rows than memory should hold. Each SpillSorter buffers its rows; when the rows of all
// the sorters of one SpillPool outgrow the pool's budget, the largest buffers are sorted and written
// to disk as runs (lines of JSON arrays of rows, in a temporary folder). Reading a sorter merges its
// runs and the rows still in memory, in key order: the order one stable sort of all its rows, in the
// order they were added, would give. A sorter that never spilled gives its sorted array, with no
// disk at all. Rows go through JSON: strings, finite numbers (−0 reads back as 0), booleans, null,
// arrays and plain objects.
import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KgError } from '../errors.js';
import { BufferedFileWriter } from './buffered-file-writer.js';

/** Rows in order, to read once or many times: an array, or rows merged from disk. */
export interface RowSequence<T> extends Iterable<T> {
  readonly length: number;
}

export interface SpillPoolOptions {
  /** Estimated bytes of rows kept in memory before the largest buffers go to disk. */
  budgetBytes: number;
  /** Where the temporary folder goes (default: the system's, `TMPDIR`). */
  dir?: string;
}

/** Rows a line of a run file holds (a JSON array). */
const ROWS_PER_LINE = 256;

/** Bytes a run file is read by. */
const READ_CHUNK = 1 << 20;

/** The heap a value takes, roughly: what a buffer of rows is budgeted by. */
export function estimateBytes(value: unknown): number {
  if (typeof value === 'string') return 16 + 2 * value.length;
  if (typeof value !== 'object' || value === null) return 8;
  let n = 32;
  if (Array.isArray(value)) for (const v of value) n += 8 + estimateBytes(v);
  else for (const k in value) n += 16 + estimateBytes((value as Record<string, unknown>)[k]);
  return n;
}

export class SpillPool {
  private readonly sorters: SpillSorter<unknown>[] = [];
  private readonly options: SpillPoolOptions;
  private folder: string | null = null;
  private runs = 0;
  private readonly removeOnExit = () => this.release();
  /** Estimated bytes of the rows the sorters hold. */
  used = 0;

  constructor(options: SpillPoolOptions) {
    this.options = options;
  }

  /** A new sorter of rows `keyOf` orders (by string comparison). */
  sorter<T>(keyOf: (row: T) => string): SpillSorter<T> {
    const s = new SpillSorter<T>(this, keyOf);
    this.sorters.push(s as SpillSorter<unknown>);
    return s;
  }

  /** Runs written so far. */
  get spilledRuns(): number {
    return this.runs;
  }

  /** Removes the temporary folder and its runs (sequences read from them can no longer be read). */
  release(): void {
    if (this.folder === null) return;
    rmSync(this.folder, { recursive: true, force: true });
    this.folder = null;
    process.off('exit', this.removeOnExit);
  }

  /** Spills the largest buffers until the rows in memory take half the budget. */
  fit(): void {
    if (this.used <= this.options.budgetBytes) return;
    while (this.used > this.options.budgetBytes / 2) {
      let largest: SpillSorter<unknown> | null = null;
      for (const s of this.sorters) if (s.spillable && (!largest || s.bufferedBytes > largest.bufferedBytes)) largest = s;
      if (!largest) return;
      largest.spill();
    }
  }

  /** The path of a new run file. */
  nextRunPath(): string {
    if (this.folder === null) {
      const parent = this.options.dir ?? tmpdir();
      try {
        mkdirSync(parent, { recursive: true });
        this.folder = mkdtempSync(join(parent, 'fazhi-kg-rows-'));
      } catch (err) {
        throw spillError(parent, err);
      }
      // Runs are temporary whatever happens: removed when the process ends, if not before.
      process.on('exit', this.removeOnExit);
    }
    return join(this.folder, `run-${this.runs++}.jsonl`);
  }
}

/** E_TEMP naming the place, with what to do. */
function spillError(where: string, err: unknown): KgError {
  return new KgError('E_TEMP', `could not write rows sorted on disk (${(err as Error).message}); free space there or set TMPDIR to a larger disk`, {
    where,
    cause: err,
  });
}

export class SpillSorter<T> {
  private buffer: T[] = [];
  /** Paths of the runs written, in order. */
  private readonly runs: string[] = [];
  private count = 0;
  private finished = false;
  /** Estimated bytes of the rows in memory. */
  bufferedBytes = 0;

  constructor(
    private readonly pool: SpillPool,
    private readonly keyOf: (row: T) => string,
  ) {}

  /** Adds a row that takes about `bytes` of heap (see estimateBytes). */
  add(row: T, bytes: number): void {
    if (this.finished) throw new Error('SpillSorter: add after finish');
    this.buffer.push(row);
    this.count++;
    this.bufferedBytes += bytes;
    this.pool.used += bytes;
    this.pool.fit();
  }

  /** Whether rows wait in memory that a spill would write (a finished sorter's stay). */
  get spillable(): boolean {
    return !this.finished && this.buffer.length > 0;
  }

  /** Writes the buffer, sorted, as a run. */
  spill(): void {
    if (!this.spillable) return;
    const sorted = this.sortBuffer();
    const path = this.pool.nextRunPath();
    try {
      const out = new BufferedFileWriter(path);
      try {
        // Rows in lines of ROWS_PER_LINE, each line a JSON array: one stringify and one parse a line,
        // quicker than one a row.
        for (let i = 0; i < sorted.length; i += ROWS_PER_LINE) out.write(`${JSON.stringify(sorted.slice(i, i + ROWS_PER_LINE))}\n`);
      } finally {
        out.close();
      }
    } catch (err) {
      throw spillError(path, err);
    }
    this.runs.push(path);
    this.buffer = [];
    this.pool.used -= this.bufferedBytes;
    this.bufferedBytes = 0;
  }

  /** The rows in key order. No row may be added after. */
  finish(): RowSequence<T> {
    this.finished = true;
    const memory = this.sortBuffer();
    this.buffer = memory;
    if (this.runs.length === 0) return memory;
    const runs = [...this.runs];
    const keyOf = this.keyOf;
    return {
      length: this.count,
      [Symbol.iterator]: () => mergeRuns<T>([...runs.map((path) => readRun<T>(path)), memory[Symbol.iterator]()], keyOf),
    };
  }

  /** The buffer sorted by key, stably (each key computed once). */
  private sortBuffer(): T[] {
    const keyOf = this.keyOf;
    const keyed = this.buffer.map((row, i) => ({ key: keyOf(row), i, row }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
    return keyed.map((k) => k.row);
  }
}

/** The rows of a run file, a JSON array of rows a line. */
function* readRun<T>(path: string): Generator<T> {
  const fd = openSync(path, 'r');
  try {
    let buf = Buffer.allocUnsafe(READ_CHUNK);
    let have = 0;
    for (;;) {
      if (have === buf.length) {
        // A line longer than the buffer: a larger one.
        const larger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(larger, 0, 0, have);
        buf = larger;
      }
      const n = readSync(fd, buf, have, buf.length - have, null);
      const end = have + n;
      let start = 0;
      // A line feed byte is never inside a UTF-8 sequence, nor inside JSON text (escaped there).
      for (let nl = buf.indexOf(10, start); nl >= 0 && nl < end; nl = buf.indexOf(10, start)) {
        yield* JSON.parse(buf.toString('utf8', start, nl)) as T[];
        start = nl + 1;
      }
      if (n === 0) {
        if (start < end) throw new Error(`${path}: a run ends inside a line`);
        return;
      }
      buf.copy(buf, 0, start, end);
      have = end - start;
    }
  } finally {
    closeSync(fd);
  }
}

/** Merges sorted sources by key; of equal keys, the earlier source's rows come first. */
function* mergeRuns<T>(sources: Iterator<T>[], keyOf: (row: T) => string): Generator<T> {
  // A binary heap of the sources' next rows, ordered by (key, source index).
  const heap: { key: string; source: number; row: T }[] = [];
  const less = (a: (typeof heap)[number], b: (typeof heap)[number]) => (a.key < b.key ? true : a.key > b.key ? false : a.source < b.source);
  const push = (item: (typeof heap)[number]) => {
    let i = heap.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  };
  const siftDown = () => {
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < heap.length && less(heap[l], heap[min])) min = l;
      if (r < heap.length && less(heap[r], heap[min])) min = r;
      if (min === i) return;
      [heap[i], heap[min]] = [heap[min], heap[i]];
      i = min;
    }
  };
  const next = (source: number) => {
    const it = sources[source].next();
    return it.done ? null : { key: keyOf(it.value), source, row: it.value };
  };
  try {
    sources.forEach((_, i) => {
      const item = next(i);
      if (item) push(item);
    });
    while (heap.length > 0) {
      const top = heap[0];
      yield top.row;
      const item = next(top.source);
      if (item) heap[0] = item;
      else {
        const last = heap.pop()!;
        if (heap.length === 0) break;
        heap[0] = last;
      }
      siftDown();
    }
  } finally {
    // A reader that stops early closes the run files.
    for (const s of sources) s.return?.();
  }
}
