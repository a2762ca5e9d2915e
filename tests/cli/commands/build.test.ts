// `kg build` as the CLI runs it: warnings about built reports are named on stderr as they come and
// counted in the summary; the manifest keeps all of them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuildCommand } from '../../../src/cli/commands/build.js';
import type { CliIo } from '../../../src/cli/io.js';

function fakeIo(): CliIo & { out: (t: string) => void; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, isTTY: false, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t) };
}

const report = (town: string, body: string) =>
  [`${town}2023年法治政府建设工作报告`, `2023年,${body}现将有关工作报告如下:`, '一、主要工作', '镇司法所全年调解矛盾纠纷86起。', `${town}人民政府`, '2024年1月15日'].join('\n');

describe('kg build warnings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-build-warn-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each report whose issuer has no division code, and counts them in the summary', async () => {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    // 城关镇 is the name of dozens of towns; the first report says nothing of where it is.
    writeFileSync(join(inputs, 'a.txt'), report('城关镇', '城关镇认真贯彻落实习近平法治思想。'));
    writeFileSync(join(inputs, 'b.txt'), report('练塘镇', '青浦区练塘镇认真贯彻落实习近平法治思想。'));
    const io = fakeIo();
    const out = join(dir, 'out');
    const result = await runBuildCommand([inputs], { out, store: false, jobs: '1' }, io);
    expect(result?.manifest.counts.ok).toBe(2);
    const warnings = io.stderr.filter((l) => l.includes('warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/a\.txt: issuer 城关镇 kept without a division code: \d+ units have that name/);
    expect(io.stdout.join('')).toContain('Built 2 report(s) into');
    expect(io.stdout.join('')).toContain('; 1 with warnings (manifest.json');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const a = manifest.inputs.find((i: { file: string }) => i.file.endsWith('a.txt'));
    expect(a.warnings).toHaveLength(1);
    process.exitCode = 0;
  });
});
