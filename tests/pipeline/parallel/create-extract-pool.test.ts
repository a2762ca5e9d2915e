import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getExtractContext } from '../../../src/pipeline/create-context.js';
import { createExtractPool, resolveWorkerFile, type ExtractPool } from '../../../src/pipeline/parallel/create-extract-pool.js';
import { processFile } from '../../../src/pipeline/process-file.js';
import type { ExtractedFile } from '../../../src/pipeline/parallel/worker-messages.js';
import { DIST_WORKER, ensureDist } from './ensure-dist.js';

const SAMPLES = readdirSync('data/samples').filter((f) => f.endsWith('.txt')).sort().map((f) => join('data/samples', f));

describe('createExtractPool', () => {
  let pool: ExtractPool;
  beforeAll(async () => {
    ensureDist();
    pool = await createExtractPool({ jobs: 2 });
  }, 180_000);
  afterAll(async () => {
    await pool?.close();
  });

  it('finds the compiled worker in dist/ when running from the TypeScript sources', () => {
    expect(fileURLToPath(resolveWorkerFile())).toBe(DIST_WORKER);
  });

  it('starts the number of workers asked for and reports how long they took to load', () => {
    expect(pool.size).toBe(2);
    expect(pool.setupMs).toBeGreaterThan(0);
  });

  it('extracts the sample reports in workers exactly as in this thread', async () => {
    const ctx = getExtractContext();
    const inWorkers = await Promise.all(SAMPLES.map((p) => pool.extract(p)));
    for (const [i, path] of SAMPLES.entries()) {
      const here = await processFile(path, ctx);
      expect(inWorkers[i].path).toBe(path);
      expect(inWorkers[i].sha256).toBe(here.doc?.sha256);
      expect(inWorkers[i].result).toEqual(here.result);
      expect(inWorkers[i].result.status).toBe('ok');
    }
  });

  it('turns a file that cannot be read into a failed result with E_READ, and goes on', async () => {
    const [missing, sample] = await Promise.all([pool.extract('data/samples/no-such-report.txt'), pool.extract(SAMPLES[0])]);
    expect(missing.result.status).toBe('failed');
    expect(missing.result.status === 'failed' && missing.result.code).toBe('E_READ');
    expect(missing.sha256).toBeUndefined();
    expect(sample.result.status).toBe('ok');
  });

  // Last: it closes the shared pool.
  it('refuses work once closed', async () => {
    await pool.close();
    await expect(pool.extract(SAMPLES[0])).rejects.toMatchObject({ code: 'E_EXTRACT' });
  });
});

describe('createExtractPool serializing for a build', () => {
  // The twin of a sample under another name: the same entities, another report.
  const twin = (sample: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-twin-')), `twin-${sample.split('/').pop()}`);
    writeFileSync(file, readFileSync(sample).toString('utf8').replace(/^/, '\n'));
    return file;
  };
  const sharedKeys = (f: ExtractedFile) => (f.result.status === 'ok' ? f.result.output!.shared.nodes.map(([k]) => k) : []);
  const receipt = (f: ExtractedFile) => (f.result.status === 'ok' ? f.result.output!.receipt! : -1);

  it("leaves out of a report's shared elements what went with a report settled as merged, not with one set aside", async () => {
    ensureDist();
    const pool = await createExtractPool({ jobs: 1, serialize: { store: false } });
    try {
      const first = await pool.extract(SAMPLES[0]);
      const entities = sharedKeys(first).filter((k) => !k.startsWith('report:'));
      expect(entities.length).toBeGreaterThan(5);
      pool.settle(receipt(first), true);
      // The receipt goes with the next file: its twin now sends its report node and nothing known.
      const again = await pool.extract(twin(SAMPLES[0]));
      expect(sharedKeys(again).filter((k) => entities.includes(k))).toEqual([]);
      expect(sharedKeys(again).some((k) => k.startsWith('report:'))).toBe(true);

      const other = await pool.extract(SAMPLES[1]);
      const news = sharedKeys(other).filter((k) => !entities.includes(k) && !k.startsWith('report:'));
      expect(news.length).toBeGreaterThan(5);
      // Set aside (a duplicate, say): the graph may not have its elements, so they are sent again.
      pool.settle(receipt(other), false);
      const otherTwin = await pool.extract(twin(SAMPLES[1]));
      expect(sharedKeys(otherTwin)).toEqual(expect.arrayContaining(news));
    } finally {
      await pool.close();
    }
  }, 180_000);
});

describe('createExtractPool with a failing worker', () => {
  // Stand-in workers (plain .mjs) that speak the pool's protocol, so no dist/ is needed.
  const write = (name: string, body: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-pool-')), name);
    writeFileSync(file, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
    return pathToFileURL(file);
  };

  it('fails the files of a worker that crashed with E_EXTRACT and carries on with a new worker', async () => {
    // Crashes on files whose name contains "poison"; extracts nothing but answers every other file.
    const workerFile = write(
      'crashing-worker.mjs',
      `parentPort.postMessage({ type: 'ready', setupMs: 1 });
       parentPort.on('message', (m) => {
         if (m.type === 'close') return parentPort.close();
         if (m.path.includes('poison')) throw new Error('native crash stand-in');
         parentPort.postMessage({ type: 'extracted', id: m.id, path: m.path, result: { status: 'failed', file: m.path, code: 'E_READ', message: 'stub' } });
       });`,
    );
    const pool = await createExtractPool({ jobs: 1, workerFile });
    try {
      const poisoned = await pool.extract('a-poison.txt');
      expect(poisoned.result).toMatchObject({ status: 'failed', code: 'E_EXTRACT' });
      expect(poisoned.result.status === 'failed' && poisoned.result.message).toContain('a-poison.txt');
      const next = await pool.extract('fine.txt');
      expect(next.result).toMatchObject({ status: 'failed', code: 'E_READ', file: 'fine.txt' });
    } finally {
      await pool.close();
    }
  });

  it('rejects with the code the worker reports when it cannot load its context', async () => {
    const workerFile = write(
      'bad-ontology-worker.mjs',
      `parentPort.postMessage({ type: 'init-failed', error: { code: 'E_ONTOLOGY', message: 'laws.yaml: broken' } });`,
    );
    await expect(createExtractPool({ jobs: 2, workerFile })).rejects.toMatchObject({ code: 'E_ONTOLOGY' });
  });
});
