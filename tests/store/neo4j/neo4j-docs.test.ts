import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { buildSchemaStatements, NAMES_FULLTEXT_INDEX, getLabelFulltextIndexName } from '../../../src/store/neo4j/neo4j-queries.js';
import { buildLintSchema, findUnknownNameWarnings, formatDiagnostics, lintCypher } from '../../helpers/lint-cypher.js';

const schema = loadOntology().schema;
const doc = readFileSync('README.md', 'utf8');
const blocks = [...doc.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('the README (Explore in Neo4j)', () => {
  it('shows at least five example queries', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it.each(blocks.map((b) => [b.split('\n')[0], b]))('%s passes the Neo4j linter with the ontology', (_title, block) => {
    const params = Object.fromEntries([...block.matchAll(/^:param (\w+) =>/gm)].map((m) => [m[1], 'x']));
    const lint = lintCypher(block, buildLintSchema(schema, params), { consoleCommands: true });
    expect(lint.errors, formatDiagnostics(lint.errors)).toEqual([]);
    expect(findUnknownNameWarnings(lint)).toEqual([]);
  });

  it('names the full-text indexes the loader creates', () => {
    const created = buildSchemaStatements(schema).map((s) => s.name);
    for (const name of [NAMES_FULLTEXT_INDEX, getLabelFulltextIndexName('Passage')]) {
      expect(created).toContain(name);
      expect(doc).toContain(`'${name}'`);
    }
  });
});
