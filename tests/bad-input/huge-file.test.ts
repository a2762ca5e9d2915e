// A 50 MB text file (a PDF dumped to text, many reports in one file) is handled in bounded time and
// memory: read, then refused with E_TOO_LARGE before extraction, whose cost grows faster than the text.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBadCorpus } from '../../scripts/make-bad-corpus.mjs';
import { DEFAULT_MAX_REPORT_CHARS } from '../../src/pipeline/check-report-size.js';
import { getExtractContext } from '../../src/pipeline/create-context.js';
import { processFile } from '../../src/pipeline/process-file.js';
import { SAMPLE_TEXTS, extractChecked } from '../fuzz/fuzz-support.js';

const tmp = mkdtempSync(join(tmpdir(), 'fazhi-huge-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a 50 MB text file', () => {
  let file: string;
  beforeAll(() => {
    const entry = makeBadCorpus({ out: tmp, big: true }).find((e) => e.file.startsWith('huge-'))!;
    file = join(tmp, entry.file);
    getExtractContext();
  });

  it('is refused with E_TOO_LARGE within seconds and a bounded amount of memory', async () => {
    expect(statSync(file).size).toBeGreaterThanOrEqual(50_000_000);
    const t0 = performance.now();
    const { result } = await processFile(file, getExtractContext());
    const ms = performance.now() - t0;
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.code).toBe('E_TOO_LARGE');
    expect(result.status === 'failed' && result.message).toContain('split it into one file per report');
    expect(ms).toBeLessThan(30_000);
    // Peak resident memory of this test process: the bytes, the decoded text and little more.
    expect(process.resourceUsage().maxRSS * 1024).toBeLessThan(1.5 * 1024 ** 3);
  }, 60_000);
});

describe('a long text under the limit', () => {
  it('extracts 20 reports run together (about 100,000 characters) in bounded time', () => {
    let text = '';
    for (let i = 0; text.length < 100_000; i++) text += SAMPLE_TEXTS[i % SAMPLE_TEXTS.length] + '\n';
    expect(text.length).toBeLessThan(DEFAULT_MAX_REPORT_CHARS);
    const { extraction, ms } = extractChecked(text);
    expect(extraction).not.toBeNull();
    expect(ms).toBeLessThan(15_000);
  }, 60_000);
});
