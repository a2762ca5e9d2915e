#!/usr/bin/env node
// `npm run bench:queries`: how long each bundled query takes on the embedded store of a large
// synthetic build, as a user runs it (`kg query <name>`, one process each, store opened read-only).
// Parameters come from the store itself: the towns with the most reports, the laws cited most, the
// practice adopted most. A query still running after --timeout seconds is stopped and reported.
//
//   npm run bench:queries [-- --reports 20000] [--db DIR] [--timeout 120] [--json FILE]
//   BENCH_REPORTS=2000 npm run bench:queries
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import stringWidth from 'string-width';
import { defaultSynthDir, writeSynthCorpus } from './synth-corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const KG = join(ROOT, 'bin', 'kg.js');

/** Runs `kg` with `args`; resolves with its exit code, output and seconds, or timedOut. */
function runKg(args, timeoutSeconds) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [KG, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    let timedOut = false;
    const timer = timeoutSeconds > 0 ? setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), timeoutSeconds * 1000) : null;
    child.on('error', reject);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({
        code,
        timedOut,
        seconds: (performance.now() - t0) / 1000,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** The rows of a Cypher statement on the store, or an error naming it. */
async function rowsOf(db, cypher) {
  const r = await runKg(['query', '--db', db, cypher, '--format', 'json'], 0);
  if (r.code !== 0) throw new Error(`bench-queries: could not read the store at ${db}: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout);
}

/** Names to ask about, the most common in the store, so every query has rows to find. */
async function pickParams(db) {
  const top = async (cypher) => (await rowsOf(db, cypher)).map((row) => row.name);
  const towns = await top('MATCH (:Report)-[:ISSUED_BY]->(t:AdminUnit) RETURN t.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 2');
  const laws = await top('MATCH (:Report)-[:CITES]->(l:Law) RETURN l.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 2');
  const practices = await top('MATCH (:Report)-[:ADOPTS]->(p:Program) RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 1');
  if (towns.length < 2 || laws.length < 2 || practices.length < 1) {
    throw new Error(`bench-queries: the store at ${db} is too small to ask about (needs two towns, two cited laws, a practice)`);
  }
  return { town: towns[0], townB: towns[1], law: laws[0], law2: laws[1], practice: practices[0] };
}

/** Every bundled query, with the parameters of a typical question (some twice: all, and one town). */
function plan(p) {
  return [
    ['towns-citing-law', { law: p.law }],
    ['laws-cited-by-town', { town: p.town }],
    ['law-ranking', {}],
    ['shared-practices', {}],
    ['shared-practices', { town: p.town }],
    ['practice-adopters', { practice: p.practice }],
    ['practice-spread-by-year', {}],
    ['law-firms', {}],
    ['co-cited-laws', {}],
    ['evidence', { from: p.town, to: p.law }],
    ['evidence', { from: p.law, to: p.law2 }],
    ['town-profile', { town: p.town }],
    ['compare-towns', { townA: p.town, townB: p.townB }],
    ['plans-next-year', {}],
    ['plans-next-year', { town: p.town }],
    ['search', { phrase: p.law }],
  ];
}

async function main() {
  const { values } = parseArgs({
    options: {
      reports: { type: 'string', default: process.env.BENCH_REPORTS ?? '20000' },
      seed: { type: 'string', default: '1' },
      db: { type: 'string' },
      timeout: { type: 'string', default: '120' },
      json: { type: 'string' },
    },
  });
  const timeout = Number(values.timeout);
  let db = values.db;
  if (!db) {
    const reports = Number(values.reports);
    const corpus = await writeSynthCorpus({ reports, seed: Number(values.seed), out: defaultSynthDir(reports) });
    db = join(ROOT, '.tmp', `bench-queries-${reports}-seed${values.seed}`);
    // A build of another corpus (the synthetic one was just rewritten) is built again.
    if (!corpus.reused || !existsSync(join(db, 'manifest.json'))) {
      console.error(`bench-queries: kg build of ${reports} synthetic reports into ${db}…`);
      const built = await runKg(['build', corpus.out, '--out', db], 0);
      if (!existsSync(join(db, 'manifest.json'))) throw new Error(`bench-queries: kg build exited with code ${built.code}: ${built.stderr.slice(-2000)}`);
    } else console.error(`bench-queries: using the build in ${db}`);
  }
  const params = await pickParams(db);
  const results = [];
  for (const [name, args] of plan(params)) {
    const flags = Object.entries(args).flatMap(([k, v]) => ['--param', `${k}=${v}`]);
    const r = await runKg(['query', name, '--db', db, ...flags, '--format', 'json'], timeout);
    const status = r.timedOut ? `stopped after ${timeout} s` : r.code === 0 ? 'ok' : `failed: ${r.stderr.trim().split('\n')[0]}`;
    const rows = r.code === 0 ? JSON.parse(r.stdout).length : null;
    results.push({ query: name, params: args, seconds: Number(r.seconds.toFixed(2)), rows, status });
    const shown = Object.entries(args).map(([k, v]) => `${k}=${v}`).join(' ');
    const pad = ' '.repeat(Math.max(0, 34 - stringWidth(shown)));
    console.log(`${name.padEnd(24)} ${shown}${pad} ${r.seconds.toFixed(1).padStart(7)} s  ${String(rows ?? '-').padStart(8)} rows  ${status}`);
  }
  if (values.json) writeFileSync(values.json, JSON.stringify({ db, params, results }, null, 2) + '\n');
  const bad = results.filter((r) => r.status !== 'ok');
  console.log(bad.length === 0 ? `every query answered (slowest ${Math.max(...results.map((r) => r.seconds)).toFixed(1)} s)` : `${bad.length} queries did not answer`);
  process.exitCode = bad.length === 0 ? 0 : 1;
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exitCode = 2;
});
