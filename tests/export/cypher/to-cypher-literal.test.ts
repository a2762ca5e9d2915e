import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCypherLiteral, toCypherMap, toCypherString } from '../../../src/export/cypher/to-cypher-literal.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { buildLintSchema, formatDiagnostics, lintCypher } from '../../helpers/lint-cypher.js';

/** An independent reader of single-quoted Cypher string literals (the escapes of the Cypher manual). */
function readCypherString(literal: string): string {
  expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "'") throw new Error(`unescaped quote at ${i} in ${literal}`);
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i];
    const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
    if (next in simple) out += simple[next];
    else if (next === 'u') {
      out += String.fromCharCode(Number.parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else throw new Error(`unknown escape \\${next}`);
  }
  return out;
}

const HOSTILE_STRINGS = [
  "it's",
  'say "hi"',
  'back\\slash and \\n not a newline',
  'line one\nline two\r\nthree',
  'tab\tform\fbell\u0007nul\u0000',
  '}) MATCH (n) DETACH DELETE n //',
  "'); DROP DATABASE neo4j; //",
  '法治政府建设“枫桥经验”《行政处罚法》',
  'emoji 😀 and a lone surrogate \ud800 end',
  'separators \u2028 \u2029',
  '`backticks` and $param and /* comment */',
  '',
];

describe('toCypherString', () => {
  it.each(HOSTILE_STRINGS.map((s) => [JSON.stringify(s), s]))('reads back %s unchanged', (_name, s) => {
    const literal = toCypherString(s);
    expect(readCypherString(literal)).toBe(s);
    expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
  });

  it('round-trips any UTF-16 string, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const literal = toCypherString(s);
        return readCypherString(literal) === s && !/[\n\r]/.test(literal);
      }),
      { numRuns: 500 },
    );
  });

  it('escapes exactly the characters that need it and keeps Chinese as is', () => {
    expect(toCypherString("a'b")).toBe("'a\\'b'");
    expect(toCypherString('a\\b')).toBe("'a\\\\b'");
    expect(toCypherString('a\nb')).toBe("'a\\nb'");
    expect(toCypherString('\u0001')).toBe("'\\u0001'");
    expect(toCypherString('枫桥经验')).toBe("'枫桥经验'");
  });

  it("is accepted by Neo4j's own parser for every hostile value", () => {
    const dbSchema = buildLintSchema(loadOntology().schema);
    const query = `RETURN [${HOSTILE_STRINGS.map(toCypherString).join(', ')}] AS values`;
    const lint = lintCypher(query, dbSchema);
    expect(lint.errors, formatDiagnostics(lint.errors)).toEqual([]);
    const broken = lintCypher(`RETURN ['it's'] AS values`, dbSchema);
    expect(broken.errors.length).toBeGreaterThan(0);
  });
});

describe('toCypherLiteral', () => {
  it('writes numbers by their ontology type: floats stay floats, integers stay integers', () => {
    expect(toCypherLiteral(5, 'DOUBLE')).toBe('5.0');
    expect(toCypherLiteral(57.8, 'DOUBLE')).toBe('57.8');
    expect(toCypherLiteral(1e21, 'DOUBLE')).toBe('1e21');
    expect(toCypherLiteral(1.5e-7, 'DOUBLE')).toBe('1.5e-7');
    expect(toCypherLiteral(Number.NaN, 'DOUBLE')).toBe('null');
    expect(toCypherLiteral(2022, 'INT64')).toBe('2022');
    expect(toCypherLiteral(-3, 'INT64')).toBe('-3');
    expect(toCypherLiteral(2.5, 'INT64')).toBe('null');
  });

  it('writes lists, booleans, null and maps with quoted keys where needed', () => {
    expect(toCypherLiteral(['a', "b'"], 'STRING[]')).toBe("['a', 'b\\'']");
    expect(toCypherLiteral(true)).toBe('true');
    expect(toCypherLiteral(null)).toBe('null');
    expect(toCypherMap({ name: 'x', 'odd key': 1, 'a`b': 2 })).toBe("{name: 'x', `odd key`: 1, `a``b`: 2}");
    expect(toCypherMap({ value: 3 }, { value: 'DOUBLE' })).toBe('{value: 3.0}');
  });
});
