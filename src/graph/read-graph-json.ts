// Reads a graph.json (graphology's JSON serialization, as write-graph-json.ts writes it) item by
// item, a chunk of bytes at a time: at tens of thousands of reports the file is longer than the
// longest string V8 can make, so it is never held whole. Each node and edge is parsed on its own.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { KgError } from '../errors.js';
import type { EdgeAttributes, NodeAttributes } from '../types.js';

/** A node as graph.json holds it (`attributes` left out when empty). */
export interface SerializedGraphNode {
  key: string;
  attributes?: NodeAttributes;
}

/** An edge as graph.json holds it. */
export interface SerializedGraphEdge {
  key?: string;
  source: string;
  target: string;
  attributes?: EdgeAttributes;
  undirected?: boolean;
}

/** What to do with each part of the file; `offset` is the item's first byte in the file. */
export interface GraphJsonVisitor {
  /** The top-level `options` value. */
  options?(value: unknown): void;
  /** The top-level `attributes` value (the graph's own attributes). */
  attributes?(value: unknown): void;
  node?(item: SerializedGraphNode, offset: number): void;
  edge?(item: SerializedGraphEdge, offset: number): void;
}

/** Parts of a graph a reader may leave out, so a sink holds only what it uses. */
export interface GraphJsonFilter {
  /** Node labels left out, and with them every edge that has one of their nodes at an end. */
  skipLabels?: Iterable<string>;
  /** Relationship types left out. */
  skipTypes?: Iterable<string>;
}

export interface ReadGraphJsonOptions {
  /** Bytes read at a time. An item longer than this is gathered over several reads. */
  chunkSize?: number;
  /**
   * Stops the reading once aborted (Ctrl-C), with E_INTERRUPTED (the signal's reason when it is a
   * KgError). Checked each time the reader lets the event loop run, every YIELD_BYTES.
   */
  signal?: AbortSignal;
}

export const DEFAULT_READ_GRAPH_JSON: Required<Pick<ReadGraphJsonOptions, 'chunkSize'>> = { chunkSize: 4 << 20 };

/** The reader lets the event loop run after this many bytes, so signals (Ctrl-C) are heard during a long read. */
export const YIELD_BYTES = 1 << 20;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const END = -1;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a parsed value is, for a message. */
function describeValue(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

/** A byte for a message: the character when printable ASCII, else its hex code. */
function describeByte(b: number): string {
  if (b === END) return 'the end of the file';
  return b >= 0x20 && b < 0x7f ? JSON.stringify(String.fromCharCode(b)) : `byte 0x${b.toString(16).padStart(2, '0')}`;
}

/**
 * E_STORE for a file that is not a whole graph.json as kg build writes it: what is wrong and at
 * which byte, and that building again makes a good one. Readers of the items say the same.
 */
export function notABuiltGraph(file: string, offset: number, problem: string, cause?: unknown): KgError {
  return new KgError('E_STORE', `is not a graph written by kg build (at byte ${offset}: ${problem}); build again`, { where: file, cause, detail: { offset } });
}

/**
 * The file's bytes through one growing buffer: `buf[pos..len)` is what has been read and not yet
 * consumed, `base` the file offset of `buf[0]`. While a value is being scanned its first byte is
 * held (`mark`), so refills keep it and the value can be decoded in one piece.
 */
class GraphJsonScanner {
  private buf: Buffer;
  private pos = 0;
  private len = 0;
  private base = 0;
  private eof = false;
  private mark = -1;

  constructor(
    private readonly fd: number,
    private readonly file: string,
    private readonly chunkSize: number,
    private readonly size: number,
  ) {
    // A small file gets a buffer its size, not a whole chunk.
    this.buf = Buffer.allocUnsafe(Math.min(chunkSize, size + 1));
  }

  /** Reads the next chunk after `len`; false at the end of the file. Keeps bytes from `mark` (or `pos`) on. */
  private fill(): boolean {
    if (this.eof) return false;
    const keep = this.mark >= 0 ? this.mark : this.pos;
    // One byte more than the file still holds, so the read that finds its end needs no room.
    const want = Math.min(this.chunkSize, Math.max(0, this.size - this.base - this.len) + 1);
    if (this.buf.length - this.len < want) {
      const live = this.len - keep;
      const target = live + want > this.buf.length ? Buffer.allocUnsafe(Math.max(2 * this.buf.length, live + want)) : this.buf;
      this.buf.copy(target, 0, keep, this.len);
      this.buf = target;
      this.base += keep;
      this.pos -= keep;
      this.len = live;
      if (this.mark >= 0) this.mark = 0;
    }
    let n: number;
    try {
      n = readSync(this.fd, this.buf, this.len, want, this.base + this.len);
    } catch (err) {
      throw new KgError('E_STORE', `could not be read (${(err as Error).message})`, { where: this.file, cause: err });
    }
    if (n === 0) {
      this.eof = true;
      return false;
    }
    this.len += n;
    return true;
  }

  /** File offset of the next unconsumed byte. */
  get offset(): number {
    return this.base + this.pos;
  }

  /** The error of a read stopped by an abort signal: its reason when that is a KgError. */
  interrupted(reason: unknown): KgError {
    if (reason instanceof KgError) return reason;
    return new KgError('E_INTERRUPTED', `stopped while reading, at byte ${this.offset}`, { where: this.file, cause: reason });
  }

  fail(expected: string, found: string, offset = this.offset): KgError {
    return notABuiltGraph(this.file, offset, `expected ${expected}, found ${found}`);
  }

  /** The next byte that is not white space, not consumed; END at the end of the file. */
  peek(): number {
    for (;;) {
      while (this.pos < this.len) {
        const b = this.buf[this.pos];
        if (!isSpace(b)) return b;
        this.pos++;
      }
      if (!this.fill()) return END;
    }
  }

  /** Consumes `byte` (after white space) or throws, naming what was expected. */
  expect(byte: number, expected: string): void {
    const b = this.peek();
    if (b !== byte) throw this.fail(expected, describeByte(b));
    this.pos++;
  }

  /** Consumes one of two bytes and says which. */
  expectEither(a: number, b: number, expected: string): number {
    const c = this.peek();
    if (c !== a && c !== b) throw this.fail(expected, describeByte(c));
    this.pos++;
    return c;
  }

  /**
   * Consumes one JSON value and parses it. Objects and arrays are delimited by counting brackets
   * outside strings; a string ends at the first quote after an even run of backslashes (an odd
   * run escapes it). The bytes of a multi-byte UTF-8 character are never a quote, backslash or
   * bracket, and the value is decoded only once it is whole, so chunks may split anything.
   */
  readValue(what: string): { value: unknown; offset: number } {
    const first = this.peek();
    if (first === END) throw this.fail(what, describeByte(END));
    const offset = this.offset;
    this.mark = this.pos;
    let i = this.pos;
    let buf = this.buf;
    let len = this.len;
    let depth = 0;
    let inString = false;
    let done = false;
    // Scalars end before the next delimiter; objects, arrays and strings at their closing byte.
    const scalar = first !== OPEN_BRACE && first !== OPEN_BRACKET && first !== QUOTE;
    while (!done) {
      if (i >= len) {
        const before = this.mark;
        const more = this.fill();
        i -= before - this.mark;
        buf = this.buf;
        len = this.len;
        if (!more) {
          if (scalar) break;
          this.mark = -1;
          throw this.fail(`the rest of ${what}`, describeByte(END), this.base + len);
        }
      }
      if (inString) {
        // Strings hold most of the bytes (passage texts): jump to the next quote.
        const q = buf.indexOf(QUOTE, i);
        if (q < 0 || q >= len) {
          i = len;
          continue;
        }
        // The bytes from `mark` on are all in the buffer, and the run stops at the opening quote at the latest.
        let k = q - 1;
        while (buf[k] === BACKSLASH) k--;
        i = q + 1;
        if ((q - 1 - k) % 2 === 0) {
          inString = false;
          if (depth === 0) done = true;
        }
        continue;
      }
      const b = buf[i++];
      if (scalar) {
        if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || b === COLON || b === QUOTE || isSpace(b)) {
          i--;
          done = true;
        }
      } else if (b === QUOTE) inString = true;
      else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
      else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) done = true;
      }
    }
    const start = this.mark;
    this.mark = -1;
    this.pos = i;
    const text = this.buf.toString('utf8', start, i);
    try {
      return { value: JSON.parse(text), offset };
    } catch (err) {
      throw this.fail(what, `text that is not JSON (${(err as Error).message})`, offset);
    }
  }
}

function checkNode(scanner: GraphJsonScanner, item: unknown, offset: number): SerializedGraphNode {
  const expected = 'a node ({"key":"…","attributes":{…}})';
  if (!isPlainObject(item)) throw scanner.fail(expected, describeValue(item), offset);
  if (typeof item.key !== 'string') throw scanner.fail(expected, `a node whose "key" is ${describeValue(item.key)}`, offset);
  if ('attributes' in item && !isPlainObject(item.attributes)) {
    throw scanner.fail(expected, `node ${item.key} with attributes that are ${describeValue(item.attributes)}`, offset);
  }
  return item as unknown as SerializedGraphNode;
}

function checkEdge(scanner: GraphJsonScanner, item: unknown, offset: number): SerializedGraphEdge {
  const expected = 'an edge ({"key":"…","source":"…","target":"…","attributes":{…}})';
  if (!isPlainObject(item)) throw scanner.fail(expected, describeValue(item), offset);
  for (const field of ['source', 'target'] as const) {
    if (typeof item[field] !== 'string') throw scanner.fail(expected, `an edge whose "${field}" is ${describeValue(item[field])}`, offset);
  }
  if ('key' in item && typeof item.key !== 'string') throw scanner.fail(expected, `an edge whose "key" is ${describeValue(item.key)}`, offset);
  if ('attributes' in item && !isPlainObject(item.attributes)) {
    throw scanner.fail(expected, `edge ${String(item.key)} with attributes that are ${describeValue(item.attributes)}`, offset);
  }
  return item as unknown as SerializedGraphEdge;
}

/** Lets the event loop run (signal handlers, timers), then stops if `signal` was aborted meanwhile. */
async function pause(scanner: GraphJsonScanner, signal: AbortSignal | undefined): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (signal?.aborted) throw scanner.interrupted(signal.reason);
}

/** Reads the items of the `nodes` or `edges` list, the opening bracket not yet consumed. */
async function readList(scanner: GraphJsonScanner, list: 'nodes' | 'edges', visitor: GraphJsonVisitor, signal: AbortSignal | undefined): Promise<void> {
  const one = list === 'nodes' ? 'a node' : 'an edge';
  scanner.expect(OPEN_BRACKET, `"[" to open the ${list} list`);
  if (scanner.peek() === CLOSE_BRACKET) {
    scanner.expect(CLOSE_BRACKET, '"]"');
    return;
  }
  let nextPause = scanner.offset + YIELD_BYTES;
  for (;;) {
    if (scanner.offset >= nextPause) {
      await pause(scanner, signal);
      nextPause = scanner.offset + YIELD_BYTES;
    }
    const { value, offset } = scanner.readValue(`${one} in the ${list} list`);
    if (list === 'nodes') {
      const item = checkNode(scanner, value, offset);
      visitor.node?.(item, offset);
    } else {
      const item = checkEdge(scanner, value, offset);
      visitor.edge?.(item, offset);
    }
    if (scanner.expectEither(COMMA, CLOSE_BRACKET, `"," or "]" after ${one} in the ${list} list`) === CLOSE_BRACKET) return;
  }
}

/**
 * Reads `file` as a serialized graph, handing each part to `visitor` in file order. Throws
 * E_STORE_MISSING when the file does not exist and E_STORE (with the byte offset) when it is not a
 * whole graph.json; errors thrown by the visitor pass through. Asynchronous only to let the event
 * loop run now and then (see `signal`): the file is read with synchronous calls.
 * @example await readGraphJson('out/graph.json', { node: (n) => count++ })
 */
export async function readGraphJson(file: string, visitor: GraphJsonVisitor, options: ReadGraphJsonOptions = {}): Promise<void> {
  const chunkSize = options.chunkSize ?? DEFAULT_READ_GRAPH_JSON.chunkSize;
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) {
    throw new KgError('E_USAGE', `expected a positive whole number of bytes, found ${chunkSize}`, { where: 'readGraphJson chunkSize' });
  }
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new KgError('E_STORE_MISSING', 'no such file', { where: file, cause: err });
    throw new KgError('E_STORE', `could not be read (${(err as Error).message})`, { where: file, cause: err });
  }
  try {
    const scanner = new GraphJsonScanner(fd, file, chunkSize, fstatSync(fd).size);
    if (options.signal?.aborted) throw scanner.interrupted(options.signal.reason);
    scanner.expect(OPEN_BRACE, '"{" (a graph.json starts with {"options":…)');
    if (scanner.peek() === CLOSE_BRACE) scanner.expect(CLOSE_BRACE, '"}"');
    else {
      for (;;) {
        const { value: name, offset } = scanner.readValue('a property name of the graph');
        if (typeof name !== 'string') throw scanner.fail('a property name in quotes', JSON.stringify(name), offset);
        scanner.expect(COLON, `":" after "${name}"`);
        if (name === 'nodes' || name === 'edges') await readList(scanner, name, visitor, options.signal);
        else {
          const { value } = scanner.readValue(`the value of "${name}"`);
          if (name === 'options') visitor.options?.(value);
          else if (name === 'attributes') visitor.attributes?.(value);
        }
        if (scanner.expectEither(COMMA, CLOSE_BRACE, `"," or "}" after the value of "${name}"`) === CLOSE_BRACE) break;
      }
    }
    const rest = scanner.peek();
    if (rest !== END) throw scanner.fail('the end of the file after the closing "}"', describeByte(rest));
  } finally {
    closeSync(fd);
  }
}
