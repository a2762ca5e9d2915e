import { describe, expect, it } from 'vitest';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import type { GraphSchema } from '../../../src/ontology/types.js';
import {
  buildAwaitIndexesStatement,
  buildCountNodesStatement,
  buildCountRelationshipsStatement,
  buildNodeWriteStatement,
  buildSchemaStatements,
  buildWipeStatement,
  FULLTEXT_SEARCH_STATEMENT,
  listNodeWriteStatements,
  listRelationshipWriteStatements,
  quoteName,
} from '../../../src/store/neo4j/neo4j-queries.js';
import { buildLintSchema, findUnknownNameWarnings, formatDiagnostics, lintCypher } from '../../helpers/lint-cypher.js';

const ontology = loadOntology();
const schema = ontology.schema;

describe('neo4j-queries', () => {
  it('generates a node statement per label and level label, and a relationship statement per type and label pair', () => {
    const nodes = listNodeWriteStatements(schema).map((s) => s.id);
    for (const n of schema.nodes) expect(nodes).toContain(`node:${n.label}`);
    const levels = schema.nodes.flatMap((n) => Object.values(n.levelLabels ?? {}).map((l) => `node:${n.label}:${l}`));
    expect(levels.length).toBeGreaterThan(0);
    for (const id of levels) expect(nodes).toContain(id);
    const rels = listRelationshipWriteStatements(schema).map((s) => s.id);
    const pairs = schema.relationships.reduce((n, r) => n + r.from.length * r.to.length, 0);
    expect(rels).toHaveLength(pairs);
    expect(rels).toContain('rel:MENTIONS:Passage->Law');
    expect(rels).toContain('rel:ISSUED_BY:Report->AdminUnit');
  });

  it('follows an extended ontology without code changes', () => {
    const extended: GraphSchema = {
      nodes: [
        ...schema.nodes,
        { label: 'Court', key: 'id', caption: 'name', properties: [{ name: 'id', type: 'STRING' }, { name: 'name', type: 'STRING' }], fulltext: [] },
      ],
      relationships: [...schema.relationships, { type: 'SUED_IN', from: ['AdminUnit'], to: ['Court'], properties: [] }],
    };
    const texts = buildSchemaStatements(extended).map((s) => s.text);
    expect(texts).toContain('CREATE CONSTRAINT kg_Court_id_unique IF NOT EXISTS FOR (n:Court) REQUIRE n.id IS UNIQUE');
    expect(texts.find((t) => t.includes('kg_names_fulltext'))).toContain('|Court)');
    expect(listRelationshipWriteStatements(extended).map((s) => s.text)).toContain(
      'UNWIND $rows AS row MATCH (a:AdminUnit {code: row.from}) MATCH (b:Court {id: row.to}) MERGE (a)-[r:SUED_IN {key: row.key}]->(b) SET r += row.props',
    );
  });

  it('quotes names that are not plain identifiers with backticks, doubling backticks inside', () => {
    expect(quoteName('Law')).toBe('Law');
    expect(quoteName('my label')).toBe('`my label`');
    expect(quoteName('a`b')).toBe('`a``b`');
    const odd = { label: 'Odd Label', key: 'id', caption: 'id', properties: [{ name: 'id', type: 'STRING' as const }], fulltext: [] };
    expect(buildNodeWriteStatement(odd)).toBe('UNWIND $rows AS row MERGE (n:`Odd Label` {id: row.key}) SET n += row.props');
  });

  it('refuses a level label the spec does not declare', () => {
    const admin = schema.nodes.find((n) => n.levelLabels)!;
    expect(() => buildNodeWriteStatement(admin, 'Village')).toThrow(/not a level label/);
  });
});

describe('every statement the loader sends passes the Neo4j linter with no errors', () => {
  const dbSchema = buildLintSchema(schema, { rows: [], limit: 1000, timeoutSeconds: 300, index: 'kg_names_fulltext', query: '枫桥经验' });
  const statements: [string, string][] = [
    ...buildSchemaStatements(schema).map((s) => [s.name, s.text] as [string, string]),
    ['await', buildAwaitIndexesStatement()],
    ...listNodeWriteStatements(schema).map((s) => [s.id, s.text] as [string, string]),
    ...listRelationshipWriteStatements(schema).map((s) => [s.id, s.text] as [string, string]),
    ...schema.nodes.map((n) => [`wipe:${n.label}`, buildWipeStatement(n.label)] as [string, string]),
    ...schema.nodes.map((n) => [`count:${n.label}`, buildCountNodesStatement(n.label)] as [string, string]),
    ...schema.relationships.map((r) => [`count:${r.type}`, buildCountRelationshipsStatement(r.type)] as [string, string]),
    ['fulltext-search', FULLTEXT_SEARCH_STATEMENT],
  ];

  it.each(statements)('%s', (_id, text) => {
    const lint = lintCypher(text, dbSchema);
    expect(lint.errors, formatDiagnostics(lint.errors)).toEqual([]);
    // Labels and types come from the ontology: the linter must know every one of them.
    expect(findUnknownNameWarnings(lint), formatDiagnostics(lint.warnings)).toEqual([]);
  });

  it('the linter catches an error in such a statement (so the check above can fail)', () => {
    const broken = buildWipeStatement('Law').replace('WITH n', 'WITH');
    expect(lintCypher(broken, dbSchema).errors.length).toBeGreaterThan(0);
    expect(lintCypher('RETURN $undeclared', dbSchema).errors.length).toBeGreaterThan(0);
    expect(findUnknownNameWarnings(lintCypher('MATCH (n:Lawz) RETURN n', dbSchema))).toHaveLength(1);
  });
});
