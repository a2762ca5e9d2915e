// Integration suite against a live Neo4j: `docker compose up -d --wait`, then
// `NEO4J_URI=neo4j://localhost:7687 npm run test:neo4j` (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE as
// for `kg load neo4j`). It wipes this project's labels in that database before each test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KgGraph } from '../../src/graph/kg-graph.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { loadNeo4j, type LoadNeo4jSummary } from '../../src/store/neo4j/load-neo4j.js';
import { DEFAULT_NEO4J_CONNECTION } from '../../src/store/neo4j/neo4j-connection.js';
import {
  buildCountNodesStatement,
  buildCountRelationshipsStatement,
  FULLTEXT_SEARCH_STATEMENT,
  getLabelFulltextIndexName,
  NAMES_FULLTEXT_INDEX,
} from '../../src/store/neo4j/neo4j-queries.js';
import { openNeo4jStore } from '../../src/store/neo4j/open-neo4j-store.js';
import { QUERY_PACK, runNamedQuery } from '../../src/store/query-pack/index.js';
import type { GraphStore } from '../../src/store/store.js';
import { buildSampleGraphs, type SampleGraphs } from '../store/neo4j/sample-graphs.js';

const URI = process.env.NEO4J_URI;
const SKIP = !URI;
const connection = {
  uri: URI ?? DEFAULT_NEO4J_CONNECTION.uri,
  user: process.env.NEO4J_USER ?? DEFAULT_NEO4J_CONNECTION.user,
  password: process.env.NEO4J_PASSWORD ?? DEFAULT_NEO4J_CONNECTION.password,
  database: process.env.NEO4J_DATABASE || null,
};

if (SKIP) {
  console.log(
    'test:neo4j: NEO4J_URI is not set, so every live Neo4j test below is reported as skipped. ' +
      'Run `docker compose up -d --wait` and then `NEO4J_URI=neo4j://localhost:7687 npm run test:neo4j`.',
  );
} else {
  console.log(`test:neo4j: running against ${connection.uri}; this project's labels in that database are wiped by each test.`);
}

const ontology = loadOntology();

/** Example values for the query pack's parameters (names of things in the samples). */
const EXAMPLE_PARAMS: Record<string, string> = {
  law: '行政处罚法',
  town: '练塘镇',
  townA: '练塘镇',
  townB: '三乡镇',
  practice: '枫桥经验',
  from: '练塘镇',
  to: '东炬律师事务所',
  phrase: '法律顾问',
};

let samples: SampleGraphs;
let store: GraphStore;

async function load(graph: KgGraph, wipe = false): Promise<LoadNeo4jSummary> {
  return loadNeo4j(graph, ontology, { ...connection, wipe });
}

async function countAll(): Promise<{ nodes: Record<string, number>; rels: Record<string, number> }> {
  const nodes: Record<string, number> = {};
  for (const n of ontology.schema.nodes) {
    nodes[n.label] = Number((await store.query(buildCountNodesStatement(n.label)))[0].count);
  }
  const rels: Record<string, number> = {};
  for (const r of ontology.schema.relationships) {
    rels[r.type] = Number((await store.query(buildCountRelationshipsStatement(r.type)))[0].count);
  }
  return { nodes, rels };
}

function countGraph(graph: KgGraph): { nodes: Record<string, number>; rels: Record<string, number> } {
  const nodes = Object.fromEntries(ontology.schema.nodes.map((n) => [n.label, 0]));
  const rels = Object.fromEntries(ontology.schema.relationships.map((r) => [r.type, 0]));
  graph.forEachNode((_k, a) => (nodes[a.label] += 1));
  graph.forEachEdge((_k, a) => (rels[a.type] += 1));
  return { nodes, rels };
}

describe('kg load neo4j on a live server', () => {
  beforeAll(async () => {
    if (SKIP) return;
    samples = await buildSampleGraphs(3);
    store = await openNeo4jStore(connection);
  });
  afterAll(async () => {
    await store?.close();
  });

  it.skipIf(SKIP)('loads the samples twice and the counts stay the same', async () => {
    const first = await load(samples.full, true);
    const afterFirst = await countAll();
    const second = await load(samples.full);
    const afterSecond = await countAll();
    expect(afterFirst).toEqual(countGraph(samples.full));
    expect(afterSecond).toEqual(afterFirst);
    expect(first.nodes.created).toBe(samples.full.order);
    expect(second.nodes.created).toBe(0);
    expect(second.relationships.created).toBe(0);
  });

  it.skipIf(SKIP)('adds only the new nodes when a build with more reports is loaded', async () => {
    await load(samples.partial, true);
    const before = (await store.query('MATCH (r:Report) RETURN r.id AS id')).map((r) => r.id);
    const grown = await load(samples.full);
    expect(grown.nodes.created).toBe(samples.full.order - samples.partial.order);
    expect(grown.relationships.created).toBe(samples.full.size - samples.partial.size);
    expect(await countAll()).toEqual(countGraph(samples.full));
    const after = (await store.query('MATCH (r:Report) RETURN r.id AS id')).map((r) => r.id);
    for (const id of before) expect(after).toContain(id);
  });

  it.skipIf(SKIP)('gives admin units their level label', async () => {
    await load(samples.full, true);
    const admin = ontology.schema.nodes.find((n) => n.levelLabels)!;
    for (const [level, label] of Object.entries(admin.levelLabels!)) {
      const expected = samples.full.filterNodes((_k, a) => a.label === admin.label && a.level === level).length;
      expect(Number((await store.query(buildCountNodesStatement(label)))[0].count), label).toBe(expected);
    }
  });

  it.skipIf(SKIP)('runs every named query of the query pack', async () => {
    await load(samples.full, true);
    for (const q of QUERY_PACK) {
      const params = Object.fromEntries(q.params.filter((p) => EXAMPLE_PARAMS[p.name] !== undefined).map((p) => [p.name, EXAMPLE_PARAMS[p.name]]));
      const rows = await runNamedQuery(store, q.name, params);
      expect(Array.isArray(rows), q.name).toBe(true);
    }
    const towns = await runNamedQuery(store, 'towns-citing-law', { law: '行政处罚法' });
    expect(towns.length).toBeGreaterThan(0);
  });

  it.skipIf(SKIP)('finds 枫桥经验 through the CJK full-text indexes', async () => {
    await load(samples.full, true);
    const names = await store.query(FULLTEXT_SEARCH_STATEMENT, { index: NAMES_FULLTEXT_INDEX, query: '枫桥经验', limit: 10 });
    expect(names.map((r) => (r.properties as { name?: string }).name)).toContain('枫桥经验');
    const passages = await store.query(FULLTEXT_SEARCH_STATEMENT, { index: getLabelFulltextIndexName('Passage'), query: '枫桥经验', limit: 10 });
    expect(passages.length).toBeGreaterThan(0);
  });
});
