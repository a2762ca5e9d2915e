import { describe, expect, it } from 'vitest';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { QUERY_PACK, getQueryText } from '../../src/store/query-pack/index.js';
import { buildLintSchema, findUnknownNameWarnings, formatDiagnostics, lintCypher } from '../helpers/lint-cypher.js';

const schema = loadOntology().schema;

/** Only the query's own parameters are declared: a `$name` it does not declare is a lint error. */
function lintNamedQuery(name: string) {
  const q = QUERY_PACK.find((x) => x.name === name)!;
  const parameters = Object.fromEntries(q.params.map((p) => [p.name, p.default ?? (p.type === 'int' ? 1 : 'x')]));
  return lintCypher(getQueryText(q, 'neo4j'), buildLintSchema(schema, parameters));
}

describe('every named query of the query pack passes the Neo4j linter', () => {
  it('has queries to check', () => {
    expect(QUERY_PACK.length).toBeGreaterThan(0);
  });

  it.each(QUERY_PACK.map((q) => [q.name]))('%s has no errors and names only labels and types of the ontology', (name) => {
    const lint = lintNamedQuery(name);
    expect(lint.errors, formatDiagnostics(lint.errors)).toEqual([]);
    expect(findUnknownNameWarnings(lint), formatDiagnostics(lint.warnings)).toEqual([]);
  });
});
