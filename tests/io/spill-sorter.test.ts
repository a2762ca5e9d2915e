// SpillSorter must give what one stable sort of all its rows gives, whether they stayed in memory
// or went to disk in runs, and leave nothing on disk once its pool is released.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.js';
import { estimateBytes, SpillPool } from '../../src/io/spill-sorter.js';

const root = mkdtempSync(join(tmpdir(), 'kg-spill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Row {
  key: string;
  n: number;
  props: Record<string, unknown>;
}

/** A deterministic stream of rows with repeated keys, non-ASCII text and every JSON value type. */
function makeRows(count: number, seed: number): Row[] {
  let x = seed;
  const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, (_, n) => ({
    key: `MENTIONS|report:${Math.floor(rand() * count / 3).toString(36)}|法治${'甲乙丙'[n % 3]}`,
    n,
    props: { text: `第${n}段\u2028“引号”\n换行`, value: rand() * 1e6, flag: n % 2 === 0, list: ['a', `b${n}`], none: null },
  }));
}

const stableSort = (rows: Row[]) => rows.map((r, i) => ({ r, i })).sort((a, b) => (a.r.key < b.r.key ? -1 : a.r.key > b.r.key ? 1 : a.i - b.i)).map((x) => x.r);

describe('SpillSorter', () => {
  it('keeps rows in memory under the budget, and gives them sorted, stably, as an array', () => {
    const pool = new SpillPool({ budgetBytes: 1 << 30, dir: join(root, 'none') });
    const s = pool.sorter<Row>((r) => r.key);
    const rows = makeRows(2_000, 1);
    for (const r of rows) s.add(r, estimateBytes(r));
    const out = s.finish();
    expect(Array.isArray(out)).toBe(true);
    expect([...out]).toEqual(stableSort(rows));
    expect(pool.spilledRuns).toBe(0);
    expect(existsSync(join(root, 'none'))).toBe(false);
  });

  it('spills the largest buffers to runs beyond the budget and merges them back in the same order, on every read', () => {
    const dir = join(root, 'spill');
    const pool = new SpillPool({ budgetBytes: 200_000, dir });
    const a = pool.sorter<Row>((r) => r.key);
    const b = pool.sorter<Row>((r) => r.key);
    const rowsA = makeRows(5_000, 2);
    const rowsB = makeRows(300, 3);
    // Interleaved, as a graph's groups fill: b stays small and is spilled less.
    rowsA.forEach((r, i) => {
      a.add(r, estimateBytes(r));
      if (i < rowsB.length) b.add(rowsB[i], estimateBytes(rowsB[i]));
    });
    const outA = a.finish();
    const outB = b.finish();
    expect(pool.spilledRuns).toBeGreaterThan(5);
    expect(Array.isArray(outA)).toBe(false);
    expect(outA.length).toBe(rowsA.length);
    expect(outB.length).toBe(rowsB.length);
    // Values survive the JSON round trip (null too); the order is that of one stable sort.
    expect([...outA]).toEqual(stableSort(rowsA));
    expect([...outA]).toEqual(stableSort(rowsA));
    expect([...outB]).toEqual(stableSort(rowsB));
    // The memory in use stays near the budget, not the rows' total.
    expect(pool.used).toBeLessThanOrEqual(200_000);
    // A reader that stops early (a failed batch) closes its run files; a new read starts over.
    for (const r of outA) {
      expect(r.key).toBe(stableSort(rowsA)[0].key);
      break;
    }
    expect([...outA].length).toBe(rowsA.length);
    const [folder] = readdirSync(dir);
    expect(readdirSync(join(dir, folder)).length).toBe(pool.spilledRuns);
    pool.release();
    expect(readdirSync(dir)).toEqual([]);
    pool.release();
  });

  it('reads a row longer than its read buffer (1 MB)', () => {
    const pool = new SpillPool({ budgetBytes: 1_000, dir: join(root, 'long') });
    const s = pool.sorter<Row>((r) => r.key);
    const long = { key: 'b', n: 0, props: { text: '长'.repeat(1_500_000) } };
    s.add(long, estimateBytes(long));
    s.add({ key: 'a', n: 1, props: {} }, 100);
    s.add({ key: 'c', n: 2, props: { text: 'x'.repeat(3_000_000) } }, 6_000_000);
    const out = [...s.finish()];
    expect(out.map((r) => r.key)).toEqual(['a', 'b', 'c']);
    expect(out[1]).toEqual(long);
    expect((out[2].props.text as string).length).toBe(3_000_000);
    pool.release();
  });

  it('does not spill a finished sorter, and refuses a row after finish', () => {
    const pool = new SpillPool({ budgetBytes: 10_000, dir: join(root, 'finished') });
    const done = pool.sorter<Row>((r) => r.key);
    const rows = makeRows(20, 4);
    for (const r of rows) done.add(r, 100);
    const out = done.finish();
    expect(Array.isArray(out)).toBe(true);
    const other = pool.sorter<Row>((r) => r.key);
    for (const r of makeRows(500, 5)) other.add(r, 100);
    expect([...out]).toEqual(stableSort(rows));
    expect(done.spillable).toBe(false);
    expect(() => done.add(rows[0], 1)).toThrow(/after finish/);
    pool.release();
  });

  it('says E_TEMP, naming the place, when the runs cannot be written', () => {
    const notAFolder = join(root, 'a-file');
    writeFileSync(notAFolder, 'x');
    const pool = new SpillPool({ budgetBytes: 1_000, dir: notAFolder });
    const s = pool.sorter<Row>((r) => r.key);
    let err: unknown;
    try {
      for (const r of makeRows(50, 6)) s.add(r, 100);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KgError);
    expect((err as KgError).code).toBe('E_TEMP');
    expect((err as KgError).message).toContain(notAFolder);
    expect((err as KgError).message).toContain('TMPDIR');
  });
});
