import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStatementsStrs } from '@neo4j-cypher/language-support';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCypherStatements, writeCypherExport } from '../../../src/export/cypher/write-cypher-export.js';
import { toCypherString } from '../../../src/export/cypher/to-cypher-literal.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { buildLintSchema, findUnknownNameWarnings, formatDiagnostics, lintCypher } from '../../helpers/lint-cypher.js';
import { buildFixtureGraph, HOSTILE } from '../../store/neo4j/fixture-graph.js';

const ontology = loadOntology();
const tmp = mkdtempSync(join(tmpdir(), 'kg-cypher-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeCypherExport', () => {
  it('writes constraints first, then an index wait, then node and relationship batches, every statement ending in ;', async () => {
    const file = join(tmp, 'graph.cypher');
    const graph = buildFixtureGraph();
    const result = await writeCypherExport(graph, ontology, file, { batchSize: 2 });
    const text = readFileSync(file, 'utf8');
    const statements = [...generateCypherStatements(graph, ontology, { batchSize: 2 })];
    expect(result.statements).toBe(statements.length);
    expect(result.bytes).toBe(Buffer.byteLength(text));
    for (const st of statements) expect(st.endsWith(';')).toBe(true);
    expect(statements[0]).toBe('CREATE CONSTRAINT kg_Report_id_unique IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;');
    const kinds = statements.map((s) => (s.startsWith('CREATE ') ? 0 : s.startsWith('CALL db.awaitIndexes(300)') ? 1 : s.includes('MERGE (n:') ? 2 : 3));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    expect(new Set(kinds)).toEqual(new Set([0, 1, 2, 3]));
    // 4 passages in batches of 2: two statements.
    expect(statements.filter((s) => s.includes('MERGE (n:Passage {id: row.key})'))).toHaveLength(2);
    // Neo4j's statement splitter (the one cypher-shell-like tools use) sees the same statements.
    expect(parseStatementsStrs(text).filter((s) => s.trim() !== '')).toHaveLength(statements.length);
  });

  it("passes Neo4j's linter with no errors and no parameters, so cypher-shell -f runs it as is", () => {
    const text = [...generateCypherStatements(buildFixtureGraph({ reports: 1, hostile: true }), ontology, { batchSize: 1000 })].join('\n');
    // No parameters declared: a `$param` left in the text would be an error.
    const lint = lintCypher(text, buildLintSchema(ontology.schema, {}));
    expect(lint.errors, formatDiagnostics(lint.errors)).toEqual([]);
    expect(findUnknownNameWarnings(lint)).toEqual([]);
    expect(text).not.toMatch(/\$[a-zA-Z]/);
    // The linter parses the whole script at once: slow on a loaded machine, so a generous limit.
  }, 300_000);

  it('escapes hostile names and passages so they come out of the literal unchanged', () => {
    const text = [...generateCypherStatements(buildFixtureGraph({ hostile: true }), ontology)].join('\n');
    expect(text).toContain(`text: ${toCypherString(HOSTILE.passageText)}`);
    expect(text).toContain(`title: ${toCypherString(HOSTILE.documentTitle)}`);
    expect(text).toContain(toCypherString(HOSTILE.programAlias));
    expect(text).not.toContain(HOSTILE.passageText);
    expect(text).not.toContain(HOSTILE.documentTitle);
  });

  it('writes integers as integers and floats as floats, by the ontology types', () => {
    const text = [...generateCypherStatements(buildFixtureGraph(), ontology)].join('\n');
    expect(text).toMatch(/\{key: 'report:a1a1a1a1a1a1a1a1', props: \{title: '[^']+', year: 2022, /);
    expect(text).toMatch(/props: \{value: 100\.0, unit: '%', raw: '调解成功率达100%', passage: 1\}/);
  });

  it('rejects a batch size below one', () => {
    expect(() => [...generateCypherStatements(buildFixtureGraph(), ontology, { batchSize: 0 })]).toThrow(/positive whole number/);
  });
});
