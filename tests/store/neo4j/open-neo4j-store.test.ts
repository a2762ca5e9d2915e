import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../../src/errors.js';
import type { Neo4jDriverLike } from '../../../src/store/neo4j/load-neo4j.js';
import { openNeo4jStore, toNeo4jParams } from '../../../src/store/neo4j/open-neo4j-store.js';
import { runNamedQuery } from '../../../src/store/query-pack/index.js';

/** A read-only fake: records queries and answers with driver-like records. */
function fakeReader(answer: Record<string, unknown>[], fail?: Error) {
  const seen: { query: string; params: Record<string, unknown>; mode?: string }[] = [];
  const driver = {
    closed: false,
    async verifyConnectivity() {
      return {};
    },
    session(config?: { defaultAccessMode?: string }) {
      return {
        async executeRead<T>(work: (tx: unknown) => Promise<T>): Promise<T> {
          return work({
            async run(query: string, params: Record<string, unknown>) {
              seen.push({ query, params, mode: config?.defaultAccessMode });
              if (fail) throw fail;
              return { records: answer.map((a) => ({ toObject: () => a })) };
            },
          });
        },
        async executeWrite() {
          throw new Error('a query store must not write');
        },
        async close() {},
      };
    },
    async close() {
      driver.closed = true;
    },
  };
  return { driver, seen, createDriver: () => driver as unknown as Neo4jDriverLike };
}

const BASE = { uri: 'neo4j://localhost:7687', user: 'neo4j', password: 'pw-store-1' };

describe('openNeo4jStore', () => {
  it('runs a named query in a read transaction with whole numbers sent as Neo4j integers', async () => {
    const fake = fakeReader([{ law: '行政处罚法', towns: neo4j.int(2) }]);
    const store = await openNeo4jStore({ ...BASE, createDriver: fake.createDriver });
    const rows = await runNamedQuery(store, 'law-ranking', { limit: '5' });
    expect(rows).toEqual([{ law: '行政处罚法', towns: 2 }]);
    expect(fake.seen[0].mode).toBe('READ');
    expect(fake.seen[0].params.limit).toEqual(neo4j.int(5));
    expect(fake.seen[0].params.kind).toBe('');
    await store.close();
    await store.close();
    expect(fake.driver.closed).toBe(true);
  });

  it('maps server errors to KgErrors without the password', async () => {
    const fake = fakeReader([], new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError' as never, '42001', 'error'));
    const store = await openNeo4jStore({ ...BASE, createDriver: fake.createDriver });
    const err = await store.query('MATCH (n RETURN n').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KgError);
    expect((err as KgError).code).toBe('E_QUERY_SYNTAX');
    expect((err as KgError).message).not.toContain(BASE.password);
  });

  it('converts nested whole numbers and leaves other values alone', () => {
    expect(toNeo4jParams({ a: 3, b: 2.5, c: 'x', d: [1, 'y'] })).toEqual({ a: neo4j.int(3), b: 2.5, c: 'x', d: [neo4j.int(1), 'y'] });
  });
});
