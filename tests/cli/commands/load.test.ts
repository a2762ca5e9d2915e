import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { registerNeo4jExports } from '../../../src/cli/commands/export-neo4j.js';
import { registerLoadCommand, runLoadNeo4jCommand } from '../../../src/cli/commands/load.js';
import type { CliIo } from '../../../src/cli/io.js';
import { createFakeDriverFactory } from '../../store/neo4j/fake-neo4j-driver.js';
import { buildFixtureGraph } from '../../store/neo4j/fixture-graph.js';

const tmp = mkdtempSync(join(tmpdir(), 'kg-load-cli-'));
const built = join(tmp, 'out');
mkdirSync(built);
const graph = buildFixtureGraph();
writeFileSync(join(built, 'graph.json'), JSON.stringify(graph.export()));

const ENV_KEYS = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
  process.exitCode = 0;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    out(t: string) {
      io.stdout += t;
    },
    err(t: string) {
      io.stderr += t;
    },
  };
  return io;
}

function program(io: CliIo): Command {
  const p = new Command('kg').exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  registerLoadCommand(p, io);
  registerNeo4jExports(p.command('export'), io);
  return p;
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

describe('kg load neo4j', () => {
  it('loads OUT/graph.json and prints what was created', async () => {
    const io = captureIo();
    const fake = createFakeDriverFactory();
    const summary = await runLoadNeo4jCommand(
      { uri: 'bolt://localhost:7687', user: 'neo4j', password: 'pw-123456', batchSize: '2', out: built },
      io,
      { createDriver: fake.factory },
    );
    expect(process.exitCode).toBe(0);
    expect(summary?.nodes.created).toBe(graph.order);
    expect(io.stdout).toContain(`Loaded ${built}/graph.json into bolt://localhost:7687`);
    expect(io.stdout).toMatch(new RegExp(`nodes\\s+${graph.order} rows\\s+${graph.order} created`));
    expect(io.stdout).toMatch(new RegExp(`relationships\\s+${graph.size} rows`));
    const passageBatches = fake.driver.runs.filter((r) => r.query.includes('MERGE (n:Passage'));
    expect(passageBatches).toHaveLength(2);
  });

  it('takes the connection from NEO4J_* variables and reports an unreachable server without the password', async () => {
    const port = await closedPort();
    process.env.NEO4J_URI = `bolt://127.0.0.1:${port}`;
    process.env.NEO4J_PASSWORD = 'env-secret-99';
    const io = captureIo();
    await program(io).parseAsync(['node', 'kg', 'load', 'neo4j', '--out', built]);
    expect(process.exitCode).toBe(1);
    expect(io.stderr).toContain('[E_NEO4J_UNREACHABLE]');
    expect(io.stderr).toContain(`bolt://127.0.0.1:${port}`);
    expect(io.stderr).toContain('docker compose up -d --wait');
    expect(io.stderr).not.toContain('env-secret-99');
  });

  it('says how to build when there is no graph.json, and rejects a bad batch size', async () => {
    const io = captureIo();
    await program(io).parseAsync(['node', 'kg', 'load', 'neo4j', '--out', join(tmp, 'nothing')]);
    expect(process.exitCode).toBe(1);
    expect(io.stderr).toContain('[E_STORE_MISSING]');
    expect(io.stderr).toContain('kg build');
    const io2 = captureIo();
    await program(io2).parseAsync(['node', 'kg', 'load', 'neo4j', '--out', built, '--batch-size', 'many']);
    expect(io2.stderr).toContain('[E_USAGE] --batch-size');
  });
});

describe('kg export neo4j-csv | cypher', () => {
  it('writes the CSV folder and the Cypher script from the build folder', async () => {
    const io = captureIo();
    const csvDir = join(tmp, 'csv');
    const file = join(tmp, 'graph.cypher');
    await program(io).parseAsync(['node', 'kg', 'export', 'neo4j-csv', '--from', built, '--out', csvDir]);
    expect(process.exitCode).toBe(0);
    expect(existsSync(join(csvDir, 'nodes_Report.csv'))).toBe(true);
    expect(io.stdout).toContain(`Wrote ${graph.order} nodes`);
    expect(io.stdout).toContain('scripts/neo4j-import.sh');
    await program(io).parseAsync(['node', 'kg', 'export', 'cypher', '--from', built, '--out', file, '--batch-size', '10']);
    expect(process.exitCode).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('CREATE CONSTRAINT kg_Report_id_unique');
    expect(io.stdout).toContain('cypher-shell');
  });
});
