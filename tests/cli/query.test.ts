import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatDemoAnswers, registerQueryCommand } from '../../src/cli/commands/query.js';
import type { CliIo } from '../../src/cli/io.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { openEmbeddedStore, writeEmbeddedStore } from '../../src/store/embedded/index.js';
import { QUERY_PACK } from '../../src/store/query-pack/index.js';
import { TRICKY_TEXT, makeTrickyGraph } from '../store/embedded/tricky-graph.js';

let root: string;
let db: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kg-cli-query-'));
  db = join(root, 'out');
  await writeEmbeddedStore(makeTrickyGraph(), loadOntology(), db);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

afterEach(() => {
  process.exitCode = undefined;
});

/** Runs `kg query …` through commander with captured output. */
async function kgQuery(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), isTTY: false };
  const program = new Command('kg').exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  registerQueryCommand(program, io);
  process.exitCode = undefined;
  await program.parseAsync(['node', 'kg', 'query', ...args]);
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { out, err, code };
}

describe('kg query --list', () => {
  it('names every bundled query with its description and parameters', async () => {
    const { out, code } = await kgQuery('--list');
    expect(code).toBe(0);
    for (const q of QUERY_PACK) {
      expect(out).toContain(q.name);
      expect(out).toContain(q.description);
      for (const p of q.params) expect(out).toContain(`--param ${p.name}=`);
    }
  });
});

describe('kg query <name>', () => {
  it('prints the rows of a named query as a table', async () => {
    const { out, code, err } = await kgQuery('towns-citing-law', '--db', db, '--param', 'law=中华人民共和国行政处罚法');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^town\s+│/);
    expect(out).toContain('练塘镇');
    expect(out).toContain('(1 row)');
  });

  it('prints JSON and CSV on request', async () => {
    const json = await kgQuery('laws-cited-by-town', '--db', db, '-p', 'town=练塘', '--format', 'json');
    expect(JSON.parse(json.out).map((r: { law: string }) => r.law).sort()).toEqual(['宪法', '行政处罚法']);
    const csv = await kgQuery('law-firms', '--db', db, '--format', 'csv');
    expect(csv.out.split('\n')[0]).toBe('firm,town,province,year');
    expect(csv.out).toContain('东炬律师事务所,练塘镇,上海市,2023');
  });

  it('binds int parameters as numbers and string parameters verbatim', async () => {
    const { out, code } = await kgQuery('search', '--db', db, '-p', `phrase=${TRICKY_TEXT.slice(0, 20)}`, '-p', 'limit=1', '-f', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([expect.objectContaining({ text: TRICKY_TEXT })]);
  });

  it('fails with E_QUERY_UNKNOWN and the list of valid names on an unknown name, without needing a store', async () => {
    const { err, code, out } = await kgQuery('towns-citing-laws', '--db', join(root, 'missing'));
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err).toContain('[E_QUERY_UNKNOWN]');
    for (const q of QUERY_PACK) expect(err).toContain(q.name);
  });

  it('fails with E_QUERY_PARAM and the expected parameters on an unknown, missing or malformed parameter', async () => {
    const unknown = await kgQuery('towns-citing-law', '--db', db, '-p', 'law=宪法', '-p', 'year=2023');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('[E_QUERY_PARAM]');
    expect(unknown.err).toContain('law (string, required)');
    const missing = await kgQuery('evidence', '--db', db, '-p', 'from=练塘镇');
    expect(missing.err).toContain('[E_QUERY_PARAM]');
    expect(missing.err).toContain('to (string, required)');
    const malformed = await kgQuery('law-ranking', '--db', db, '-p', 'limit=many');
    expect(malformed.err).toContain('[E_QUERY_PARAM]');
    const noEquals = await kgQuery('law-ranking', '--db', db, '-p', 'limit');
    expect(noEquals.err).toContain('[E_QUERY_PARAM]');
  });
});

describe('kg query "<cypher>"', () => {
  it('runs Cypher with typed parameters', async () => {
    const { out, code } = await kgQuery('MATCH (l:Law) RETURN l.name AS law ORDER BY law LIMIT $n', '--db', db, '-p', 'n:int=1', '-f', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([{ law: '宪法' }]);
  });

  it('passes a parameter value with quotes, backslashes, braces and a line break unchanged', async () => {
    const value = 'a"b\\c}{d\ne\'f';
    const { out } = await kgQuery('RETURN $v AS v', '--db', db, '-p', `v=${value}`, '-f', 'json');
    expect(JSON.parse(out)).toEqual([{ v: value }]);
  });

  it("fails with E_QUERY_SYNTAX and Kùzu's message on a syntax error", async () => {
    const { err, code } = await kgQuery('MATCH (n RETURN n', '--db', db);
    expect(code).not.toBe(0);
    expect(err).toContain('[E_QUERY_SYNTAX]');
    expect(err).toContain('Parser exception');
  });

  it('fails with E_STORE_MISSING naming the path and kg build when there is no store', async () => {
    const missing = join(root, 'missing');
    const { err, code } = await kgQuery('RETURN 1', '--db', missing);
    expect(code).not.toBe(0);
    expect(err).toContain('[E_STORE_MISSING]');
    expect(err).toContain(join(missing, 'graph.kuzu'));
    expect(err).toContain('kg build');
  });

  it('fails with E_USAGE on an unknown format or no query at all', async () => {
    expect((await kgQuery('RETURN 1', '--db', db, '-f', 'xml')).err).toContain('[E_USAGE]');
    const none = await kgQuery('--db', db);
    expect(none.code).not.toBe(0);
    expect(none.err).toContain('[E_USAGE]');
  });

  it('fails with E_QUERY_PARAM on an unknown parameter type', async () => {
    expect((await kgQuery('RETURN $v AS v', '--db', db, '-p', 'v:date=2024-01-01')).err).toContain('[E_QUERY_PARAM]');
  });
});

describe('formatDemoAnswers', () => {
  it('prints the law ranking, the towns citing its top law and the shared practices', async () => {
    const store = await openEmbeddedStore(db);
    try {
      const text = await formatDemoAnswers(store);
      expect(text).toContain('== kg query law-ranking');
      expect(text).toMatch(/== kg query towns-citing-law --param law=(宪法|行政处罚法)/);
      expect(text).toContain('== kg query shared-practices');
      expect(text).toContain('练塘镇');
    } finally {
      await store.close();
    }
  });
});
