// `kg build`: the whole pipeline. Extracts every input, builds the graph, and writes OUT/graph.json,
// OUT/reports/*.json, the embedded store and OUT/manifest.json. Everything is written to a fresh
// folder beside OUT and swapped in at the end, so an interrupted or failed build leaves the
// previous OUT intact. With `jobs` > 1 extraction runs in worker threads; the graph is built here,
// in input order, so the output does not depend on the number of jobs.
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { addExtraction } from '../graph/add-extraction.js';
import { createGraph, type KgGraph } from '../graph/kg-graph.js';
import { loadOntology } from '../ontology/load-ontology.js';
import type { Ontology } from '../ontology/types.js';
import type { FileResult } from '../types.js';
import { getExtractContext } from './create-context.js';
import { extractPaths } from './extract-paths.js';
import { createExtractPool, type ExtractPool } from './parallel/create-extract-pool.js';
import { summarizeGraph, type GraphCounts } from './summarize-graph.js';
import { writeReportJson, reportFileName } from './write-report-json.js';

export interface BuildOptions {
  out: string;
  ontologyDir?: string;
  /** Write the embedded store (default true). */
  store?: boolean;
  /** Worker threads extracting in parallel (default 1: extraction runs in this thread). */
  jobs?: number;
  /** Files in flight at most (default 8 × jobs): bounds memory whatever the size of the batch. */
  window?: number;
  onFile?(result: FileResult, done: number): void;
  /** Called when a stage starts (for progress display). */
  onStage?(stage: string): void;
  /**
   * Once aborted (Ctrl-C), the build stops after the file in hand, or before the next stage, and
   * throws the signal's reason (E_INTERRUPTED): the temporary folder is removed, OUT is left as it was.
   */
  signal?: AbortSignal;
  /** Writes the embedded store into a folder (injected so the pipeline does not depend on a store). */
  writeStore?(graph: KgGraph, ontology: Ontology, dir: string): Promise<Record<string, unknown>>;
  /** Checks that OUT's existing store is not held by another process (throws StoreError). */
  checkStoreWritable?(dir: string): Promise<void>;
}

export interface ManifestInput {
  file: string;
  status: FileResult['status'];
  report?: string;
  reportFile?: string;
  issuer?: string | null;
  code?: string;
  message?: string;
  duplicateOf?: string;
  /** Doubts about a built report (e.g. a second issuer named in the text). */
  warnings?: string[];
}

export interface BuildManifest {
  tool: { name: string; version: string };
  startedAt: string;
  finishedAt: string;
  inputs: ManifestInput[];
  counts: {
    files: number;
    ok: number;
    failed: number;
    duplicates: number;
  } & GraphCounts;
  timings: Record<string, number>;
  /**
   * Extraction workers used (1: in the main thread), the peak resident memory of the build (main
   * thread and workers: one process), and the memory in use at the end of each stage.
   */
  resources: { jobs: number; peakRssBytes: number; afterStage: Record<string, { rssBytes: number; heapUsedBytes: number }> };
  store: Record<string, unknown> | null;
  errors: { file: string; code: string; message: string }[];
}

export interface BuildResult {
  manifest: BuildManifest;
  graph: KgGraph;
  outDir: string;
}

const VERSION = '0.1.0';

/** Builds the graph of `paths` into `options.out`. */
export async function runBuild(paths: string[], options: BuildOptions): Promise<BuildResult> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const outDir = resolve(options.out);
  if (options.checkStoreWritable && existsSync(outDir)) await options.checkStoreWritable(outDir);
  const work = join(dirname(outDir), `.${basename(outDir)}.partial-${process.pid}`);
  await rm(work, { recursive: true, force: true });
  await mkdir(join(work, 'reports'), { recursive: true });
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const timings: Record<string, number> = {};
  const graph = createGraph();
  const inputs: ManifestInput[] = [];
  const usedNames = new Set<string>();
  const writes = createWriteQueue();
  let pool: ExtractPool | undefined;
  const afterStage: BuildManifest['resources']['afterStage'] = {};
  const noteMemory = (stage: string) => {
    const m = process.memoryUsage();
    afterStage[stage] = { rssBytes: m.rss, heapUsedBytes: m.heapUsed };
  };

  try {
    const tSetup = performance.now();
    let ontology: Ontology;
    if (jobs > 1) {
      // The workers load jieba and the division index; this thread needs only the ontology,
      // loaded while they start.
      const starting = createExtractPool({ jobs, ontologyDir: options.ontologyDir });
      try {
        ontology = loadOntology(options.ontologyDir);
      } finally {
        pool = await starting;
      }
    } else ontology = getExtractContext({ ontologyDir: options.ontologyDir }).ontology;
    timings.setupMs = Math.round(performance.now() - tSetup);

    options.onStage?.('extract');
    const tExtract = performance.now();
    const stream = extractPaths(paths, { ontologyDir: options.ontologyDir, onFile: options.onFile, pool, window: options.window });
    for await (const r of stream) {
      options.signal?.throwIfAborted();
      if (r.status === 'ok') {
        addExtraction(graph, r.extraction);
        const name = reportFileName(r.extraction, usedNames);
        await writes.add(writeReportJson(join(work, 'reports', name), r.extraction));
        const input: ManifestInput = { file: r.file, status: 'ok', report: r.extraction.id, reportFile: `reports/${name}`, issuer: r.extraction.issuer?.name ?? null };
        if (r.warnings.length > 0) input.warnings = r.warnings;
        inputs.push(input);
      } else if (r.status === 'duplicate') {
        inputs.push({ file: r.file, status: 'duplicate', code: r.code, message: r.message, duplicateOf: r.duplicateOf });
      } else {
        inputs.push({ file: r.file, status: 'failed', code: r.code, message: r.message });
      }
    }
    await writes.flush();
    if (pool) {
      // Time the workers waited for this thread (graph, report JSON): the limit of more jobs.
      timings.workersIdleMs = pool.idleMs();
      await pool.close();
    }
    timings.extractMs = Math.round(performance.now() - tExtract);
    noteMemory('extract');

    options.signal?.throwIfAborted();
    options.onStage?.('graph');
    const tGraph = performance.now();
    await writeGraphJson(join(work, 'graph.json'), graph);
    timings.graphJsonMs = Math.round(performance.now() - tGraph);
    noteMemory('graph');

    let store: Record<string, unknown> | null = null;
    if (options.store !== false && options.writeStore) {
      options.signal?.throwIfAborted();
      options.onStage?.('store');
      const tStore = performance.now();
      store = await options.writeStore(graph, ontology, work);
      timings.storeMs = Math.round(performance.now() - tStore);
      noteMemory('store');
    }

    const counts = summarizeGraph(graph);
    const failed = inputs.filter((i) => i.status === 'failed');
    timings.totalMs = Math.round(performance.now() - t0);
    const manifest: BuildManifest = {
      tool: { name: 'fazhi-kg', version: VERSION },
      startedAt,
      finishedAt: new Date().toISOString(),
      inputs,
      counts: {
        files: inputs.length,
        ok: inputs.filter((i) => i.status === 'ok').length,
        failed: failed.length,
        duplicates: inputs.filter((i) => i.status === 'duplicate').length,
        ...counts,
      },
      timings,
      resources: { jobs, peakRssBytes: process.resourceUsage().maxRSS * 1024, afterStage },
      store,
      errors: failed.map((f) => ({ file: f.file, code: f.code!, message: f.message! })),
    };
    await writeFile(join(work, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    // The last moment to honour Ctrl-C: after the swap the new build is in place.
    options.signal?.throwIfAborted();
    await swapInto(work, outDir);
    return { manifest, graph, outDir };
  } catch (err) {
    await pool?.close();
    await writes.flush().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
    throw err;
  }
}

/** Report JSON writes in flight at most: the next reports are built while these reach the disk. */
const WRITES_IN_FLIGHT = 32;

/** A bounded set of pending file writes; the first failure is thrown by the next add or flush. */
function createWriteQueue() {
  let pending: Promise<void>[] = [];
  let failure: unknown;
  const flush = async () => {
    const batch = pending;
    pending = [];
    await Promise.all(batch);
    if (failure !== undefined) throw failure;
  };
  return {
    async add(write: Promise<void>) {
      pending.push(write.catch((err) => void (failure ??= err)));
      if (pending.length >= WRITES_IN_FLIGHT) await flush();
    },
    flush,
  };
}

/** graphology's isEmpty: whether the attributes object has any key. */
function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/** Characters gathered before a write to graph.json. */
const GRAPH_JSON_CHUNK = 1 << 20;

/**
 * Writes `JSON.stringify(graph.export())` to `file` piece by piece: the same bytes, without ever
 * holding the whole serialization (which, for tens of thousands of reports, exceeds the longest
 * string V8 can make). Synchronous writes of 1 MB chunks: nothing else runs during this stage, and
 * the iteration needs no object or promise per node or edge.
 */
export async function writeGraphJson(file: string, graph: KgGraph): Promise<void> {
  const fd = openSync(file, 'w');
  const write = (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    // write(2) may take fewer bytes than offered: loop until all are on their way.
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  };
  try {
    let buffer = '';
    const push = (text: string) => {
      buffer += text;
      if (buffer.length >= GRAPH_JSON_CHUNK) {
        write(buffer);
        buffer = '';
      }
    };
    const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
    push(`{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`);
    // The same shapes as graphology's serializeNode/serializeEdge: attributes only when not empty.
    let first = true;
    graph.forEachNode((key, attributes) => {
      const attrs = hasKeys(attributes) ? `,"attributes":${JSON.stringify(attributes)}` : '';
      push(`${first ? '' : ','}{"key":${JSON.stringify(key)}${attrs}}`);
      first = false;
    });
    push('],"edges":[');
    first = true;
    const mixed = graph.type === 'mixed';
    graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
      const attrs = hasKeys(attributes) ? `,"attributes":${JSON.stringify(attributes)}` : '';
      const flag = mixed && undirected ? ',"undirected":true' : '';
      push(`${first ? '' : ','}{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}${attrs}${flag}}`);
      first = false;
    });
    push(']}');
    if (buffer) write(buffer);
  } finally {
    closeSync(fd);
  }
}

/** Replaces `outDir` by `work` with two renames, so OUT is never half-written. */
async function swapInto(work: string, outDir: string): Promise<void> {
  const old = `${work}.old`;
  await mkdir(dirname(outDir), { recursive: true });
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(work, outDir);
  await rm(old, { recursive: true, force: true });
}
