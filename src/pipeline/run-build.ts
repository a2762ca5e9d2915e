// `kg build`: the whole pipeline. Extracts every input, builds the graph, and writes OUT/graph.json,
// OUT/reports/*.json, the embedded store and OUT/manifest.json. Everything is written to a fresh
// folder beside OUT and swapped in at the end, so an interrupted or failed build leaves the
// previous OUT intact. Extraction runs in worker threads (with `jobs` > 1, or `workers`), each report
// serialized where it is extracted; the graph is merged here, in input order, so the output does
// not depend on the number of jobs.
import { existsSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { mergeSharedElements } from '../graph/add-extraction.js';
import { createGraph, type KgGraph } from '../graph/kg-graph.js';
import { loadOntology } from '../ontology/load-ontology.js';
import type { Ontology } from '../ontology/types.js';
import { createGraphJsonWriter, type GraphJsonWriter } from '../graph/write-graph-json.js';
import type { EncodedRows } from '../store/embedded/csv-rows.js';
import type { FileResult } from '../types.js';
import { getExtractContext } from './create-context.js';
import { extractPaths } from './extract-paths.js';
import { createExtractPool, type ExtractPool } from './parallel/create-extract-pool.js';
import { threadCpuMs } from './parallel/thread-cpu.js';
import { addCounts, addCountsInto, summarizeGraph, type GraphCounts } from './summarize-graph.js';
import { reportFileName } from './write-report-json.js';

export interface BuildOptions {
  out: string;
  ontologyDir?: string;
  /** Write the embedded store (default true). */
  store?: boolean;
  /** Extraction jobs: worker threads extracting in parallel (default 1). */
  jobs?: number;
  /**
   * Extract in worker threads even with one job (default: only with more than one; see
   * `extractsInWorkers`). Needs the compiled worker in dist/.
   */
  workers?: boolean;
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
  /**
   * Opens the embedded store of a folder for writing (injected so the pipeline does not depend on a
   * store): it receives each report's own elements as they come, and the shared graph at the end.
   */
  openStore?(ontology: Ontology, dir: string): Promise<BuildStoreWriter>;
  /** Checks that OUT's existing store is not held by another process (throws StoreError). */
  checkStoreWritable?(dir: string): Promise<void>;
}

/** Where a build writes its store (see `EmbeddedStoreWriter`). */
export interface BuildStoreWriter {
  /** Appends a report's own rows (`ReportOutput.storeRows`). */
  addRows(rows: EncodedRows): void;
  finish(graph: KgGraph): Promise<Record<string, unknown>>;
  abort(): void;
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
   * Extraction jobs and whether they ran in worker threads (else in the main thread), the peak resident memory of the build (main
   * thread and workers: one process), and the memory in use at the end of each stage.
   */
  resources: { jobs: number; workers: boolean; peakRssBytes: number; afterStage: Record<string, { rssBytes: number; heapUsedBytes: number }> };
  store: Record<string, unknown> | null;
  errors: { file: string; code: string; message: string }[];
}

export interface BuildResult {
  manifest: BuildManifest;
  /**
   * The elements reports share: reports, administrative units, entities and the relations between
   * them. Passages and per-mention provenance are streamed to OUT/graph.json and the store, not
   * kept in memory: `readBuiltGraph(outDir)` reads the whole graph back.
   */
  shared: KgGraph;
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
  const shared = createGraph();
  const inputs: ManifestInput[] = [];
  const usedNames = new Set<string>();
  // Report id → the input built as it.
  const builtIds = new Map<string, string>();
  let pool: ExtractPool | undefined;
  let graphJson: GraphJsonWriter | undefined;
  let store: BuildStoreWriter | undefined;
  const afterStage: BuildManifest['resources']['afterStage'] = {};
  const noteMemory = (stage: string) => {
    const m = process.memoryUsage();
    afterStage[stage] = { rssBytes: m.rss, heapUsedBytes: m.heapUsed };
  };

  try {
    const tSetup = performance.now();
    let ontology: Ontology;
    // Each report's JSON, graph.json items and store rows are written where it is extracted.
    const serialize = { store: options.store !== false && options.openStore !== undefined };
    if (jobs > 1 || options.workers === true) {
      // The workers load jieba and the division index; this thread needs only the ontology,
      // loaded while they start.
      const starting = createExtractPool({ jobs, ontologyDir: options.ontologyDir, serialize });
      try {
        ontology = loadOntology(options.ontologyDir);
      } finally {
        pool = await starting;
      }
    } else ontology = getExtractContext({ ontologyDir: options.ontologyDir }).ontology;
    graphJson = createGraphJsonWriter(join(work, 'graph.json'));
    if (options.store !== false && options.openStore) store = await options.openStore(ontology, work);
    timings.setupMs = Math.round(performance.now() - tSetup);

    options.onStage?.('extract');
    const tExtract = performance.now();
    const cpuExtract = process.cpuUsage();
    const mainCpuExtract = threadCpuMs();
    const owned: GraphCounts = { nodes: {}, relationships: {} };
    const stream = extractPaths(paths, { ontologyDir: options.ontologyDir, onFile: options.onFile, pool, window: options.window, serialize });
    for await (const r of stream) {
      options.signal?.throwIfAborted();
      if (r.status === 'ok' && builtIds.has(r.extraction.id)) {
        // Ids are the first 64 bits of the content hash, and same-content files are already set
        // aside as duplicates: only a hash collision gets here. Its elements would clash.
        inputs.push({ file: r.file, status: 'duplicate', code: 'E_DUPLICATE', message: `${r.file}: same report id (${r.extraction.id}) as ${builtIds.get(r.extraction.id)}; built once`, duplicateOf: builtIds.get(r.extraction.id)! });
        if (r.output?.receipt !== undefined) pool?.settle(r.output.receipt, false);
      } else if (r.status === 'ok') {
        builtIds.set(r.extraction.id, r.file);
        const output = r.output!;
        // The shared part is merged here; the report's own elements are appended as serialized.
        mergeSharedElements(shared, output.shared);
        if (output.receipt !== undefined) pool?.settle(output.receipt, true);
        graphJson.appendRaw(output.graphNodes, output.graphEdges);
        if (store && output.storeRows) store.addRows(output.storeRows);
        addCountsInto(owned, output.counts);
        const name = reportFileName(r.extraction, usedNames);
        // Synchronous: a report's JSON is small, and an async write costs this thread more than the copy.
        writeFileSync(join(work, 'reports', name), output.reportJson);
        const input: ManifestInput = { file: r.file, status: 'ok', report: r.extraction.id, reportFile: `reports/${name}`, issuer: r.extraction.issuer?.name ?? null };
        if (r.warnings.length > 0) input.warnings = r.warnings;
        inputs.push(input);
      } else if (r.status === 'duplicate') {
        inputs.push({ file: r.file, status: 'duplicate', code: r.code, message: r.message, duplicateOf: r.duplicateOf });
      } else {
        inputs.push({ file: r.file, status: 'failed', code: r.code, message: r.message });
      }
    }
    if (pool) {
      // Time the workers waited for this thread (graph, report JSON): the limit of more jobs.
      timings.workersIdleMs = pool.idleMs();
      await pool.close();
    }
    timings.extractMs = Math.round(performance.now() - tExtract);
    // CPU time of the whole process (all threads, the garbage collector's too) during extraction,
    // and where it went: this thread, the workers; the rest ran on the runtime's own threads
    // (garbage collection, JIT compilation, file I/O).
    const cpu = process.cpuUsage(cpuExtract);
    timings.extractCpuMs = Math.round((cpu.user + cpu.system) / 1000);
    const mainCpu = threadCpuMs();
    if (mainCpu !== null && mainCpuExtract !== null) timings.extractMainThreadCpuMs = Math.round(mainCpu - mainCpuExtract);
    const workersCpu = pool ? pool.workersCpuMs() : 0;
    if (workersCpu !== null) timings.extractWorkersCpuMs = workersCpu;
    noteMemory('extract');

    options.signal?.throwIfAborted();
    options.onStage?.('graph');
    const tGraph = performance.now();
    graphJson.finish(shared);
    timings.graphJsonMs = Math.round(performance.now() - tGraph);
    noteMemory('graph');

    let storeStats: Record<string, unknown> | null = null;
    if (store) {
      options.signal?.throwIfAborted();
      options.onStage?.('store');
      const tStore = performance.now();
      storeStats = await store.finish(shared);
      store = undefined;
      timings.storeMs = Math.round(performance.now() - tStore);
      noteMemory('store');
    }

    const counts = addCounts(summarizeGraph(shared), owned);
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
      resources: { jobs, workers: pool !== undefined, peakRssBytes: process.resourceUsage().maxRSS * 1024, afterStage },
      store: storeStats,
      errors: failed.map((f) => ({ file: f.file, code: f.code!, message: f.message! })),
    };
    await writeFile(join(work, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    // The last moment to honour Ctrl-C: after the swap the new build is in place.
    options.signal?.throwIfAborted();
    await swapInto(work, outDir);
    return { manifest, shared, outDir };
  } catch (err) {
    await pool?.close();
    graphJson?.abort();
    store?.abort();
    await rm(work, { recursive: true, force: true });
    throw err;
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
