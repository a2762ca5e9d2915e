// `kg build`: the whole pipeline. Extracts every input, builds the graph, and writes OUT/graph.json,
// OUT/reports/*.json, the embedded store and OUT/manifest.json. Everything is written to a fresh
// folder beside OUT and swapped in at the end, so an interrupted or failed build leaves the
// previous OUT intact.
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { addExtraction } from '../graph/add-extraction.js';
import { createGraph, type KgGraph } from '../graph/kg-graph.js';
import type { Ontology } from '../ontology/types.js';
import type { FileResult } from '../types.js';
import { getExtractContext } from './create-context.js';
import { extractPaths } from './extract-paths.js';
import { summarizeGraph, type GraphCounts } from './summarize-graph.js';
import { writeReportJson, reportFileName } from './write-report-json.js';

export interface BuildOptions {
  out: string;
  ontologyDir?: string;
  /** Write the embedded store (default true). */
  store?: boolean;
  onFile?(result: FileResult, done: number): void;
  /** Called when a stage starts (for progress display). */
  onStage?(stage: string): void;
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
  const ctx = getExtractContext({ ontologyDir: options.ontologyDir });
  const graph = createGraph();
  const inputs: ManifestInput[] = [];
  const usedNames = new Set<string>();
  const timings: Record<string, number> = {};

  try {
    options.onStage?.('extract');
    const tExtract = performance.now();
    for await (const r of extractPaths(paths, { ontologyDir: options.ontologyDir, onFile: options.onFile })) {
      if (r.status === 'ok') {
        addExtraction(graph, r.extraction);
        const name = reportFileName(r.extraction, usedNames);
        await writeReportJson(join(work, 'reports', name), r.extraction);
        inputs.push({ file: r.file, status: 'ok', report: r.extraction.id, reportFile: `reports/${name}`, issuer: r.extraction.issuer?.name ?? null });
      } else if (r.status === 'duplicate') {
        inputs.push({ file: r.file, status: 'duplicate', code: r.code, message: r.message, duplicateOf: r.duplicateOf });
      } else {
        inputs.push({ file: r.file, status: 'failed', code: r.code, message: r.message });
      }
    }
    timings.extractMs = Math.round(performance.now() - tExtract);

    options.onStage?.('graph');
    const tGraph = performance.now();
    await writeFile(join(work, 'graph.json'), JSON.stringify(graph.export()));
    timings.graphJsonMs = Math.round(performance.now() - tGraph);

    let store: Record<string, unknown> | null = null;
    if (options.store !== false && options.writeStore) {
      options.onStage?.('store');
      const tStore = performance.now();
      store = await options.writeStore(graph, ctx.ontology, work);
      timings.storeMs = Math.round(performance.now() - tStore);
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
      store,
      errors: failed.map((f) => ({ file: f.file, code: f.code!, message: f.message! })),
    };
    await writeFile(join(work, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    await swapInto(work, outDir);
    return { manifest, graph, outDir };
  } catch (err) {
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
