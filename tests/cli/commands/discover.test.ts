// `kg discover`: ranked candidates as a table, JSON or YAML; bad options rejected with the valid choices.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerDiscoverCommand } from '../../../src/cli/commands/discover.js';
import type { CliIo } from '../../../src/cli/io.js';

async function run(args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  const io = { out: '', err: '' };
  const cli: CliIo = { out: (t) => void (io.out += t), err: (t) => void (io.err += t), isTTY: false };
  const program = new Command('kg').exitOverride().configureOutput({ writeOut: cli.out, writeErr: cli.err });
  registerDiscoverCommand(program, cli);
  process.exitCode = undefined;
  let code: number | undefined;
  try {
    await program.parseAsync(['node', 'kg', 'discover', ...args]);
    code = typeof process.exitCode === 'number' ? process.exitCode : undefined;
  } catch (err) {
    code = (err as { exitCode?: number }).exitCode ?? 1;
  }
  process.exitCode = undefined;
  return { ...io, code };
}

describe('kg discover', () => {
  it('prints the top candidates as JSON with reports and an example each', async () => {
    const r = await run(['data/samples', '--top', '3', '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { reports: number; candidates: { name: string; reports: number; example: { sentence: string } }[] };
    expect(data.reports).toBe(5);
    expect(data.candidates).toHaveLength(3);
    for (const c of data.candidates) expect(c.example.sentence.length).toBeGreaterThan(0);
  });

  it('prints a table by default and YAML with --yaml, filtered by --type', async () => {
    const table = await run(['data/samples', '--type', 'Law']);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/candidate\(s\) not in the ontology, from 5 report\(s\)/);
    expect(table.out).toContain('local-regulation');
    const yaml = await run(['data/samples', '--type', 'Law', '--yaml']);
    expect(yaml.out).toContain('# → ontology/gazetteers/laws.yaml');
    expect(yaml.out).not.toContain('programs.yaml');
  });

  it('rejects an unknown type and names the valid ones', async () => {
    const r = await run(['data/samples', '--type', 'Lawz']);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('Law, Program');
  });
});
