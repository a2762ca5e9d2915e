import { createServer } from 'node:net';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../../src/errors.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { loadNeo4j, type LoadNeo4jOptions, type LoadNeo4jProgress } from '../../../src/store/neo4j/load-neo4j.js';
import { createFakeDriverFactory, type FakeDriverOptions, type RecordedRun } from './fake-neo4j-driver.js';
import { buildFixtureGraph, HOSTILE } from './fixture-graph.js';

const ontology = loadOntology();
const PASSWORD = 's3cret-pw!';
const BASE = { uri: 'neo4j://db.example.org:7687', user: 'neo4j', password: PASSWORD };

async function load(graph = buildFixtureGraph(), opts: Partial<LoadNeo4jOptions> = {}, fake = createFakeDriverFactory()) {
  const summary = await loadNeo4j(graph, ontology, { ...BASE, createDriver: fake.factory, ...opts });
  return { summary, fake, driver: fake.driver, runs: fake.driver.runs };
}

async function loadError(fakeOptions: FakeDriverOptions, opts: Partial<LoadNeo4jOptions> = {}) {
  const fake = createFakeDriverFactory(fakeOptions);
  const err = await loadNeo4j(buildFixtureGraph(), ontology, { ...BASE, createDriver: fake.factory, ...opts }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(KgError);
  return { err: err as KgError, fake };
}

type Kind = 'wipe' | 'schema' | 'await' | 'node' | 'rel';
function kindOf(run: RecordedRun): Kind {
  if (run.query.startsWith('CREATE ')) return 'schema';
  if (run.query.startsWith('CALL db.awaitIndexes')) return 'await';
  if (run.query.includes('DETACH DELETE')) return 'wipe';
  if (run.query.includes('MERGE (n:')) return 'node';
  if (run.query.includes('MERGE (a)-[')) return 'rel';
  throw new Error(`unexpected statement ${run.query}`);
}

const runsOf = (runs: RecordedRun[], query: string) => runs.filter((r) => r.query === query);
const rowsOf = (runs: RecordedRun[], query: string) => runsOf(runs, query).flatMap((r) => r.params.rows as Record<string, unknown>[]);

describe('loadNeo4j against a recording fake driver', () => {
  it('creates a uniqueness constraint for every node key of the ontology before any data', async () => {
    const { runs } = await load();
    const constraints = runs.filter((r) => r.query.startsWith('CREATE CONSTRAINT'));
    expect(constraints[0].query).toBe('CREATE CONSTRAINT kg_Report_id_unique IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE');
    expect(constraints.map((r) => r.query)).toContain(
      'CREATE CONSTRAINT kg_AdminUnit_code_unique IF NOT EXISTS FOR (n:AdminUnit) REQUIRE n.code IS UNIQUE',
    );
    for (const spec of ontology.schema.nodes) {
      const matching = constraints.filter((r) => r.query.includes(`FOR (n:${spec.label}) REQUIRE n.${spec.key} IS UNIQUE`));
      expect(matching, spec.label).toHaveLength(1);
    }
    expect(constraints).toHaveLength(ontology.schema.nodes.length);
    expect(runs.findIndex((r) => kindOf(r) === 'node')).toBeGreaterThan(runs.indexOf(constraints.at(-1)!));
  });

  it('creates CJK full-text indexes on passage text and on entity names, and waits for the indexes', async () => {
    const { runs } = await load();
    expect(runs.map((r) => r.query)).toContain(
      "CREATE FULLTEXT INDEX kg_Passage_fulltext IF NOT EXISTS FOR (n:Passage) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    );
    const names = runs.find((r) => r.query.startsWith('CREATE FULLTEXT INDEX kg_names_fulltext'));
    expect(names?.query).toMatch(/FOR \(n:Report\|AdminUnit\|Law\|Document\|Program\|/);
    expect(names?.query).toContain('ON EACH [n.title, n.name]');
    expect(names?.query).toContain("`fulltext.analyzer`: 'cjk'");
    expect(runs.map((r) => r.query)).toContain('CREATE INDEX kg_Law_name IF NOT EXISTS FOR (n:Law) ON (n.name)');
    const wait = runs.find((r) => kindOf(r) === 'await')!;
    expect(wait.query).toBe('CALL db.awaitIndexes($timeoutSeconds)');
    expect(neo4j.isInt(wait.params.timeoutSeconds)).toBe(true);
  });

  it('sends schema, then nodes, then relationships, each statement in its own write transaction', async () => {
    const { runs } = await load();
    const order: Kind[] = ['schema', 'await', 'node', 'rel'];
    const kinds = runs.map(kindOf);
    for (const k of order) expect(kinds).toContain(k);
    const ranks = kinds.map((k) => order.indexOf(k));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(runs.map((r) => r.tx)).size).toBe(runs.length);
  });

  it('merges each label on its key with the exact statement, sending the properties as parameters', async () => {
    const { runs } = await load();
    expect(rowsOf(runs, 'UNWIND $rows AS row MERGE (n:Law {id: row.key}) SET n += row.props')).toEqual([
      {
        key: 'law:行政处罚法',
        props: { name: '行政处罚法', fullName: '中华人民共和国行政处罚法', kind: 'national-law', aliases: ['中华人民共和国行政处罚法'] },
      },
    ]);
    const reports = rowsOf(runs, 'UNWIND $rows AS row MERGE (n:Report {id: row.key}) SET n += row.props');
    expect(reports.map((r) => r.key)).toEqual(['report:a1a1a1a1a1a1a1a1', 'report:b2b2b2b2b2b2b2b2']);
    const props = reports[0].props as Record<string, unknown>;
    expect(props.title).toBe('2022年度练塘镇法治政府建设年度报告');
    // INT64 goes as a Neo4j integer: a JS number would be stored as a float.
    expect(props.year).toEqual(neo4j.int(2022));
    expect(props.chars).toEqual(neo4j.int(1200));
    expect(props).not.toHaveProperty('id');
  });

  it('gives admin units their level label with one statement per level', async () => {
    const { runs } = await load();
    const township = rowsOf(
      runs,
      'UNWIND $rows AS row MERGE (n:AdminUnit {code: row.key}) SET n += row.props, n:Township REMOVE n:Province:City:County',
    );
    expect(township.map((r) => r.key)).toEqual(['120102007', '310118103']);
    expect(township[1].props).toEqual({ name: '练塘镇', level: 'township', kind: '镇', province: '上海市' });
    const province = rowsOf(
      runs,
      'UNWIND $rows AS row MERGE (n:AdminUnit {code: row.key}) SET n += row.props, n:Province REMOVE n:City:County:Township',
    );
    expect(province.map((r) => r.key)).toEqual(['120000', '310000']);
    const county = rowsOf(runs, 'UNWIND $rows AS row MERGE (n:AdminUnit {code: row.key}) SET n += row.props, n:County REMOVE n:Province:City:Township');
    expect(county.map((r) => r.key)).toEqual(['120102', '310118']);
  });

  it('merges relationships per type and label pair on the edge key, matching the ends by their keys', async () => {
    const { runs } = await load();
    const partOf = rowsOf(
      runs,
      'UNWIND $rows AS row MATCH (a:AdminUnit {code: row.from}) MATCH (b:AdminUnit {code: row.to}) MERGE (a)-[r:PART_OF {key: row.key}]->(b) SET r += row.props',
    );
    expect(partOf).toContainEqual({ key: 'PART_OF|admin:310118103|admin:310118', from: '310118103', to: '310118', props: {} });
    expect(partOf).toHaveLength(4);
    const cites = rowsOf(
      runs,
      'UNWIND $rows AS row MATCH (a:Report {id: row.from}) MATCH (b:Law {id: row.to}) MERGE (a)-[r:CITES {key: row.key}]->(b) SET r += row.props',
    );
    expect(cites[0]).toEqual({
      key: 'CITES|report:a1a1a1a1a1a1a1a1|law:行政处罚法',
      from: 'report:a1a1a1a1a1a1a1a1',
      to: 'law:行政处罚法',
      props: { count: neo4j.int(1) },
    });
    const mentions = rowsOf(
      runs,
      'UNWIND $rows AS row MATCH (a:Passage {id: row.from}) MATCH (b:Law {id: row.to}) MERGE (a)-[r:MENTIONS {key: row.key}]->(b) SET r += row.props',
    );
    expect(mentions[0].props).toEqual({ start: neo4j.int(12), end: neo4j.int(26), surface: '《中华人民共和国行政处罚法》', recognizer: 'titled-citations' });
    const reports = rowsOf(
      runs,
      'UNWIND $rows AS row MATCH (a:Report {id: row.from}) MATCH (b:Indicator {id: row.to}) MERGE (a)-[r:REPORTS {key: row.key}]->(b) SET r += row.props',
    );
    // REPORTS.value is DOUBLE: it stays a JS number (a float in Neo4j), not an integer.
    expect(reports[0].props).toMatchObject({ value: 100, unit: '%', passage: neo4j.int(1) });
  });

  it('splits rows into batches of the batch size, each in its own transaction, losing none', async () => {
    const passageStatement = 'UNWIND $rows AS row MERGE (n:Passage {id: row.key}) SET n += row.props';
    const whole = rowsOf((await load()).runs, passageStatement);
    expect(whole).toHaveLength(4);
    const { runs } = await load(buildFixtureGraph(), { batchSize: 3 });
    const batches = runsOf(runs, passageStatement);
    expect(batches.map((b) => (b.params.rows as unknown[]).length)).toEqual([3, 1]);
    expect(batches.flatMap((b) => b.params.rows as unknown[])).toEqual(whole);
    expect(batches[0].tx).not.toBe(batches[1].tx);
    for (const r of runs.filter((x) => x.params.rows)) expect((r.params.rows as unknown[]).length).toBeLessThanOrEqual(3);
  });

  it('changes nothing when the same graph is loaded twice: same MERGE statements and parameters, nothing created', async () => {
    const graph = buildFixtureGraph();
    const first = await load(graph);
    const count = first.runs.length;
    const second = await load(graph, {}, first.fake);
    const again = second.runs.slice(count);
    const strip = (r: RecordedRun) => ({ query: r.query, params: r.params });
    expect(again.map(strip)).toEqual(first.runs.slice(0, count).map(strip));
    for (const r of again.filter((x) => kindOf(x) === 'node' || kindOf(x) === 'rel')) {
      expect(r.query).toContain('MERGE');
      expect(r.query).not.toMatch(/\bCREATE\b/);
    }
    expect(first.summary.nodes.created).toBe(graph.order);
    expect(first.summary.relationships.created).toBe(graph.size);
    expect(first.summary.schema.constraintsAdded).toBe(ontology.schema.nodes.length);
    expect(second.summary.nodes).toEqual({ rows: graph.order, created: 0, updated: graph.order });
    expect(second.summary.relationships).toEqual({ rows: graph.size, created: 0, updated: graph.size });
    expect(second.summary.schema.constraintsAdded).toBe(0);
    expect(second.summary.skipped).toEqual([]);
  });

  it('adds only what is new when a build with more reports is loaded', async () => {
    const small = buildFixtureGraph({ reports: 2 });
    const big = buildFixtureGraph({ reports: 3 });
    const first = await load(small);
    const second = await load(big, {}, first.fake);
    expect(big.order).toBeGreaterThan(small.order);
    expect(second.summary.nodes.created).toBe(big.order - small.order);
    expect(second.summary.relationships.created).toBe(big.size - small.size);
    expect(second.summary.nodes.updated).toBe(small.order);
  });

  it('wipes only the labels of the ontology, in batches, before creating the schema', async () => {
    const fake = createFakeDriverFactory({ existing: { Law: 2500, Unrelated: 7 } });
    const { runs, summary, driver } = await load(buildFixtureGraph(), { wipe: true }, fake);
    const wipes = runs.filter((r) => kindOf(r) === 'wipe');
    const labels = new Set(wipes.map((r) => /MATCH \(n:(\w+)\)/.exec(r.query)![1]));
    expect([...labels].sort()).toEqual(ontology.schema.nodes.map((n) => n.label).sort());
    expect(wipes.filter((r) => r.query.includes('(n:Law)'))).toHaveLength(3);
    expect(wipes[0].query).toBe('MATCH (n:Report) WITH n LIMIT $limit DETACH DELETE n');
    expect(wipes[0].params).toEqual({ limit: neo4j.int(1000) });
    expect(runs.findIndex((r) => kindOf(r) !== 'wipe')).toBe(wipes.length);
    expect(summary.wiped.nodes).toBe(2500);
    expect(driver.extraNodes.Unrelated).toBe(7);
    expect(driver.extraNodes.Law).toBe(0);
  });

  it('passes quotes, backslashes, newlines and braces through as parameters, never into the Cypher text', async () => {
    const { runs } = await load(buildFixtureGraph({ hostile: true }));
    const passages = rowsOf(runs, 'UNWIND $rows AS row MERGE (n:Passage {id: row.key}) SET n += row.props');
    expect(passages.map((p) => (p.props as { text: string }).text)).toContain(HOSTILE.passageText);
    const docs = rowsOf(runs, 'UNWIND $rows AS row MERGE (n:Document {id: row.key}) SET n += row.props');
    expect(docs.map((d) => (d.props as { title: string }).title)).toContain(HOSTILE.documentTitle);
    const program = rowsOf(runs, 'UNWIND $rows AS row MERGE (n:Program {id: row.key}) SET n += row.props')[0];
    expect((program.props as { aliases: string[] }).aliases).toContain(HOSTILE.programAlias);
    for (const r of runs) {
      for (const fragment of ['依法治镇', '反斜杠', '枫桥', '练塘', '行政处罚法']) expect(r.query).not.toContain(fragment);
    }
  });

  it('reports progress with rows done, the total and a rate, up to every row', async () => {
    const events: LoadNeo4jProgress[] = [];
    const graph = buildFixtureGraph();
    await load(graph, { onProgress: (p) => events.push(p) });
    const data = events.filter((e) => e.phase === 'nodes' || e.phase === 'relationships');
    expect(data.at(-1)!.done).toBe(graph.order + graph.size);
    expect(data.at(-1)!.total).toBe(graph.order + graph.size);
    for (let i = 1; i < data.length; i++) expect(data[i].done).toBeGreaterThanOrEqual(data[i - 1].done);
    for (const e of events) expect(Number.isFinite(e.rowsPerSecond) && e.rowsPerSecond >= 0).toBe(true);
    expect(events.map((e) => e.phase).indexOf('relationships')).toBeGreaterThan(events.map((e) => e.phase).lastIndexOf('nodes'));
  });

  it('opens the session and checks connectivity on the database asked for, and closes both at the end', async () => {
    const { driver } = await load(buildFixtureGraph(), { database: 'reports' });
    expect(driver.connectivityChecks).toEqual([{ database: 'reports' }]);
    expect(driver.sessionConfigs[0]).toMatchObject({ database: 'reports', defaultAccessMode: 'WRITE' });
    expect(driver.events.slice(-2)).toEqual(['session.close', 'driver.close']);
    const plainLoad = await load();
    expect(plainLoad.driver.sessionConfigs[0]).not.toHaveProperty('database');
  });
});

describe('loadNeo4j errors', () => {
  const unavailable = () => new Neo4jError('Failed to connect to server.', 'ServiceUnavailable', '08000', 'error: connection exception');
  const refused = () =>
    new Neo4jError('The client is unauthorized due to authentication failure.', 'Neo.ClientError.Security.Unauthorized' as never, '42NFF', 'error');
  const missingDb = () =>
    new Neo4jError('Database does not exist. Database name: reports.', 'Neo.ClientError.Database.DatabaseNotFound' as never, '22000', 'error');

  it('names the URI but not the password when the server cannot be reached, and says how to start one', async () => {
    const { err, fake } = await loadError({ connectivityError: unavailable() });
    expect(err.code).toBe('E_NEO4J_UNREACHABLE');
    expect(err.message).toContain('neo4j://db.example.org:7687');
    expect(err.message).toContain('docker compose up -d --wait');
    expect(err.message).not.toContain(PASSWORD);
    expect(fake.driver.closed).toBe(true);
    expect(fake.driver.runs).toEqual([]);
  });

  it('reports refused credentials as E_NEO4J_AUTH naming the user', async () => {
    const { err } = await loadError({ connectivityError: refused() });
    expect(err.code).toBe('E_NEO4J_AUTH');
    expect(err.message).toContain('"neo4j"');
    expect(err.message).not.toContain(PASSWORD);
  });

  it('reports a missing database as E_NEO4J_DATABASE naming it', async () => {
    const { err } = await loadError({ connectivityError: missingDb() }, { database: 'reports' });
    expect(err.code).toBe('E_NEO4J_DATABASE');
    expect(err.message).toContain('"reports"');
  });

  it('strips credentials written into the URI and hides the password even when the server echoes it', async () => {
    const echo = new Neo4jError(`bad thing near ${PASSWORD}`, 'Neo.DatabaseError.General.UnknownError' as never, '50N00', 'error');
    const { err } = await loadError({ connectivityError: echo }, { uri: `neo4j://neo4j:${PASSWORD}@db.example.org:7687` });
    expect(err.code).toBe('E_NEO4J');
    expect(err.message).toContain('neo4j://db.example.org:7687');
    expect(err.message).not.toContain(PASSWORD);
  });

  it('keeps the batches already committed when a later batch fails, says so, and still closes the driver', async () => {
    let failed = -1;
    const { err, fake } = await loadError({
      failRun: (run, i) => {
        if (failed < 0 && run.query.includes('MERGE (n:Passage')) {
          failed = i;
          return unavailable();
        }
        return undefined;
      },
    });
    expect(err.code).toBe('E_NEO4J_UNREACHABLE');
    expect(err.detail?.committedBatches).toBe(failed);
    expect(err.message).toContain(`${failed} batch(es) already committed`);
    expect(fake.driver.events.slice(-2)).toEqual(['session.close', 'driver.close']);
  });

  it('rejects a URI that is not neo4j:// or bolt:// and a batch size below one before connecting', async () => {
    for (const [opts, where] of [
      [{ uri: 'http://localhost:7474' }, '--uri'],
      [{ batchSize: 0 }, '--batch-size'],
    ] as const) {
      const fake = createFakeDriverFactory();
      const err = await loadNeo4j(buildFixtureGraph(), ontology, { ...BASE, createDriver: fake.factory, ...opts }).catch((e: KgError) => e);
      expect(err).toBeInstanceOf(KgError);
      expect((err as KgError).code).toBe('E_USAGE');
      expect((err as KgError).where).toBe(where);
      expect(fake.calls).toEqual([]);
    }
  });

  it('maps a refused connection of the real driver to E_NEO4J_UNREACHABLE for bolt:// and neo4j://', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const p = (server.address() as { port: number }).port;
        server.close(() => resolve(p));
      });
    });
    for (const scheme of ['bolt', 'neo4j']) {
      const uri = `${scheme}://127.0.0.1:${port}`;
      const err = await loadNeo4j(buildFixtureGraph(), ontology, { ...BASE, uri }).catch((e: KgError) => e);
      expect((err as KgError).code, scheme).toBe('E_NEO4J_UNREACHABLE');
      expect((err as KgError).message).toContain(uri);
      expect((err as KgError).message).not.toContain(PASSWORD);
    }
  });
});
