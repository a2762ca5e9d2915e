// Ctrl-C during `kg build`: the run stops after the file in hand, removes its unfinished temporary
// folder, leaves the previous OUT exactly as it was, and exits 130; building again completes.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBadCorpus } from '../../scripts/make-bad-corpus.mjs';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import { ensureDist, KG_BIN } from '../pipeline/parallel/ensure-dist.js';

const SAMPLES_DIR = 'data/samples';

const tmp = mkdtempSync(join(tmpdir(), 'fazhi-interrupt-build-'));
const badDir = join(tmp, 'bad');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under `dir` with its size and content hash-free fingerprint (name, size, mtime). */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${p.slice(dir.length)} ${statSync(p).size} ${statSync(p).mtimeMs}`);
    }
  };
  walk(dir);
  return out.sort();
}

/** Folders a build left beside OUT (its temporary `.OUT.partial-*` work folders). */
function leftovers(parent: string): string[] {
  return readdirSync(parent).filter((n) => n.includes('.partial'));
}

function captureIo(onErr?: (text: string) => void): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => {
      io.stderr += t;
      onErr?.(t);
    },
  };
  return io;
}

async function kg(args: string[], io: CliIo): Promise<number | undefined> {
  process.exitCode = undefined;
  await runCli(['node', 'kg', ...args], io);
  const code = process.exitCode as number | undefined;
  process.exitCode = 0;
  return code;
}

describe('kg build interrupted by Ctrl-C', () => {
  const parent = join(tmp, 'builds');
  const out = join(parent, 'out');
  let before: string[];
  let manifestBefore: string;

  beforeAll(async () => {
    makeBadCorpus({ out: badDir });
    mkdirSync(parent, { recursive: true });
    // The previous build the user wants to keep.
    expect(await kg(['build', SAMPLES_DIR, '--out', out, '--no-store', '--jobs', '1'], captureIo())).toBe(0);
    before = snapshot(out);
    manifestBefore = readFileSync(join(out, 'manifest.json'), 'utf8');
  }, 180_000);

  it('exits 130, leaves the previous OUT untouched and no temporary folder behind', async () => {
    let sent = false;
    // Ctrl-C right after the first bad file is reported, while the batch is in full swing.
    const io = captureIo((text) => {
      if (!sent && text.includes('[E_')) {
        sent = true;
        process.emit('SIGINT');
      }
    });
    const code = await kg(['build', badDir, SAMPLES_DIR, '--out', out, '--no-store', '--jobs', '1'], io);
    expect(sent).toBe(true);
    expect(code).toBe(130);
    expect(io.stderr).toContain('[E_INTERRUPTED]');
    expect(snapshot(out)).toEqual(before);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(manifestBefore);
    expect(leftovers(parent)).toEqual([]);
    expect(process.listenerCount('SIGINT'), 'the build stops listening for Ctrl-C').toBe(0);
  }, 180_000);

  it('completes when run again', async () => {
    const code = await kg(['build', badDir, SAMPLES_DIR, '--out', out, '--no-store', '--jobs', '1'], captureIo());
    expect(code).toBe(2);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).not.toBe(manifestBefore);
    expect(leftovers(parent)).toEqual([]);
  }, 180_000);
});

describe('kg build in a child process, with worker threads, sent a real SIGINT', () => {
  const parent = join(tmp, 'spawned');
  const out = join(parent, 'out');

  beforeAll(async () => {
    ensureDist();
    mkdirSync(parent, { recursive: true });
    makeBadCorpus({ out: badDir });
    expect(await kg(['build', SAMPLES_DIR, '--out', out, '--no-store', '--jobs', '1'], captureIo())).toBe(0);
  }, 600_000);

  it('exits 130 and keeps the previous OUT', async () => {
    const before = snapshot(out);
    const child = spawn(process.execPath, [KG_BIN, 'build', badDir, SAMPLES_DIR, '--out', out, '--no-store', '--jobs', '2'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let sent = false;
    const exit = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (!sent && stderr.includes('[E_')) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const code = await exit;
    clearTimeout(timer);
    expect(sent, stderr).toBe(true);
    expect(code, stderr).toBe(130);
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(parent)).toEqual([]);
  }, 180_000);
});
