// bin/kg.js tunes V8's optimization budget before it loads the CLI (KG_V8_INTERRUPT_BUDGET, see
// BENCHMARKS.md). Whatever the variable holds, the launcher must start the CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDist, KG_BIN } from '../pipeline/parallel/ensure-dist.js';

const VERSION = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')).version as string;

beforeAll(() => ensureDist(), 300_000);

function runVersion(budget: string | undefined) {
  const env = { ...process.env };
  delete env.KG_V8_INTERRUPT_BUDGET;
  if (budget !== undefined) env.KG_V8_INTERRUPT_BUDGET = budget;
  return spawnSync(process.execPath, [KG_BIN, '--version'], { env, encoding: 'utf8' });
}

describe('bin/kg.js', () => {
  it.each([
    ['unset (the tuned default)', undefined],
    ['0 (V8 default)', '0'],
    ['a budget', '2500000'],
    ['not a number (ignored)', '1e6; --allow-natives-syntax'],
  ])('starts the CLI with KG_V8_INTERRUPT_BUDGET %s', (_name, budget) => {
    const r = runVersion(budget);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });
});
