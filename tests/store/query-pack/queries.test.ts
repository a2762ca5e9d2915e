import { describe, expect, it } from 'vitest';
import { QUERY_PACK, getQueryText, type NamedQuery } from '../../../src/store/query-pack/index.js';

/** `$name` references in a Cypher text (strings and comments of the pack hold none). */
function referencedParams(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();
}

const texts = (q: NamedQuery) => [getQueryText(q, 'neo4j'), getQueryText(q, 'kuzu')];

describe('QUERY_PACK', () => {
  it('has unique kebab-case names, each with a one-line description', () => {
    const names = QUERY_PACK.map((q) => q.name);
    expect(new Set(names).size).toBe(names.length);
    for (const q of QUERY_PACK) {
      expect(q.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(q.description.length).toBeGreaterThan(10);
      expect(q.description).not.toContain('\n');
    }
  });

  it.each(QUERY_PACK.map((q) => [q.name, q] as const))('%s uses exactly the parameters it declares, in both dialects', (_name, q) => {
    const declared = q.params.map((p) => p.name).sort();
    for (const text of texts(q)) expect(referencedParams(text)).toEqual(declared);
  });

  it('gives every parameter a description, and int parameters int defaults', () => {
    for (const q of QUERY_PACK) {
      for (const p of q.params) {
        expect(p.description.length).toBeGreaterThan(3);
        if (p.default !== undefined) expect(typeof p.default).toBe(p.type === 'int' ? 'number' : 'string');
      }
    }
  });

  it('stays in the portable subset: no second labels, no type()/labels()/id(), no CALL {}, start/end quoted', () => {
    for (const q of QUERY_PACK) {
      for (const text of texts(q)) {
        expect(text).not.toMatch(/\(\w*:\w+:\w+/);
        expect(text).not.toMatch(/\b(type|labels|id|label)\s*\(/i);
        expect(text).not.toMatch(/CALL\s*\{/i);
        expect(text).not.toMatch(/:(Province|City|County|Township)\b/);
        expect(text).not.toMatch(/\.(start|end)\b/);
      }
    }
  });
});

describe('getQueryText', () => {
  const shared: NamedQuery = { name: 'x', description: 'a test query', params: [], cypher: 'RETURN 1 AS one' };
  it('sends the shared text to both dialects when there is no Kùzu text', () => {
    expect(getQueryText(shared, 'kuzu')).toBe('RETURN 1 AS one');
    expect(getQueryText(shared, 'neo4j')).toBe('RETURN 1 AS one');
  });

  it('sends the Kùzu text to the embedded store only', () => {
    const split = { ...shared, cypherKuzu: 'RETURN 2 AS one' };
    expect(getQueryText(split, 'kuzu')).toBe('RETURN 2 AS one');
    expect(getQueryText(split, 'neo4j')).toBe('RETURN 1 AS one');
  });
});
