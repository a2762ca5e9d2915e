// `kg build --jobs 1` and `--jobs 2` must write the same bytes: results are merged in input order
// whatever order the workers finish in. Runs the real CLI (dist/) on the samples plus a small
// synthetic corpus with GBK pages and repeated files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph, importGraph } from '../../src/graph/kg-graph.js';
import { buildGraphFromPaths } from '../../src/pipeline/build-graph-from-paths.js';
import { writeGraphJson } from '../../src/graph/write-graph-json.js';
import { ensureDist, KG_BIN } from './parallel/ensure-dist.js';

const SYNTH_SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'synth-corpus.mjs');

function build(inputs: string[], out: string, jobs: number) {
  execFileSync(process.execPath, [KG_BIN, 'build', ...inputs, '--out', out, '--jobs', String(jobs)], { stdio: 'pipe' });
  return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
}

describe('kg build --jobs', () => {
  let tmp: string;
  let synth: string;
  let one: { manifest: any; out: string };
  let two: { manifest: any; out: string };

  beforeAll(() => {
    ensureDist();
    tmp = mkdtempSync(join(tmpdir(), 'kg-jobs-'));
    synth = join(tmp, 'synth');
    execFileSync(process.execPath, [SYNTH_SCRIPT, '--reports', '24', '--seed', '7', '--out', synth, '--html-share', '0.25', '--duplicate-share', '0.15'], { stdio: 'pipe' });
    const inputs = ['data/samples', synth];
    one = { out: join(tmp, 'one'), manifest: build(inputs, join(tmp, 'one'), 1) };
    two = { out: join(tmp, 'two'), manifest: build(inputs, join(tmp, 'two'), 2) };
  }, 300_000);
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('really used worker threads for --jobs 2', () => {
    expect(one.manifest.resources.jobs).toBe(1);
    expect(two.manifest.resources.jobs).toBe(2);
  });

  it('says where the CPU went: the main thread, the workers, the rest of the process', () => {
    if (!existsSync('/proc/thread-self/schedstat')) {
      console.log('skipped: this system does not report per-thread CPU time (/proc/thread-self/schedstat)');
      return;
    }
    for (const { manifest } of [one, two]) {
      const t = manifest.timings;
      expect(t.extractMainThreadCpuMs).toBeGreaterThan(0);
      // Rounded per thread: the parts may exceed the process total by a few milliseconds.
      expect(t.extractMainThreadCpuMs + t.extractWorkersCpuMs).toBeLessThanOrEqual(t.extractCpuMs + 5);
    }
    expect(one.manifest.timings.extractWorkersCpuMs).toBe(0);
    expect(two.manifest.timings.extractWorkersCpuMs).toBeGreaterThan(0);
    // With workers, the extraction's CPU is theirs, not the main thread's.
    expect(two.manifest.timings.extractWorkersCpuMs).toBeGreaterThan(two.manifest.timings.extractMainThreadCpuMs);
  });

  it('covers reports, GBK pages and duplicates', () => {
    const inputs = one.manifest.inputs as { file: string; status: string }[];
    expect(inputs.filter((i) => i.status === 'ok').length).toBeGreaterThanOrEqual(25);
    expect(inputs.some((i) => i.status === 'ok' && i.file.endsWith('.html'))).toBe(true);
    expect(inputs.some((i) => i.status === 'duplicate')).toBe(true);
  });

  it('writes a byte-identical graph.json', () => {
    const a = readFileSync(join(one.out, 'graph.json'));
    const b = readFileSync(join(two.out, 'graph.json'));
    expect(a.length).toBeGreaterThan(100_000);
    expect(b.equals(a)).toBe(true);
  });

  it('writes byte-identical per-report JSON files under the same names', () => {
    const names = readdirSync(join(one.out, 'reports')).sort();
    expect(readdirSync(join(two.out, 'reports')).sort()).toEqual(names);
    expect(names.length).toBe(one.manifest.counts.ok);
    for (const name of names) {
      const a = readFileSync(join(one.out, 'reports', name));
      const b = readFileSync(join(two.out, 'reports', name));
      expect(b.equals(a), name).toBe(true);
    }
  });

  it('loads the same rows into the embedded store (written by the workers with --jobs 2)', () => {
    expect(one.manifest.store.relationships.MENTIONS).toBeGreaterThan(100);
    expect(two.manifest.store.nodes).toEqual(one.manifest.store.nodes);
    expect(two.manifest.store.relationships).toEqual(one.manifest.store.relationships);
    expect(two.manifest.store.skipped).toEqual(one.manifest.store.skipped);
  });

  it('lists the inputs in the same order with the same outcome', () => {
    const strip = (m: any) => m.inputs.map((i: any) => JSON.stringify(i));
    expect(strip(two.manifest)).toEqual(strip(one.manifest));
  });
});

describe('writeGraphJson', () => {
  it('writes the same bytes as JSON.stringify(graph.export()) for the samples graph, and an empty graph', async () => {
    const { graph } = await buildGraphFromPaths(['data/samples']);
    const dir = mkdtempSync(join(tmpdir(), 'kg-graph-json-'));
    try {
      for (const [name, g] of [['samples', graph], ['empty', createGraph()]] as const) {
        const file = join(dir, `${name}.json`);
        await writeGraphJson(file, g);
        const text = readFileSync(file, 'utf8');
        expect(text).toBe(JSON.stringify(g.export()));
        expect(importGraph(JSON.parse(text)).size).toBe(g.size);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
