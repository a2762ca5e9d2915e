#!/usr/bin/env node
// `npm run bench`: throughput of the build on a synthetic corpus, in one run: raw jieba
// segmentation on the same text, the pipeline with 1 and with N jobs, the embedded-store load
// rate and peak memory. Builds run as child processes (`kg build`), so each has its own peak RSS.
//
//   npm run bench [-- --reports 2000] [--jobs N] [--configs 1,N] [--repeat 1] [--seed 1] [--no-store] [--json FILE]
//   BENCH_REPORTS=20000 npm run bench
// With --repeat R every measure is taken R times, interleaved, and the best is kept: on a machine
// shared with other work the best run is the one least disturbed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
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
 * How much parallel speed the machine gives right now: a CPU-bound loop split over `jobs` threads
 * against one thread. On an idle machine it is close to `jobs`; when other processes hold the
 * cores it is lower, and no pipeline can scale better than it.
 */
async function measureParallelHeadroom(jobs, iterations = 6e8) {
  const code = `const { parentPort } = require('node:worker_threads');
    parentPort.on('message', (n) => { let x = 0; for (let i = 0; i < n; i++) x = (x * 31 + i) | 0; parentPort.postMessage(x); });`;
  const run = async (k) => {
    const workers = Array.from({ length: k }, () => new Worker(code, { eval: true }));
    await Promise.all(workers.map((w) => new Promise((r) => (w.once('online', r)))));
    const t = performance.now();
    await Promise.all(workers.map((w) => new Promise((r) => { w.once('message', r); w.postMessage(Math.round(iterations / k)); })));
    const ms = performance.now() - t;
    await Promise.all(workers.map((w) => w.terminate()));
    return ms;
  };
  return (await run(1)) / (await run(jobs));
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

/** The 1-job build and the build with the most jobs above 1 (the one the speed-up is about). */
function pickBuilds(builds) {
  return { one: builds.find((b) => b.jobs === 1), many: builds.filter((b) => b.jobs > 1).at(-1) };
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
    // The whole build: setup, extraction, graph.json, the store's COPY.
    endToEndMbPerSecond: mb(textBytes) / (m.timings.totalMs / 1000),
    reportsPerSecond: files / (extractMs / 1000),
    workersIdleMs: m.timings.workersIdleMs ?? null,
    // CPU time of the build process (every thread) per report during extraction.
    cpuMsPerReport: m.timings.extractCpuMs !== undefined ? m.timings.extractCpuMs / files : null,
    // Where it went: the main thread, the workers, and the runtime's own threads (GC, JIT, I/O).
    cpuSplitMsPerReport:
      m.timings.extractMainThreadCpuMs !== undefined && m.timings.extractWorkersCpuMs !== undefined
        ? {
            main: m.timings.extractMainThreadCpuMs / files,
            workers: m.timings.extractWorkersCpuMs / files,
            runtime: (m.timings.extractCpuMs - m.timings.extractMainThreadCpuMs - m.timings.extractWorkersCpuMs) / files,
          }
        : null,
    peakRssMB: m.resources ? Math.round(m.resources.peakRssBytes / 2 ** 20) : null,
    // Main-thread heap once every report is in: mostly the shared graph (passages and provenance are streamed to disk).
    heapAfterExtractMB: m.resources?.afterStage?.extract ? Math.round(m.resources.afterStage.extract.heapUsedBytes / 2 ** 20) : null,
    rssAfterStageMB: m.resources?.afterStage
      ? Object.fromEntries(Object.entries(m.resources.afterStage).map(([k, v]) => [k, Math.round(v.rssBytes / 2 ** 20)]))
      : null,
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
      repeat: { type: 'string', default: '1' },
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

  const repeat = Math.max(1, Number(values.repeat) || 1);
  const outRoot = join(ROOT, '.tmp', 'bench-out');
  mkdirSync(outRoot, { recursive: true });
  let seg = null;
  const best = new Map();
  // The cores' speed drifts over minutes on a shared machine (segmentation alone has varied 2× from
  // one run to the next), so each round's ratios use the segmentation measured around the build
  // they describe: just before the 1-job build and just after it.
  const rounds = [];
  for (let r = 0; r < repeat; r++) {
    const round = { segmentation: [], builds: [] };
    const measureSeg = async () => {
      log(`bench: raw jieba segmentation${repeat > 1 ? ` (round ${r + 1}/${repeat})` : ''}…`);
      const s = await measureSegmentation(corpus.out);
      if (!seg || s.mbPerSecond > seg.mbPerSecond) seg = s;
      round.segmentation.push(s.mbPerSecond);
      return s;
    };
    let s = await measureSeg();
    for (const [i, jobs] of configs.entries()) {
      // Every configuration does the same work: the store's rows are written during extraction,
      // so a build without the store would not be comparable.
      const store = !values['no-store'];
      log(`bench: kg build --jobs ${jobs}${store ? '' : ' --no-store'}…`);
      const out = join(outRoot, `jobs-${jobs}`);
      // Measured just before the build, so it tells how loaded the machine was for this run.
      const headroom = jobs > 1 ? await measureParallelHeadroom(jobs) : null;
      const run = await runKgBuild(corpus.out, out, jobs, store);
      const b = { ...summarizeBuild(run, s.bytes), machineHeadroom: headroom };
      round.builds.push(b);
      const key = `${i}`;
      if (!best.has(key) || b.mbPerSecond > best.get(key).mbPerSecond) best.set(key, b);
      if (!values['keep-out']) rmSync(out, { recursive: true, force: true });
      if (jobs === 1) s = await measureSeg();
    }
    rounds.push(round);
  }
  const builds = configs.map((_, i) => best.get(`${i}`));
  const loadAfter = os.loadavg();

  const { many } = pickBuilds(builds);
  const last = builds.at(-1);
  // Per round: the 1-job build against the mean of the segmentation measured around it, and the
  // N-job build against the 1-job build of the same round.
  const median = (xs) => {
    const v = xs.filter((x) => x !== null).sort((a, b) => a - b);
    return v.length === 0 ? null : v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  };
  const roundRatios = rounds.map((round) => {
    const s = round.segmentation.reduce((a, b) => a + b, 0) / round.segmentation.length;
    const { one: o, many: m } = pickBuilds(round.builds);
    return {
      segmentationMbPerSecond: s,
      oneJobOverSegmentation: o ? o.mbPerSecond / s : null,
      manyJobsOverSegmentation: m ? m.mbPerSecond / s : null,
      speedUp: o && m ? m.mbPerSecond / o.mbPerSecond : null,
      machineHeadroom: m?.machineHeadroom ?? null,
    };
  });
  const result = {
    date: new Date().toISOString(),
    machine,
    loadAverage: { before: loadBefore.map((x) => Number(x.toFixed(2))), after: loadAfter.map((x) => Number(x.toFixed(2))) },
    repeat,
    corpus: { reports, seed: Number(values.seed), files: seg.files, textMB: Number(fmt(mb(seg.bytes), 2)), chars: seg.chars },
    segmentation: { mbPerSecond: seg.mbPerSecond, ms: Math.round(seg.ms) },
    builds,
    rounds: roundRatios,
    // The median over rounds of each round's own ratios (with one round, that round's).
    ratios: {
      oneJobOverSegmentation: median(roundRatios.map((r) => r.oneJobOverSegmentation)),
      manyJobsOverSegmentation: median(roundRatios.map((r) => r.manyJobsOverSegmentation)),
      speedUp: median(roundRatios.map((r) => r.speedUp)),
      machineHeadroom: median(roundRatios.map((r) => r.machineHeadroom)),
    },
  };

  const lines = [];
  lines.push(`Machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}`);
  lines.push(`Load average before/after: ${result.loadAverage.before.join(' ')} / ${result.loadAverage.after.join(' ')} (other processes share the cores when above ~0)`);
  lines.push(`Corpus: ${seg.files} synthetic reports, ${fmt(mb(seg.bytes), 1)} MB of text (UTF-8)${repeat > 1 ? `; best of ${repeat} rounds` : ''}`);
  lines.push('');
  const segMeasures = rounds.reduce((n, r) => n + r.segmentation.length, 0);
  // The ratios use each round's own measures (below); this is the fastest of them.
  lines.push(`Raw jieba segmentation (cut, HMM, same user dict):  ${fmt(seg.mbPerSecond)} MB/s${segMeasures > 1 ? ` (fastest of ${segMeasures} measures)` : ''}`);
  for (const b of builds) {
    lines.push(
      `Pipeline, ${b.jobs} job${b.jobs > 1 ? 's' : ' '}:  ${fmt(b.mbPerSecond)} MB/s  ${fmt(b.reportsPerSecond, 1)} reports/s  ` +
        `(extract ${fmt(b.extractMs / 1000, 1)} s, which writes graph.json's and the store's rows, after ${fmt(b.setupMs / 1000, 1)} s setup; graph.json ${fmt(b.graphJsonMs / 1000, 1)} s` +
        `${b.storeMs !== null ? `; store ${fmt(b.storeMs / 1000, 1)} s` : ''}; total ${fmt(b.totalMs / 1000, 1)} s = ${fmt(b.endToEndMbPerSecond)} MB/s)  peak RSS ${b.peakRssMB} MB` +
        (b.workersIdleMs !== null ? `  workers idle ${fmt((100 * b.workersIdleMs) / (b.jobs * b.extractMs), 1)}%` : '') +
        (b.cpuMsPerReport !== null ? `  CPU ${fmt(b.cpuMsPerReport, 1)} ms/report` : '') +
        (b.cpuSplitMsPerReport
          ? ` (main thread ${fmt(b.cpuSplitMsPerReport.main, 1)}, workers ${fmt(b.cpuSplitMsPerReport.workers, 1)}, runtime threads: GC, JIT, I/O ${fmt(b.cpuSplitMsPerReport.runtime, 1)})`
          : ''),
    );
  }
  lines.push('');
  if (rounds.length > 1 || rounds[0].segmentation.length > 1) {
    for (const [i, r] of roundRatios.entries()) {
      lines.push(
        `Round ${i + 1}: segmentation ${rounds[i].segmentation.map((x) => fmt(x)).join(' / ')} MB/s (before / after the 1-job build)` +
          (r.oneJobOverSegmentation !== null ? `; 1 job / segmentation ${fmt(r.oneJobOverSegmentation, 3)}` : '') +
          (r.speedUp !== null ? `; speed-up ${fmt(r.speedUp, 3)}` : '') +
          (r.machineHeadroom !== null ? ` (headroom ${fmt(r.machineHeadroom)})` : ''),
      );
    }
  }
  const ofRounds = rounds.length > 1 ? ` (median of ${rounds.length} rounds)` : '';
  // Three digits and a verdict on the exact value: 0.499 is not 0.5, whatever two digits say.
  const verdict = (value, target) => (value >= target ? 'met' : 'not met');
  if (result.ratios.oneJobOverSegmentation !== null) {
    lines.push(`Pipeline (1 job) / segmentation:   ${fmt(result.ratios.oneJobOverSegmentation, 3)}   (target ≥ 0.5: ${verdict(result.ratios.oneJobOverSegmentation, 0.5)})${ofRounds}`);
  }
  if (result.ratios.speedUp !== null) {
    const target = many.jobs === 2 ? `target ≥ 1.7 with 2 jobs: ${verdict(result.ratios.speedUp, 1.7)}` : 'the target, 1.7, is for 2 jobs';
    lines.push(`Speed-up ${many.jobs} jobs over 1:          ${fmt(result.ratios.speedUp, 3)}   (${target})${ofRounds}`);
  }
  if (result.ratios.manyJobsOverSegmentation !== null && many.jobs === 2) {
    // The two targets multiply: 2 jobs must run at ≥ 0.5 × 1.7 = 0.85 × segmentation, whatever 1 job does.
    lines.push(`Pipeline (${many.jobs} jobs) / segmentation:  ${fmt(result.ratios.manyJobsOverSegmentation, 3)}   (both targets together need ≥ 0.85)${ofRounds}`);
  }
  if (result.ratios.machineHeadroom !== null) lines.push(`Machine headroom before that build (a CPU loop on ${many.jobs} threads over 1): ${fmt(result.ratios.machineHeadroom)}   (≈ ${many.jobs} when idle; no program scales better)`);
  if (last.store) {
    lines.push(`Embedded store load:               ${Math.round(last.store.relationshipsPerSecond ?? NaN).toLocaleString('en-US')} relationships/s   (target ≥ 200,000)`);
  }
  lines.push(`Graph: ${last.nodes.toLocaleString('en-US')} nodes, ${last.relationships.toLocaleString('en-US')} relationships; peak RSS ${last.peakRssMB} MB (target < 2048 MB at 20,000 reports)`);
  if (last.heapAfterExtractMB !== null) {
    lines.push(`Main-thread heap after extraction (the shared graph; passages and provenance are on disk): ${last.heapAfterExtractMB} MB (${fmt((last.heapAfterExtractMB * 1024) / last.ok, 0)} kB per report); RSS after each stage: ${Object.entries(last.rssAfterStageMB).map(([k, v]) => `${k} ${v} MB`).join(', ')}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2) + '\n');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
