import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KgError } from '../../../src/errors.js';
import { writeNeo4jCsv } from '../../../src/export/neo4j-csv/write-neo4j-csv.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { buildFixtureGraph, HOSTILE } from '../../store/neo4j/fixture-graph.js';

const ontology = loadOntology();
const tmp = mkdtempSync(join(tmpdir(), 'kg-neo4j-csv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** RFC 4180 reader as neo4j-admin reads it (quote `"`, doubled quotes, fields spanning lines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      wasQuoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      wasQuoted = false;
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
      field += ch;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) throw new Error('last line not terminated');
  return rows;
}

interface CsvTable {
  header: { name: string; type: string }[];
  raw: string[];
  rows: string[][];
}

function readTable(dir: string, file: string): CsvTable {
  const [raw, ...rows] = parseCsv(readFileSync(join(dir, file), 'utf8'));
  for (const r of rows) expect(r.length, `${file}: ${r.join(',')}`).toBe(raw.length);
  return {
    raw,
    rows,
    header: raw.map((h) => {
      const i = h.lastIndexOf(':');
      return { name: h.slice(0, i), type: h.slice(i + 1) };
    }),
  };
}

const ADMIN_TYPES = new Set(['string', 'long', 'int', 'double', 'float', 'boolean', 'string[]', 'long[]']);
const HEADER_ID = /^(?<prop>\w*):(?<kind>ID|START_ID|END_ID)\((?<group>\w+)\)$/;

async function exportFixture(name: string, graph = buildFixtureGraph({ reports: 3, hostile: true })) {
  const dir = join(tmp, name);
  const result = await writeNeo4jCsv(graph, ontology, dir);
  return { dir, result, graph };
}

describe('writeNeo4jCsv', () => {
  it('writes one node file per label and one relationship file per type and label pair, with neo4j-admin headers', async () => {
    const { dir, result, graph } = await exportFixture('headers');
    const files = readdirSync(dir).sort();
    expect(files).toContain('nodes_Law.csv');
    expect(files).toContain('rels_CITES_Report_Law.csv');
    expect(files).toContain('schema.cypher');
    const labels = new Set<string>();
    graph.forEachNode((_k, a) => labels.add(a.label));
    expect(files.filter((f) => f.startsWith('nodes_')).sort()).toEqual([...labels].map((l) => `nodes_${l}.csv`).sort());
    const law = readTable(dir, 'nodes_Law.csv');
    expect(law.raw).toEqual(['id:ID(Law)', ':LABEL', 'name:string', 'fullName:string', 'kind:string', 'aliases:string[]']);
    const report = readTable(dir, 'nodes_Report.csv');
    expect(report.raw).toContain('year:long');
    expect(report.raw).toContain('chars:long');
    const reportsRel = readTable(dir, 'rels_REPORTS_Report_Indicator.csv');
    expect(reportsRel.raw).toEqual([':START_ID(Report)', ':END_ID(Indicator)', ':TYPE', 'key:string', 'value:double', 'unit:string', 'raw:string', 'passage:long']);
    for (const f of result.files) {
      const t = readTable(dir, f.name);
      expect(t.rows).toHaveLength(f.rows);
      for (const h of t.raw) {
        if (h === ':LABEL' || h === ':TYPE') continue;
        expect(HEADER_ID.test(h) || ADMIN_TYPES.has(h.slice(h.lastIndexOf(':') + 1)), `${f.name}: ${h}`).toBe(true);
      }
    }
  });

  it('parses back: every relationship starts and ends at a node of the right label, and nothing is lost', async () => {
    const { dir, graph } = await exportFixture('roundtrip');
    const ids = new Map<string, Set<string>>();
    let nodeRows = 0;
    for (const file of readdirSync(dir).filter((f) => f.startsWith('nodes_'))) {
      const t = readTable(dir, file);
      const m = HEADER_ID.exec(t.raw[0])!;
      expect(m.groups!.kind).toBe('ID');
      const set = ids.get(m.groups!.group) ?? new Set<string>();
      for (const r of t.rows) {
        expect(set.has(r[0]), `duplicate id ${r[0]} in ${file}`).toBe(false);
        set.add(r[0]);
      }
      ids.set(m.groups!.group, set);
      nodeRows += t.rows.length;
    }
    let relRows = 0;
    for (const file of readdirSync(dir).filter((f) => f.startsWith('rels_'))) {
      const t = readTable(dir, file);
      const start = HEADER_ID.exec(t.raw[0])!.groups!;
      const end = HEADER_ID.exec(t.raw[1])!.groups!;
      expect([start.kind, end.kind, t.raw[2]]).toEqual(['START_ID', 'END_ID', ':TYPE']);
      expect(file).toBe(`rels_${t.rows[0][2]}_${start.group}_${end.group}.csv`);
      for (const r of t.rows) {
        expect(ids.get(start.group)?.has(r[0]), `${file}: start ${r[0]}`).toBe(true);
        expect(ids.get(end.group)?.has(r[1]), `${file}: end ${r[1]}`).toBe(true);
      }
      relRows += t.rows.length;
    }
    expect(nodeRows).toBe(graph.order);
    expect(relRows).toBe(graph.size);
  });

  it('writes well-formed typed values and arrays split by the array delimiter', async () => {
    const { dir, graph } = await exportFixture('types');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      const t = readTable(dir, file);
      t.header.forEach((h, i) => {
        for (const r of t.rows) {
          const v = r[i];
          if (v === '') continue;
          if (h.type === 'long') expect(v, `${file} ${h.name}`).toMatch(/^-?\d+$/);
          if (h.type === 'double') expect(Number.isFinite(Number(v)), `${file} ${h.name}`).toBe(true);
          if (h.type === 'boolean') expect(['true', 'false']).toContain(v);
        }
      });
    }
    const program = readTable(dir, 'nodes_Program.csv');
    const aliases = program.rows[0][program.raw.indexOf('aliases:string[]')].split(';');
    expect(aliases).toEqual(graph.getNodeAttribute('program:枫桥经验', 'aliases'));
    expect(aliases).toContain(HOSTILE.programAlias);
    const admin = readTable(dir, 'nodes_AdminUnit.csv');
    const lianTang = admin.rows.find((r) => r[0] === '310118103')!;
    expect(lianTang[1]).toBe('AdminUnit;Township');
    expect(admin.rows.find((r) => r[0] === '310000')![1]).toBe('AdminUnit;Province');
  });

  it('keeps quotes, commas, backslashes and newlines of passages and titles intact', async () => {
    const { dir } = await exportFixture('hostile');
    const passages = readTable(dir, 'nodes_Passage.csv');
    const text = passages.raw.indexOf('text:string');
    expect(passages.rows.map((r) => r[text])).toContain(HOSTILE.passageText);
    const docs = readTable(dir, 'nodes_Document.csv');
    expect(docs.rows.map((r) => r[docs.raw.indexOf('title:string')])).toContain(HOSTILE.documentTitle);
    expect(docs.rows.map((r) => r[0])).toContain(`document:${HOSTILE.documentTitle}`);
  });

  it('refuses an array element holding the delimiter, and accepts another delimiter', async () => {
    const graph = buildFixtureGraph();
    graph.setNodeAttribute('law:行政处罚法', 'aliases', ['处罚法;旧称']);
    const err = await writeNeo4jCsv(graph, ontology, join(tmp, 'delim')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KgError);
    expect((err as KgError).code).toBe('E_EXPORT');
    expect((err as KgError).message).toContain('--array-delimiter');
    const dir = join(tmp, 'delim-pipe');
    await writeNeo4jCsv(graph, ontology, dir, { arrayDelimiter: '|' });
    const law = readTable(dir, 'nodes_Law.csv');
    expect(law.rows[0][law.raw.indexOf('aliases:string[]')]).toBe('处罚法;旧称');
    expect(law.rows[0][1]).toBe('Law');
  });

  it('removes the CSV files of an earlier export so the import takes only this one', async () => {
    const { dir } = await exportFixture('stale');
    writeFileSync(join(dir, 'nodes_Gone.csv'), 'id:ID(Gone)\n"x"\n');
    await writeNeo4jCsv(buildFixtureGraph(), ontology, dir);
    expect(existsSync(join(dir, 'nodes_Gone.csv'))).toBe(false);
    expect(existsSync(join(dir, 'nodes_Law.csv'))).toBe(true);
  });
});

describe('scripts/neo4j-import.sh', () => {
  const script = resolve('scripts/neo4j-import.sh');

  it('passes every node and relationship file to neo4j-admin database import full, with the CSV settings', async () => {
    const { dir, result } = await exportFixture('script');
    const stub = join(tmp, 'neo4j-admin-stub.sh');
    const log = join(tmp, 'args.txt');
    writeFileSync(stub, `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > "${log}"\n`);
    chmodSync(stub, 0o755);
    execFileSync('bash', [script, '--database', 'reports', dir], { env: { ...process.env, NEO4J_ADMIN: stub }, stdio: 'pipe' });
    const args = readFileSync(log, 'utf8').trim().split('\n');
    expect(args.slice(0, 3)).toEqual(['database', 'import', 'full']);
    expect(args).toContain('--array-delimiter=;');
    expect(args).toContain('--multiline-fields=true');
    expect(args).toContain('--overwrite-destination=true');
    expect(args.at(-1)).toBe('reports');
    for (const f of result.files) {
      expect(args).toContain(`--${f.kind === 'nodes' ? 'nodes' : 'relationships'}=${dir}/${f.name}`);
    }
  });

  it('with --docker, runs neo4j-admin in the compose service on the folder mounted at /kg-import', async () => {
    const { dir } = await exportFixture('docker');
    const printed = execFileSync('bash', [script, '--docker', '--dry-run', dir], { stdio: 'pipe' }).toString();
    expect(printed).toMatch(/^docker compose run --rm --no-deps -v \S+:\/kg-import:ro neo4j neo4j-admin database import full /);
    expect(printed).toContain('--nodes=/kg-import/nodes_Law.csv');
    expect(printed).toContain('--relationships=/kg-import/rels_CITES_Report_Law.csv');
    expect(printed.trim().endsWith(' neo4j')).toBe(true);
  });

  it('fails with a message when the folder holds no export', () => {
    const empty = mkdtempSync(join(tmp, 'empty-'));
    let stderr = '';
    try {
      execFileSync('bash', [script, empty], { stdio: 'pipe' });
    } catch (err) {
      stderr = String((err as { stderr: Buffer }).stderr);
    }
    expect(stderr).toContain('no nodes_*.csv');
  });
});
