import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KgError } from '../../../src/errors.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { openEmbeddedStore, writeEmbeddedStore, type KuzuGraphStore } from '../../../src/store/embedded/index.js';
import { runNamedQuery } from '../../../src/store/query-pack/index.js';
import { holdStore, stopHolder } from './hold-store.js';
import { TRICKY_REPORT_ID, TRICKY_TEXT, makeTrickyGraph } from './tricky-graph.js';

let root: string;
let outDir: string;
let store: KuzuGraphStore;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kg-open-'));
  outDir = join(root, 'out');
  await writeEmbeddedStore(makeTrickyGraph(), loadOntology(), outDir);
  store = await openEmbeddedStore(outDir);
});

afterAll(async () => {
  await store?.close();
  rmSync(root, { recursive: true, force: true });
});

async function caught(p: Promise<unknown>): Promise<KgError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(KgError);
    return err as KgError;
  }
  throw new Error('expected the promise to reject');
}

describe('openEmbeddedStore', () => {
  it('fails with E_STORE_MISSING naming the path and saying to run kg build first', async () => {
    const missing = join(root, 'nowhere');
    const err = await caught(openEmbeddedStore(missing));
    expect(err.code).toBe('E_STORE_MISSING');
    expect(err.message).toContain(join(missing, 'graph.kuzu'));
    expect(err.message).toContain('kg build');
  });

  it('fails with E_STORE_MISSING when graph.kuzu is a folder', async () => {
    const odd = join(root, 'odd');
    mkdirSync(join(odd, 'graph.kuzu'), { recursive: true });
    expect((await caught(openEmbeddedStore(odd))).code).toBe('E_STORE_MISSING');
  });

  it('opens the .kuzu file itself as well as its folder', async () => {
    const direct = await openEmbeddedStore(join(outDir, 'graph.kuzu'));
    try {
      const [row] = await direct.query('MATCH (r:Report) RETURN r.id AS id');
      expect(row.id).toBe(TRICKY_REPORT_ID);
    } finally {
      await direct.close();
    }
  });

  it('opens the store for reading while another process reads it too', async () => {
    const holder = await holdStore(join(outDir, 'graph.kuzu'), true);
    try {
      const reader = await openEmbeddedStore(outDir);
      try {
        expect(await reader.query('MATCH (r:Report) RETURN count(r) AS n')).toEqual([{ n: 1 }]);
      } finally {
        await reader.close();
      }
    } finally {
      await stopHolder(holder);
    }
  });

  it('fails with E_STORE_LOCKED naming the file while another process writes to it', async () => {
    const dir = join(root, 'written');
    await writeEmbeddedStore(makeTrickyGraph(), loadOntology(), dir);
    const holder = await holdStore(join(dir, 'graph.kuzu'), false);
    try {
      const err = await caught(openEmbeddedStore(dir));
      expect(err.code).toBe('E_STORE_LOCKED');
      expect(err.message).toContain(join(dir, 'graph.kuzu'));
    } finally {
      await stopHolder(holder);
    }
  });

  it('says it speaks the kuzu dialect', () => {
    expect(store.dialect).toBe('kuzu');
  });
});

describe('KuzuGraphStore.query', () => {
  it.each([
    ['double quotes', 'say "hi"'],
    ['single quotes', "it's"],
    ['backslashes', 'a\\b\\\\c\\'],
    ['braces', '} { }} $x'],
    ['line breaks', 'one\ntwo\r\nthree'],
    ['Cypher in the value', "') RETURN 1 //"],
  ])('returns a parameter holding %s unchanged', async (_what, value) => {
    expect(await store.query('RETURN $v AS v', { v: value })).toEqual([{ v: value }]);
  });

  it('finds a passage by its full tricky text bound as a parameter', async () => {
    const rows = await store.query('MATCH (p:Passage) WHERE p.text = $t RETURN p.id AS id', { t: TRICKY_TEXT });
    expect(rows).toEqual([{ id: `${TRICKY_REPORT_ID}#1` }]);
  });

  it('runs a named query whose parameter holds quotes, backslashes, braces and a line break', async () => {
    const phrase = TRICKY_TEXT.slice(TRICKY_TEXT.indexOf('"'), TRICKY_TEXT.indexOf('line') + 4);
    expect(phrase).toMatch(/"[\s\S]*\\[\s\S]*\}[\s\S]*\n/);
    const rows = await runNamedQuery(store, 'search', { phrase });
    expect(rows.map((r) => r.text)).toEqual([TRICKY_TEXT]);
  });

  it('turns large integers (bigint in Kùzu) into plain numbers', async () => {
    const [row] = await store.query('MATCH (p:Passage) RETURN sum(p.`end`) AS total, count(p) AS n');
    expect(typeof row.total).toBe('number');
    expect(row.n).toBe(3);
  });

  it('fails with E_QUERY_SYNTAX carrying Kùzu\'s message on a syntax error', async () => {
    const err = await caught(store.query('MATC (n) RETURN n'));
    expect(err.code).toBe('E_QUERY_SYNTAX');
    expect(err.message).toMatch(/Parser exception/);
  });

  it('fails with E_QUERY_SYNTAX on an unknown property', async () => {
    expect((await caught(store.query('MATCH (l:Law) RETURN l.nope'))).code).toBe('E_QUERY_SYNTAX');
  });

  it('fails with E_QUERY_PARAM when given a parameter the text does not use', async () => {
    expect((await caught(store.query('RETURN 1 AS one', { stray: 1 }))).code).toBe('E_QUERY_PARAM');
  });

  it('refuses writes on a store opened read-only', async () => {
    expect((await caught(store.query("CREATE (:Law {id: 'law:x', name: 'x'})"))).code).toBe('E_STORE');
    const rows = await store.query("MATCH (l:Law) WHERE l.id = 'law:x' RETURN l.id");
    expect(rows).toEqual([]);
  });

  it('keeps working after a failed query', async () => {
    await caught(store.query('RETURN nope('));
    expect(await store.query('RETURN 2 AS two')).toEqual([{ two: 2 }]);
  });

  it('runs queries sent at the same time one after the other', async () => {
    const results = await Promise.all([1, 2, 3, 4].map((n) => store.query('RETURN $n AS n', { n })));
    expect(results).toEqual([[{ n: 1 }], [{ n: 2 }], [{ n: 3 }], [{ n: 4 }]]);
  });

  it('fails with E_STORE after close, and closing twice is harmless', async () => {
    const s = await openEmbeddedStore(outDir);
    await s.close();
    await s.close();
    expect((await caught(s.query('RETURN 1'))).code).toBe('E_STORE');
  });
});
