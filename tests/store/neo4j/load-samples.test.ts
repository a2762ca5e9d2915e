import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCypherStatements } from '../../../src/export/cypher/write-cypher-export.js';
import { writeNeo4jCsv } from '../../../src/export/neo4j-csv/write-neo4j-csv.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { loadNeo4j } from '../../../src/store/neo4j/load-neo4j.js';
import { createFakeDriverFactory } from './fake-neo4j-driver.js';
import { buildSampleGraphs, type SampleGraphs } from './sample-graphs.js';

const ontology = loadOntology();
const BASE = { uri: 'neo4j://localhost:7687', user: 'neo4j', password: 'pw-sample' };
let samples: SampleGraphs;
const tmp = mkdtempSync(join(tmpdir(), 'kg-neo4j-samples-'));
beforeAll(async () => {
  samples = await buildSampleGraphs();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the five sample reports in Neo4j (fake driver)', () => {
  it('sends every node and relationship of the samples graph exactly once, with nothing skipped', async () => {
    const fake = createFakeDriverFactory();
    const summary = await loadNeo4j(samples.full, ontology, { ...BASE, createDriver: fake.factory, batchSize: 50 });
    expect(summary.skipped).toEqual([]);
    const sentNodes = fake.driver.runs.filter((r) => r.query.includes('MERGE (n:')).flatMap((r) => (r.params.rows as { key: string }[]).map((x) => x.key));
    const sentRels = fake.driver.runs.filter((r) => r.query.includes('MERGE (a)-[')).flatMap((r) => (r.params.rows as { key: string }[]).map((x) => x.key));
    expect(new Set(sentNodes).size).toBe(sentNodes.length);
    expect(sentNodes.length).toBe(samples.full.order);
    expect(sentRels.sort()).toEqual([...samples.full.edges()].sort());
    expect(summary.nodes.created).toBe(samples.full.order);
    expect(summary.relationships.created).toBe(samples.full.size);
  });

  it('creates nothing on a second load, and only the new nodes after loading three reports then five', async () => {
    const fake = createFakeDriverFactory();
    const opts = { ...BASE, createDriver: fake.factory };
    const first = await loadNeo4j(samples.partial, ontology, opts);
    const grown = await loadNeo4j(samples.full, ontology, opts);
    const again = await loadNeo4j(samples.full, ontology, opts);
    expect(first.nodes.created).toBe(samples.partial.order);
    expect(grown.nodes.created).toBe(samples.full.order - samples.partial.order);
    expect(grown.relationships.created).toBe(samples.full.size - samples.partial.size);
    expect(again.nodes.created).toBe(0);
    expect(again.relationships.created).toBe(0);
    expect(fake.driver.nodes.size).toBe(samples.full.order);
  });

  it('exports neo4j-admin CSV files whose rows add up to the graph', async () => {
    const result = await writeNeo4jCsv(samples.full, ontology, join(tmp, 'csv'));
    const rows = (kind: string) => result.files.filter((f) => f.kind === kind).reduce((n, f) => n + f.rows, 0);
    expect(rows('nodes')).toBe(samples.full.order);
    expect(rows('relationships')).toBe(samples.full.size);
    const passages = readFileSync(join(tmp, 'csv', 'nodes_Passage.csv'), 'utf8');
    expect(passages).toContain('枫桥经验');
  });

  it('exports a Cypher script with one MERGE row per node and relationship', () => {
    const text = [...generateCypherStatements(samples.full, ontology, { batchSize: 40 })].join('\n');
    expect(text.match(/^ {2}\{key: /gm)).toHaveLength(samples.full.order + samples.full.size);
  });
});
