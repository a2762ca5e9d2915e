// Worker threads run the compiled library (dist/): tests that start workers first make sure dist/
// is not older than src/ (a fresh clone has it from `npm ci` → prepare), compiling when it is.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');
export const DIST_WORKER = join(ROOT, 'dist', 'pipeline', 'parallel', 'extract-worker.js');
export const KG_BIN = join(ROOT, 'bin', 'kg.js');

/** True when a TypeScript file under src/ has no compiled twin in dist/ at least as new as itself. */
function isStale(srcDir: string, distDir: string): boolean {
  for (const entry of readdirSync(srcDir, { withFileTypes: true })) {
    const src = join(srcDir, entry.name);
    if (entry.isDirectory()) {
      if (isStale(src, join(distDir, entry.name))) return true;
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const out = join(distDir, entry.name.replace(/\.ts$/, '.js'));
      if (!existsSync(out) || statSync(out).mtimeMs < statSync(src).mtimeMs) return true;
    }
  }
  return false;
}

/** Compiles src/ into dist/ when a source file is newer than its compiled twin. */
export function ensureDist(): void {
  if (!isStale(join(ROOT, 'src'), join(ROOT, 'dist'))) return;
  // Test files run in parallel: one compiles, the others wait for it.
  const lock = join(ROOT, '.tmp', 'ensure-dist.lock');
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!isStale(join(ROOT, 'src'), join(ROOT, 'dist'))) return;
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'pipe' });
  } catch (err) {
    // tsc still writes JavaScript when some file has a type error; only a missing worker is fatal.
    if (!existsSync(DIST_WORKER)) throw err;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
