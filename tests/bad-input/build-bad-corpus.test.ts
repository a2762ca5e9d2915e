// Issue 8's "done when": `kg build` over the bad-input corpus plus the samples. The samples extract
// exactly as in a clean build of the samples alone, every bad file is in the manifest with its
// code, nothing hangs, and the exit code is the "some failed" one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBadCorpus, type BadCorpusEntry } from '../../scripts/make-bad-corpus.mjs';
import { EXIT, type CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import type { BuildManifest, ManifestInput } from '../../src/pipeline/run-build.js';
import type { Extraction } from '../../src/types.js';

const SAMPLES_DIR = 'data/samples';
/** The whole build of ~30 files (one of 50 MB) must end well within this. */
const BUILD_BUDGET_MS = 180_000;

const tmp = mkdtempSync(join(tmpdir(), 'fazhi-bad-build-'));
const badDir = join(tmp, 'bad');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTTY: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

interface Built {
  exitCode: number | undefined;
  manifest: BuildManifest;
  io: ReturnType<typeof captureIo>;
  ms: number;
  out: string;
}

async function build(name: string, paths: string[]): Promise<Built> {
  const out = join(tmp, name);
  const io = captureIo();
  process.exitCode = undefined;
  const t0 = performance.now();
  // One job: extraction runs in this process (no compiled worker needed); --no-store: the store is
  // not what this test is about, and the kuzu writer is slow.
  await runCli(['node', 'kg', 'build', ...paths, '--out', out, '--no-store', '--jobs', '1'], io);
  const ms = performance.now() - t0;
  const exitCode = process.exitCode as number | undefined;
  process.exitCode = 0;
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as BuildManifest;
  return { exitCode, manifest, io, ms, out };
}

function readReport(b: Built, input: ManifestInput): Extraction {
  return JSON.parse(readFileSync(join(b.out, input.reportFile!), 'utf8')) as Extraction;
}

describe('kg build over the bad-input corpus and the samples', () => {
  let entries: BadCorpusEntry[];
  let clean: Built;
  let mixed: Built;
  const inputOf = (b: Built, file: string) => b.manifest.inputs.find((i) => i.file === file);

  beforeAll(async () => {
    entries = makeBadCorpus({ out: badDir, big: true });
    clean = await build('clean', [SAMPLES_DIR]);
    // Samples first: where a bad file repeats a sample, the sample is the copy that is built.
    mixed = await build('mixed', [SAMPLES_DIR, badDir]);
  }, 2 * BUILD_BUDGET_MS);

  it('ends with the "some failed" exit code, in bounded time', () => {
    expect(clean.exitCode).toBe(EXIT.OK);
    expect(mixed.exitCode).toBe(EXIT.SOME_FAILED);
    expect(mixed.ms).toBeLessThan(BUILD_BUDGET_MS);
  });

  it('lists every input in the manifest: the samples and each bad file', () => {
    expect(mixed.manifest.inputs).toHaveLength(clean.manifest.inputs.length + entries.length);
    for (const e of entries) expect(inputOf(mixed, join(badDir, e.file)), e.file).toBeDefined();
  });

  it('records each bad file with the status and code the corpus expects', () => {
    const seen = entries.map((e) => {
      const input = inputOf(mixed, join(badDir, e.file))!;
      return { file: e.file, status: input.status, code: input.code ?? null, duplicateOf: input.duplicateOf ?? null };
    });
    const expected = entries.map((e) => ({
      file: e.file,
      status: e.expect.status,
      code: 'code' in e.expect ? e.expect.code : null,
      duplicateOf: 'duplicateOf' in e.expect ? join(SAMPLES_DIR, e.expect.duplicateOf) : null,
    }));
    expect(seen).toEqual(expected);
  });

  it('names the file in every error message, and lists each failure under errors', () => {
    const failed = mixed.manifest.inputs.filter((i) => i.status === 'failed');
    expect(mixed.manifest.errors.map((e) => e.file)).toEqual(failed.map((i) => i.file));
    for (const e of mixed.manifest.errors) expect(e.message.startsWith(e.file), e.message).toBe(true);
    expect(mixed.manifest.counts.failed).toBe(failed.length);
    expect(mixed.manifest.counts.duplicates).toBe(entries.filter((e) => e.expect.status === 'duplicate').length);
  });

  it('prints each failed and duplicate file with its code on stderr', () => {
    for (const e of entries.filter((x) => x.expect.status !== 'ok')) {
      const code = 'code' in e.expect ? e.expect.code : '';
      expect(mixed.io.stderr, e.file).toContain(`[${code}] ${join(badDir, e.file)}`);
    }
  });

  it('extracts each sample exactly as a clean build of the samples alone does', () => {
    const samples = clean.manifest.inputs;
    expect(samples.length).toBeGreaterThan(0);
    for (const input of samples) {
      const other = inputOf(mixed, input.file);
      expect(other?.status, input.file).toBe('ok');
      expect(readReport(mixed, other!)).toEqual(readReport(clean, input));
    }
  });

  it('keeps the issuer of a report with thousands of unbalanced brackets', () => {
    const e = entries.find((x) => x.file === 'hostile-brackets.txt')!;
    const hostile = readReport(mixed, inputOf(mixed, join(badDir, e.file))!);
    const original = readReport(clean, inputOf(clean, join(SAMPLES_DIR, e.like!))!);
    expect(hostile.issuer).toEqual(original.issuer);
  });

  it('credits a report with two issuers to the stronger evidence and records a warning naming the other', () => {
    const e = entries.find((x) => x.file === 'two-issuers.txt')!;
    const input = inputOf(mixed, join(badDir, e.file))!;
    expect(readReport(mixed, input).issuer?.name).toBe(e.issuer);
    expect(input.warnings).toHaveLength(1);
    expect(input.warnings![0]).toContain(e.rival!);
  });
});
