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

  it('writes the explorer of the reports of a province and years, and says which', async () => {
    const out = join(dir, 'gd.html');
    const r = await run(['html', '--from', dir, '--out', out, '--province', '广东', '--year', '2023-2024']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 of 5 reports: 广东省, 2023, 2024');
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('"scope":{"provinces":["广东省"],"years":[2023,2024],"reports":1,"totalReports":5}');
    const lists = await run(['html', '--from', dir, '--out', join(dir, 'two.html'), '--province', '天津,重庆', '--province', '广东省', '--year', '2023']);
    expect(lists.out).toContain('2 of 5 reports: 天津市, 广东省, 重庆市, 2023');
  });

  it('refuses a page of more reports than --max-reports, and malformed years and limits', async () => {
    const many = await run(['html', '--from', dir, '--out', join(dir, 'many.html'), '--max-reports', '3']);
    expect(many.code).toBe(1);
    expect(many.err).toMatch(/\[E_USAGE\].*graph\.json: 5 reports are more than one explorer page shows \(at most 3/);
    expect(existsSync(join(dir, 'many.html'))).toBe(false);
    for (const [option, value] of [
      ['--year', '23'],
      ['--year', '2024-2021'],
      ['--max-reports', '0'],
      ['--max-reports', 'lots'],
    ]) {
      const r = await run(['html', '--from', dir, '--out', join(dir, 'bad.html'), option, value]);
      expect(r.code, `${option} ${value}`).toBe(1);
      expect(r.err).toContain(`[E_USAGE] ${option}:`);
    }
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
