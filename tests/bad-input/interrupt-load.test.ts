// Ctrl-C during `kg load neo4j`: the load stops after the transaction in flight, every committed batch
// is complete in the database, and loading again finishes the load without duplicates.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runLoadNeo4jCommand, type LoadNeo4jCommandOptions } from '../../src/cli/commands/load.js';
import type { SignalSource } from '../../src/cli/handle-interrupt.js';
import type { CliIo } from '../../src/cli/io.js';
import { KgError } from '../../src/errors.js';
import type { KgGraph } from '../../src/graph/kg-graph.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { loadNeo4j } from '../../src/store/neo4j/load-neo4j.js';
import { createFakeDriverFactory, type FakeNeo4jDriver, type RecordedRun } from '../store/neo4j/fake-neo4j-driver.js';
import { buildSampleGraphs } from '../store/neo4j/sample-graphs.js';

const ontology = loadOntology();
const BASE = { uri: 'bolt://localhost:7687', user: 'neo4j', password: 'pw' };
const BATCH = 25;
const isData = (r: RecordedRun) => r.query.includes('MERGE (n:') || r.query.includes('MERGE (a)-[');

let graph: KgGraph;
/** The database after one uninterrupted load: what any sequence of loads must end with. */
let clean: { nodes: Set<string>; relationships: Set<string>; dataBatches: number };
beforeAll(async () => {
  graph = (await buildSampleGraphs()).full;
  const fake = createFakeDriverFactory();
  await loadNeo4j(graph, ontology, { ...BASE, batchSize: BATCH, createDriver: fake.factory });
  clean = { nodes: new Set(fake.driver.nodes), relationships: new Set(fake.driver.relationships), dataBatches: fake.driver.runs.filter(isData).length };
}, 120_000);

afterEach(() => {
  process.exitCode = 0;
});

/** What the interrupted load left is part of the complete graph: no stray or half-written rows. */
function expectPartOfCleanLoad(driver: FakeNeo4jDriver): void {
  expect(driver.nodes.size).toBeGreaterThan(0);
  for (const n of driver.nodes) expect(clean.nodes.has(n), n).toBe(true);
  for (const r of driver.relationships) expect(clean.relationships.has(r), r).toBe(true);
}

describe('loadNeo4j with an abort signal', () => {
  it('stops after the batch in flight, keeps the committed ones, and a second load completes without duplicates', async () => {
    expect(clean.dataBatches, 'enough batches to stop in the middle').toBeGreaterThan(6);
    const fake = createFakeDriverFactory();
    const controller = new AbortController();
    let batches = 0;
    const err = await loadNeo4j(graph, ontology, {
      ...BASE,
      batchSize: BATCH,
      createDriver: fake.factory,
      signal: controller.signal,
      onProgress: (p) => {
        if ((p.phase === 'nodes' || p.phase === 'relationships') && ++batches === 4) controller.abort();
      },
    }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(KgError);
    expect((err as KgError).code).toBe('E_INTERRUPTED');
    const driver = fake.driver;
    expect(driver.runs.filter(isData)).toHaveLength(4);
    expect((err as KgError).detail?.committedBatches).toBe(new Set(driver.runs.map((r) => r.tx)).size);
    expect((err as KgError).message).toContain('loading again completes the load');
    expectPartOfCleanLoad(driver);
    expect(driver.closed, 'the driver is closed after an interrupt').toBe(true);
    const firstNodes = driver.nodes.size;
    expect(firstNodes).toBeLessThan(clean.nodes.size);

    const again = await loadNeo4j(graph, ontology, { ...BASE, batchSize: BATCH, createDriver: fake.factory });
    expect(driver.nodes).toEqual(clean.nodes);
    expect(driver.relationships).toEqual(clean.relationships);
    // The second load found the first one's nodes in place: it created only the rest.
    expect(again.nodes.created).toBe(clean.nodes.size - firstNodes);
  });

  it('writes nothing when the signal is aborted before it starts', async () => {
    const fake = createFakeDriverFactory();
    const controller = new AbortController();
    controller.abort();
    await expect(loadNeo4j(graph, ontology, { ...BASE, batchSize: BATCH, createDriver: fake.factory, signal: controller.signal })).rejects.toMatchObject({
      code: 'E_INTERRUPTED',
    });
    expect(fake.driver.runs).toEqual([]);
  });
});

describe('kg load neo4j interrupted by Ctrl-C', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-interrupt-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function captureIo(): CliIo & { stderr: string; stdout: string } {
    const io = { stdout: '', stderr: '', isTTY: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
    return io;
  }

  it('exits 130 after the batch in flight, then a re-run exits 0 with the same database as a clean load', async () => {
    writeFileSync(join(dir, 'graph.json'), JSON.stringify(graph.export()));
    const signals = new EventEmitter() as SignalSource & EventEmitter;
    let dataRuns = 0;
    // The user presses Ctrl-C while the third data batch is being written.
    const fake = createFakeDriverFactory({
      failRun: (run) => {
        if (isData(run) && ++dataRuns === 3) signals.emit('SIGINT');
        return undefined;
      },
    });
    const opts: LoadNeo4jCommandOptions = { ...BASE, batchSize: String(BATCH), out: dir };

    const io = captureIo();
    expect(await runLoadNeo4jCommand(opts, io, { createDriver: fake.factory, signals })).toBeNull();
    expect(process.exitCode).toBe(130);
    expect(io.stderr).toContain('stopping after the current batch');
    expect(io.stderr).toContain('[E_INTERRUPTED]');
    // The batch in flight when Ctrl-C came was committed; none after it was started.
    expect(fake.driver.runs.filter(isData)).toHaveLength(3);
    expectPartOfCleanLoad(fake.driver);
    expect(signals.listenerCount('SIGINT'), 'the command stops listening').toBe(0);

    const io2 = captureIo();
    expect(await runLoadNeo4jCommand(opts, io2, { createDriver: fake.factory, signals })).not.toBeNull();
    expect(process.exitCode).toBe(0);
    expect(fake.driver.nodes).toEqual(clean.nodes);
    expect(fake.driver.relationships).toEqual(clean.relationships);
  });

  it('exits 130 without connecting when Ctrl-C comes while graph.json is still being read', async () => {
    // Big enough for the reader to pause (and so hear the signal) several times.
    const padded = graph.copy();
    for (let i = 0; i < 3000; i++) padded.addNode(`pad:${i}`, { label: 'Passage', id: `pad:${i}`, text: '依法行政'.repeat(150) });
    const sub = mkdtempSync(join(dir, 'reading-'));
    writeFileSync(join(sub, 'graph.json'), JSON.stringify(padded.export()));
    const signals = new EventEmitter() as SignalSource & EventEmitter;
    const fake = createFakeDriverFactory();
    const io = captureIo();
    const run = runLoadNeo4jCommand({ ...BASE, batchSize: String(BATCH), out: sub }, io, { createDriver: fake.factory, signals });
    setImmediate(() => signals.emit('SIGINT'));
    expect(await run).toBeNull();
    expect(process.exitCode).toBe(130);
    expect(io.stderr).toContain('[E_INTERRUPTED]');
    expect(fake.calls).toEqual([]);
    expect(signals.listenerCount('SIGINT')).toBe(0);
  });
});
