// `kg export html|gexf|graphml` on a built folder: files written, a summary printed, bad options
// and a missing build reported with their codes.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerVisualExports } from '../../../src/cli/commands/export-visual.js';
import type { CliIo } from '../../../src/cli/io.js';
import { buildSampleGraph } from '../../export/html/sample-graph.js';

function run(args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  const io = { out: '', err: '' };
  const cli: CliIo = { out: (t) => void (io.out += t), err: (t) => void (io.err += t), isTTY: false };
  const program = new Command('kg').exitOverride().configureOutput({ writeOut: cli.out, writeErr: cli.err });
  registerVisualExports(program.command('export'), cli);
  process.exitCode = undefined;
  return program
    .parseAsync(['node', 'kg', 'export', ...args])
    .catch(() => undefined)
    .then(() => {
      const code = typeof process.exitCode === 'number' ? process.exitCode : undefined;
      process.exitCode = undefined;
      return { ...io, code };
    });
}

describe('kg export html | gexf | graphml', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
    writeFileSync(join(dir, 'graph.json'), JSON.stringify((await buildSampleGraph()).export()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the HTML explorer of a build folder and says where it is', async () => {
    const out = join(dir, 'x', 'graph.html');
    const r = await run(['html', '--from', dir, '--out', out, '--view', 'laws']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(out);
    expect(readFileSync(out, 'utf8')).toContain('"initialView":"laws"');
  });

  it('writes GEXF and GraphML, with passages only when asked', async () => {
    for (const format of ['gexf', 'graphml']) {
      const lean = join(dir, `lean.${format}`);
      const full = join(dir, `full.${format}`);
      expect((await run([format, '--from', dir, '--out', lean])).code).toBe(0);
      expect((await run([format, '--from', dir, '--out', full, '--passages'])).code).toBe(0);
      expect(readFileSync(lean, 'utf8')).not.toContain('"Passage"');
      expect(readFileSync(full, 'utf8').length).toBeGreaterThan(readFileSync(lean, 'utf8').length);
    }
  });

  it('rejects a bad seed and an unknown view', async () => {
    const bad = await run(['html', '--from', dir, '--out', join(dir, 'bad.html'), '--seed', 'abc']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('[E_USAGE]');
    const view = await run(['html', '--from', dir, '--out', join(dir, 'bad.html'), '--view', 'towns']);
    expect(view.err).toContain('towns');
    expect(existsSync(join(dir, 'bad.html'))).toBe(false);
  });

  it('says how to build when the folder holds no graph', async () => {
    const r = await run(['gexf', '--from', join(dir, 'nothing'), '--out', join(dir, 'n.gexf')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('[E_STORE_MISSING]');
  });
});
