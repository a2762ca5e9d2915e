#!/usr/bin/env node
// `npm run bench`: throughput of the build on a synthetic corpus, in one run: raw jieba
// segmentation on the same text, the pipeline with 1 and with N jobs, the embedded-store load
// rate and peak memory. Builds run as child processes (`kg build`), so each has its own peak RSS.
//
//   npm run bench [-- --reports 2000] [--jobs N] [--configs 1,N] [--seed 1] [--no-store] [--json FILE]
//   BENCH_REPORTS=20000 npm run bench
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultSynthDir, writeSynthCorpus } from './synth-corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

async function importDist(path) {
  const file = join(ROOT, 'dist', path);
  if (!existsSync(file)) throw new Error(`bench: ${file} is missing; run \`npm run build\` first`);
  return import(pathToFileURL(file).href);
}

const mb = (bytes) => bytes / 1e6;
const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** Machine description for BENCHMARKS.md. */
function describeMachine() {
  const cpus = os.cpus();
  return {
    cores: os.availableParallelism(),
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    memoryGB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/**
 * Raw jieba segmentation speed: the same user dictionary as the pipeline, cut() with HMM over the
 * decoded text of every report. Only the cut() calls are timed; reading is not.
 */
async function measureSegmentation(corpus) {
  const { loadOntology } = await importDist('ontology/load-ontology.js');
  const { loadSegmenter } = await importDist('text/segment.js');
  const { listInputs } = await importDist('ingest/list-inputs.js');
  const { readDocument } = await importDist('ingest/read-document.js');
  loadSegmenter(loadOntology());
  const jieba = require('nodejieba');
  let bytes = 0;
  let chars = 0;
  let files = 0;
  let cutMs = 0;
  for await (const path of listInputs([corpus])) {
    let doc;
    try {
      doc = await readDocument(path);
    } catch {
      continue;
    }
    files++;
    chars += doc.text.length;
    bytes += Buffer.byteLength(doc.text, 'utf8');
    const t = performance.now();
    jieba.cut(doc.text, true);
    cutMs += performance.now() - t;
  }
  return { files, bytes, chars, ms: cutMs, mbPerSecond: mb(bytes) / (cutMs / 1000) };
}

/** Runs `kg build` in a child process and returns its manifest. */
function runKgBuild(corpus, out, jobs, store) {
  const args = [join(ROOT, 'bin', 'kg.js'), 'build', corpus, '--out', out, '--jobs', String(jobs)];
  if (!store) args.push('--no-store');
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = performance.now() - t0;
      const file = join(out, 'manifest.json');
      if (!existsSync(file)) return reject(new Error(`bench: kg build --jobs ${jobs} exited with code ${code} and wrote no manifest`));
      resolve({ manifest: JSON.parse(readFileSync(file, 'utf8')), wallMs, exitCode: code });
    });
  });
}

function summarizeBuild(run, textBytes) {
  const m = run.manifest;
  const files = m.counts.files;
  const extractMs = m.timings.extractMs;
  const relationships = Object.values(m.counts.relationships).reduce((a, b) => a + b, 0);
  const nodes = Object.values(m.counts.nodes).reduce((a, b) => a + b, 0);
  return {
    jobs: m.resources?.jobs ?? null,
    files,
    ok: m.counts.ok,
    failed: m.counts.failed,
    duplicates: m.counts.duplicates,
    nodes,
    relationships,
    setupMs: m.timings.setupMs,
    extractMs,
    graphJsonMs: m.timings.graphJsonMs,
    storeMs: m.timings.storeMs ?? null,
    totalMs: m.timings.totalMs,
    wallMs: Math.round(run.wallMs),
    mbPerSecond: mb(textBytes) / (extractMs / 1000),
    reportsPerSecond: files / (extractMs / 1000),
    peakRssMB: m.resources ? Math.round(m.resources.peakRssBytes / 2 ** 20) : null,
    store: m.store
      ? { relationshipsPerSecond: m.store.relationshipsPerSecond ?? null, timings: m.store.timings ?? null, relationships: m.store.relationships ?? null }
      : null,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      reports: { type: 'string', default: process.env.BENCH_REPORTS ?? '2000' },
      seed: { type: 'string', default: '1' },
      jobs: { type: 'string', default: String(os.availableParallelism()) },
      configs: { type: 'string' },
      'no-store': { type: 'boolean', default: false },
      'keep-out': { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  const reports = Number(values.reports);
  const n = Number(values.jobs);
  const configs = (values.configs ?? `1,${n}`).split(',').map((s) => Number(s.replace(/^N$/, String(n))));
  if (configs.some((j) => !Number.isSafeInteger(j) || j < 1)) throw new Error(`bench: --configs: expected job counts like 1,2; found ${values.configs}`);
  const machine = describeMachine();
  const loadBefore = os.loadavg();
  const log = (s) => process.stderr.write(s + '\n');

  log(`bench: corpus of ${reports} synthetic reports (seed ${values.seed})…`);
  const corpus = await writeSynthCorpus({ reports, seed: Number(values.seed), out: defaultSynthDir(reports) });
  log(`bench: ${corpus.reused ? 'reusing' : 'wrote'} ${corpus.out} (${fmt(mb(corpus.bytes), 1)} MB on disk)`);

  log('bench: raw jieba segmentation…');
  const seg = await measureSegmentation(corpus.out);

  const outRoot = join(ROOT, '.tmp', 'bench-out');
  mkdirSync(outRoot, { recursive: true });
  const builds = [];
  for (const [i, jobs] of configs.entries()) {
    // The store is loaded once, by the last configuration (its figures do not depend on the jobs).
    const store = !values['no-store'] && i === configs.length - 1;
    log(`bench: kg build --jobs ${jobs}${store ? '' : ' --no-store'}…`);
    const out = join(outRoot, `jobs-${jobs}`);
    const run = await runKgBuild(corpus.out, out, jobs, store);
    builds.push(summarizeBuild(run, seg.bytes));
    if (!values['keep-out']) rmSync(out, { recursive: true, force: true });
  }
  const loadAfter = os.loadavg();

  const one = builds.find((b) => b.jobs === 1);
  const many = builds.filter((b) => b.jobs > 1).at(-1);
  const last = builds.at(-1);
  const result = {
    date: new Date().toISOString(),
    machine,
    loadAverage: { before: loadBefore.map((x) => Number(x.toFixed(2))), after: loadAfter.map((x) => Number(x.toFixed(2))) },
    corpus: { reports, seed: Number(values.seed), files: seg.files, textMB: Number(fmt(mb(seg.bytes), 2)), chars: seg.chars },
    segmentation: { mbPerSecond: seg.mbPerSecond, ms: Math.round(seg.ms) },
    builds,
    ratios: {
      oneJobOverSegmentation: one ? one.mbPerSecond / seg.mbPerSecond : null,
      manyJobsOverSegmentation: many ? many.mbPerSecond / seg.mbPerSecond : null,
      speedUp: one && many ? many.mbPerSecond / one.mbPerSecond : null,
    },
  };

  const lines = [];
  lines.push(`Machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}`);
  lines.push(`Load average before/after: ${result.loadAverage.before.join(' ')} / ${result.loadAverage.after.join(' ')} (other processes share the cores when above ~0)`);
  lines.push(`Corpus: ${seg.files} synthetic reports, ${fmt(mb(seg.bytes), 1)} MB of text (UTF-8)`);
  lines.push('');
  lines.push(`Raw jieba segmentation (cut, HMM, same user dict):  ${fmt(seg.mbPerSecond)} MB/s`);
  for (const b of builds) {
    lines.push(
      `Pipeline, ${b.jobs} job${b.jobs > 1 ? 's' : ' '}:  ${fmt(b.mbPerSecond)} MB/s  ${fmt(b.reportsPerSecond, 1)} reports/s  ` +
        `(extract ${fmt(b.extractMs / 1000, 1)} s after ${fmt(b.setupMs / 1000, 1)} s setup; graph.json ${fmt(b.graphJsonMs / 1000, 1)} s` +
        `${b.storeMs !== null ? `; store ${fmt(b.storeMs / 1000, 1)} s` : ''}; total ${fmt(b.totalMs / 1000, 1)} s)  peak RSS ${b.peakRssMB} MB`,
    );
  }
  lines.push('');
  if (result.ratios.oneJobOverSegmentation !== null) lines.push(`Pipeline (1 job) / segmentation:   ${fmt(result.ratios.oneJobOverSegmentation)}   (target ≥ 0.5)`);
  if (result.ratios.speedUp !== null) lines.push(`Speed-up ${many.jobs} jobs over 1:          ${fmt(result.ratios.speedUp)}   (target ≥ 1.7 with 2 jobs)`);
  if (last.store) {
    lines.push(`Embedded store load:               ${Math.round(last.store.relationshipsPerSecond ?? NaN).toLocaleString('en-US')} relationships/s   (target ≥ 200,000)`);
  }
  lines.push(`Graph: ${last.nodes.toLocaleString('en-US')} nodes, ${last.relationships.toLocaleString('en-US')} relationships; peak RSS ${last.peakRssMB} MB (target < 2048 MB at 20,000 reports)`);
  process.stdout.write(lines.join('\n') + '\n');
  if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2) + '\n');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
