import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getExtractContext } from '../../../src/pipeline/create-context.js';
import { createExtractPool, resolveWorkerFile, type ExtractPool } from '../../../src/pipeline/parallel/create-extract-pool.js';
import { processFile } from '../../../src/pipeline/process-file.js';
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
