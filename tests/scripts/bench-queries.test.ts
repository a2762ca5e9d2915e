// `npm run bench:queries` must ask every bundled query, with parameters that find rows, and say
// when one does not answer. Run here on the store of the five samples (the timings are not checked:
// speed is measured by the bench itself, not by tests).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { writeEmbeddedStore } from '../../src/store/embedded/index.js';
import { QUERY_PACK } from '../../src/store/query-pack/index.js';
import { buildSampleGraph } from '../store/query-pack/sample-graph.js';

let root: string;
let db: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kg-bench-queries-'));
  db = join(root, 'out');
  const { graph } = await buildSampleGraph();
  await writeEmbeddedStore(graph, loadOntology(), db);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface BenchResult {
  query: string;
  params: Record<string, string>;
  seconds: number;
  rows: number | null;
  status: string;
}

function bench(...args: string[]) {
  const json = join(root, `bench-${args.length}.json`);
  const run = spawnSync(process.execPath, ['scripts/bench-queries.mjs', '--db', db, '--json', json, ...args], { encoding: 'utf8', timeout: 170_000 });
  return { run, json };
}

describe('bench-queries', () => {
  it('runs every bundled query on the store, with names from the store under which each finds rows', () => {
    const { run, json } = bench('--timeout', '60');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { params, results } = JSON.parse(readFileSync(json, 'utf8')) as { params: Record<string, string>; results: BenchResult[] };
    expect(new Set(results.map((r) => r.query))).toEqual(new Set(QUERY_PACK.map((q) => q.name)));
    for (const r of results) {
      expect(r.status, r.query).toBe('ok');
      expect(run.stdout).toContain(r.query);
    }
    // Each query finds rows in one of its runs at least (a town may have no plan section).
    for (const q of QUERY_PACK) expect(Math.max(...results.filter((r) => r.query === q.name).map((r) => r.rows ?? 0)), q.name).toBeGreaterThan(0);
    expect(params.town).not.toBe(params.townB);
    expect(params.law).not.toBe(params.law2);
    expect(run.stdout).toMatch(/every query answered/);
  }, 180_000);

  it('names the store when it cannot read it, and exits 2', () => {
    const run = spawnSync(process.execPath, ['scripts/bench-queries.mjs', '--db', join(root, 'nothing-here')], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(join(root, 'nothing-here'));
  }, 60_000);
});
