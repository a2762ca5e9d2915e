// Every bundled query, run on the embedded store built from data/samples. Expected rows come from
// two independent sources: facts read in the reports themselves (行政处罚法 is cited by 鲁山道街道 and
// 三乡镇 …) and the same question answered by walking the in-memory graph in plain TypeScript.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KgError } from '../../../src/errors.js';
import type { KgGraph } from '../../../src/graph/kg-graph.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { openEmbeddedStore, writeEmbeddedStore, type EmbeddedStoreStats, type KuzuGraphStore } from '../../../src/store/embedded/index.js';
import { QUERY_PACK, runNamedQuery } from '../../../src/store/query-pack/index.js';
import type { StoreRow } from '../../../src/store/store.js';
import type { NodeAttributes } from '../../../src/types.js';
import { buildSampleGraph } from './sample-graph.js';

let root: string;
let graph: KgGraph;
let store: KuzuGraphStore;
let stats: EmbeddedStoreStats;

beforeAll(async () => {
  ({ graph } = await buildSampleGraph());
  root = mkdtempSync(join(tmpdir(), 'kg-pack-'));
  stats = await writeEmbeddedStore(graph, loadOntology(), join(root, 'out'));
  store = await openEmbeddedStore(join(root, 'out'));
});

afterAll(async () => {
  await store?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

// ------------------------------------------------------------ the graph, walked in plain code

type Attrs = NodeAttributes & Record<string, unknown>;

function nodesOf(label: string): Array<[string, Attrs]> {
  const out: Array<[string, Attrs]> = [];
  graph.forEachNode((key, a) => {
    if (a.label === label) out.push([key, a as Attrs]);
  });
  return out;
}

function out(key: string, type: string): Array<{ target: string; attrs: Record<string, unknown> }> {
  const edges: Array<{ target: string; attrs: Record<string, unknown> }> = [];
  graph.forEachOutEdge(key, (_e, attrs, _s, target) => {
    if (attrs.type === type) edges.push({ target, attrs });
  });
  return edges;
}

const attrsOf = (key: string) => graph.getNodeAttributes(key) as Attrs;
const issuersOf = (report: string) => out(report, 'ISSUED_BY').map((e) => attrsOf(e.target));
const hasName = (a: Attrs, name: string) =>
  a.name === name || a.fullName === name || (Array.isArray(a.aliases) && (a.aliases as string[]).includes(name));

/** Rows keyed to comparable strings, order ignored. */
function keys(rows: StoreRow[], ...columns: string[]): string[] {
  return rows.map((r) => columns.map((c) => JSON.stringify(r[c])).join(' | ')).sort();
}

function sortedList(value: unknown): string[] {
  return Array.isArray(value) ? [...(value as string[])].sort() : [];
}

async function caught(p: Promise<unknown>): Promise<KgError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(KgError);
    return err as KgError;
  }
  throw new Error('expected the promise to reject');
}

const TESTED = [
  'towns-citing-law',
  'laws-cited-by-town',
  'law-ranking',
  'shared-practices',
  'practice-adopters',
  'practice-spread-by-year',
  'law-firms',
  'co-cited-laws',
  'evidence',
  'town-profile',
  'compare-towns',
  'plans-next-year',
  'search',
];

describe('the query pack', () => {
  it('holds the thirteen queries of the issue, each tested below', () => {
    expect(QUERY_PACK.map((q) => q.name).sort()).toEqual([...TESTED].sort());
  });
});

describe('the samples store', () => {
  it('holds every node and relationship of the samples graph, and a rebuild gives identical counts', async () => {
    const nodes: Record<string, number> = {};
    const rels: Record<string, number> = {};
    graph.forEachNode((_k, a) => void (nodes[a.label] = (nodes[a.label] ?? 0) + 1));
    graph.forEachEdge((_k, a) => void (rels[a.type] = (rels[a.type] ?? 0) + 1));
    const nonZero = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n > 0));
    expect(nonZero(stats.nodes)).toEqual(nodes);
    expect(nonZero(stats.relationships)).toEqual(rels);
    const again = await writeEmbeddedStore(graph, loadOntology(), join(root, 'again'));
    expect(again.nodes).toEqual(stats.nodes);
    expect(again.relationships).toEqual(stats.relationships);
  });
});

describe('towns-citing-law', () => {
  it('finds 鲁山道街道 and 三乡镇 citing 行政处罚法', async () => {
    const rows = await runNamedQuery(store, 'towns-citing-law', { law: '行政处罚法' });
    const towns = rows.map((r) => r.town);
    expect(towns).toContain('鲁山道街道');
    expect(towns).toContain('三乡镇');
  });

  it('gives the same towns for the full name 中华人民共和国行政处罚法', async () => {
    const short = await runNamedQuery(store, 'towns-citing-law', { law: '行政处罚法' });
    const full = await runNamedQuery(store, 'towns-citing-law', { law: '中华人民共和国行政处罚法' });
    expect(full).toEqual(short);
  });

  it('returns exactly the (town, year) pairs whose reports cite the law in the graph', async () => {
    const expected: string[] = [];
    graph.forEachEdge((_e, a, source, target) => {
      if (a.type === 'CITES' && attrsOf(target).label === 'Law' && hasName(attrsOf(target), '宪法')) {
        for (const t of issuersOf(source)) expected.push(`${JSON.stringify(t.name)} | ${JSON.stringify(attrsOf(source).year)}`);
      }
    });
    const rows = await runNamedQuery(store, 'towns-citing-law', { law: '宪法' });
    expect(keys(rows, 'town', 'year')).toEqual(expected.sort());
  });
});

describe('laws-cited-by-town', () => {
  it('lists 行政处罚法 among the laws of 鲁山道街道', async () => {
    const rows = await runNamedQuery(store, 'laws-cited-by-town', { town: '鲁山道街道' });
    expect(rows.map((r) => r.law)).toContain('行政处罚法');
  });

  it('finds a town by its short name and by its division code alike', async () => {
    const full = await runNamedQuery(store, 'laws-cited-by-town', { town: '鲁山道街道' });
    expect(full.length).toBeGreaterThan(0);
    expect(await runNamedQuery(store, 'laws-cited-by-town', { town: '鲁山道' })).toEqual(full);
    const [unit] = nodesOf('AdminUnit').filter(([, a]) => a.name === '鲁山道街道');
    expect(await runNamedQuery(store, 'laws-cited-by-town', { town: String(unit[1].code) })).toEqual(full);
  });

  it('returns exactly the laws the graph has for the town', async () => {
    const expected = new Set<string>();
    for (const [key] of nodesOf('Report')) {
      if (!issuersOf(key).some((t) => t.name === '三乡镇')) continue;
      for (const e of out(key, 'CITES')) if (attrsOf(e.target).label === 'Law') expected.add(String(attrsOf(e.target).name));
    }
    const rows = await runNamedQuery(store, 'laws-cited-by-town', { town: '三乡镇' });
    expect(rows.map((r) => r.law).sort()).toEqual([...expected].sort());
  });
});

describe('law-ranking', () => {
  it('ranks laws by the number of towns citing them, counted as in the graph', async () => {
    const towns = new Map<string, Set<string>>();
    graph.forEachEdge((_e, a, source, target) => {
      if (a.type !== 'CITES' || attrsOf(target).label !== 'Law') return;
      const name = String(attrsOf(target).name);
      for (const t of issuersOf(source)) towns.set(name, (towns.get(name) ?? new Set()).add(String(t.code)));
    });
    const rows = await runNamedQuery(store, 'law-ranking', { limit: 1000 });
    expect(rows.length).toBe(towns.size);
    for (const r of rows) expect(r.towns).toBe(towns.get(String(r.law))?.size);
    const counts = rows.map((r) => r.towns as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('names 鲁山道街道 and 三乡镇 on the row of 行政处罚法, with its kind', async () => {
    const rows = await runNamedQuery(store, 'law-ranking', { limit: 1000 });
    const row = rows.find((r) => r.law === '行政处罚法');
    expect(row?.kind).toBe('national-law');
    expect(sortedList(row?.townNames)).toEqual(expect.arrayContaining(['三乡镇', '鲁山道街道']));
  });

  it('keeps to the limit and to the kind asked for', async () => {
    expect(await runNamedQuery(store, 'law-ranking', { limit: 2 })).toHaveLength(2);
    const local = await runNamedQuery(store, 'law-ranking', { kind: 'local-regulation', limit: 1000 });
    expect(local.length).toBeGreaterThan(0);
    expect(new Set(local.map((r) => r.kind))).toEqual(new Set(['local-regulation']));
  });
});

/** Practices of each town in the graph: town code → { name, practices }. */
function practicesByTown(): Map<string, { name: string; practices: Set<string> }> {
  const byTown = new Map<string, { name: string; practices: Set<string> }>();
  for (const [key, report] of nodesOf('Report')) {
    void report;
    for (const t of issuersOf(key)) {
      const entry = byTown.get(String(t.code)) ?? { name: String(t.name), practices: new Set<string>() };
      for (const e of out(key, 'ADOPTS')) entry.practices.add(String(attrsOf(e.target).name));
      byTown.set(String(t.code), entry);
    }
  }
  return byTown;
}

describe('shared-practices', () => {
  it('pairs 鲁山道街道 and 三乡镇 on 合法性审查', async () => {
    const rows = await runNamedQuery(store, 'shared-practices', { limit: 1000 });
    const pair = rows.find((r) => [r.townA, r.townB].sort().join() === ['三乡镇', '鲁山道街道'].sort().join());
    expect(pair?.practices).toContain('合法性审查');
  });

  it('returns every pair of towns with the practices they share in the graph, weighted by their number', async () => {
    const towns = [...practicesByTown().entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const expected: string[] = [];
    for (let i = 0; i < towns.length; i++) {
      for (let j = i + 1; j < towns.length; j++) {
        const shared = [...towns[i][1].practices].filter((p) => towns[j][1].practices.has(p)).sort();
        if (shared.length) expected.push(`${towns[i][1].name} | ${towns[j][1].name} | ${shared.length} | ${shared.join(',')}`);
      }
    }
    const rows = await runNamedQuery(store, 'shared-practices', { limit: 1000 });
    const got = rows.map((r) => `${r.townA} | ${r.townB} | ${r.shared} | ${sortedList(r.practices).join(',')}`).sort();
    expect(got).toEqual(expected.sort());
    const weights = rows.map((r) => r.shared as number);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  /** The pairs the graph gives, as rows print: only practices adopted by at most maxTowns towns, only pairs with `town` (first) if given. */
  function expectedPairs(maxTowns: number, town?: string): string[] {
    const towns = [...practicesByTown().entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const adopters = new Map<string, number>();
    for (const [, t] of towns) for (const p of t.practices) adopters.set(p, (adopters.get(p) ?? 0) + 1);
    const kept = (p: string) => maxTowns === 0 || adopters.get(p)! <= maxTowns;
    const out: string[] = [];
    for (const [codeA, a] of towns) {
      for (const [codeB, b] of towns) {
        if (town === undefined ? codeA >= codeB : a.name !== town || codeA === codeB) continue;
        const shared = [...a.practices].filter((p) => b.practices.has(p) && kept(p)).sort();
        if (shared.length) out.push(`${a.name} | ${b.name} | ${shared.length} | ${shared.join(',')}`);
      }
    }
    return out.sort();
  }

  const printed = (rows: StoreRow[]) => rows.map((r) => `${r.townA} | ${r.townB} | ${r.shared} | ${sortedList(r.practices).join(',')}`).sort();

  it('pairs towns only on practices adopted by at most maxTowns towns (0: every practice)', async () => {
    const adopters = [...practicesByTown().values()].flatMap((t) => [...t.practices]);
    const most = Math.max(...[...new Set(adopters)].map((p) => adopters.filter((q) => q === p).length));
    expect(most).toBeGreaterThan(2);
    for (const maxTowns of [2, most - 1, 0]) {
      const rows = await runNamedQuery(store, 'shared-practices', { maxTowns, limit: 1000 });
      expect(printed(rows)).toEqual(expectedPairs(maxTowns));
    }
    expect(expectedPairs(2)).not.toEqual(expectedPairs(0));
  });

  it('gives the pairs of one town, named or coded, with it first', async () => {
    const [code, { name }] = [...practicesByTown().entries()].find(([, t]) => t.name === '三乡镇')!;
    const expected = expectedPairs(0, name);
    expect(expected.length).toBeGreaterThan(0);
    for (const town of [name, code]) {
      const rows = await runNamedQuery(store, 'shared-practices', { town, maxTowns: 0, limit: 1000 });
      expect(printed(rows)).toEqual(expected);
    }
  });

  it('drops pairs sharing fewer practices than min', async () => {
    const all = await runNamedQuery(store, 'shared-practices', { limit: 1000 });
    const most = Math.max(...all.map((r) => r.shared as number));
    const top = await runNamedQuery(store, 'shared-practices', { min: most, limit: 1000 });
    expect(top.length).toBeGreaterThan(0);
    expect(top.every((r) => r.shared === most)).toBe(true);
  });
});

describe('practice-adopters', () => {
  it('finds 鲁山道街道 (天津市, 2023) adopting 枫桥经验', async () => {
    const rows = await runNamedQuery(store, 'practice-adopters', { practice: '枫桥经验' });
    expect(rows).toContainEqual(expect.objectContaining({ practice: '枫桥经验', town: '鲁山道街道', province: '天津市', year: 2023 }));
  });

  it('returns exactly the towns adopting the practice in the graph', async () => {
    const expected = [...practicesByTown().values()].filter((t) => t.practices.has('合法性审查')).map((t) => t.name);
    const rows = await runNamedQuery(store, 'practice-adopters', { practice: '合法性审查' });
    expect(rows.map((r) => r.town).sort()).toEqual(expected.sort());
  });
});

describe('practice-spread-by-year', () => {
  it('counts 鲁山道街道 among the towns adopting 枫桥经验 in 2023', async () => {
    const rows = await runNamedQuery(store, 'practice-spread-by-year', { practice: '枫桥经验' });
    const y2023 = rows.find((r) => r.year === 2023);
    expect(y2023?.towns).toContain('鲁山道街道');
  });

  it('gives, for every practice and year, the number of towns of the graph', async () => {
    const expected = new Map<string, Set<string>>();
    graph.forEachEdge((_e, a, source, target) => {
      if (a.type !== 'ADOPTS') return;
      const k = `${attrsOf(target).name} | ${attrsOf(source).year}`;
      for (const t of issuersOf(source)) expected.set(k, (expected.get(k) ?? new Set()).add(String(t.name)));
    });
    const rows = await runNamedQuery(store, 'practice-spread-by-year', {});
    expect(rows.map((r) => `${r.practice} | ${r.year} | ${r.townCount}`).sort()).toEqual(
      [...expected].map(([k, towns]) => `${k} | ${towns.size}`).sort(),
    );
    for (const r of rows) expect(r.townCount).toBe(sortedList(r.towns).length);
  });
});

describe('law-firms', () => {
  it('finds 东炬律师事务所 retained by 练塘镇', async () => {
    const rows = await runNamedQuery(store, 'law-firms', {});
    expect(rows).toContainEqual(expect.objectContaining({ firm: '东炬律师事务所', town: '练塘镇' }));
  });

  it('returns exactly the RETAINS_COUNSEL edges of the graph, and only the firm asked for', async () => {
    const expected: string[] = [];
    graph.forEachEdge((_e, a, source, target) => {
      if (a.type === 'RETAINS_COUNSEL') expected.push(`${attrsOf(target).name} | ${attrsOf(source).name}`);
    });
    const rows = await runNamedQuery(store, 'law-firms', {});
    expect(rows.map((r) => `${r.firm} | ${r.town}`).sort()).toEqual(expected.sort());
    const one = await runNamedQuery(store, 'law-firms', { firm: '东炬律师事务所' });
    expect(one.length).toBeGreaterThan(0);
    expect(new Set(one.map((r) => r.firm))).toEqual(new Set(['东炬律师事务所']));
  });
});

describe('co-cited-laws', () => {
  it('finds 行政复议法 cited with 行政处罚法 in two reports (鲁山道街道, 三乡镇)', async () => {
    const rows = await runNamedQuery(store, 'co-cited-laws', { law: '行政处罚法' });
    const row = rows.find((r) => r.coCited === '行政复议法');
    expect(row?.reports).toBe(2);
    expect(sortedList(row?.towns)).toEqual(['三乡镇', '鲁山道街道']);
    expect(rows.every((r) => r.law === '行政处罚法')).toBe(true);
  });

  it('counts each pair of laws once, as many reports as cite both in the graph', async () => {
    const pairs = new Map<string, number>();
    for (const [key] of nodesOf('Report')) {
      if (issuersOf(key).length === 0) continue;
      const laws = out(key, 'CITES').map((e) => attrsOf(e.target)).filter((a) => a.label === 'Law');
      for (const a of laws) for (const b of laws) if (String(a.id) < String(b.id)) pairs.set(`${a.name} | ${b.name}`, (pairs.get(`${a.name} | ${b.name}`) ?? 0) + 1);
    }
    const rows = await runNamedQuery(store, 'co-cited-laws', { limit: 100000 });
    expect(rows.map((r) => `${r.law} | ${r.coCited} | ${r.reports}`).sort()).toEqual([...pairs].map(([k, n]) => `${k} | ${n}`).sort());
  });
});

describe('evidence', () => {
  it('shows the passage of 练塘镇 that names 东炬律师事务所, with its offsets', async () => {
    const rows = await runNamedQuery(store, 'evidence', { from: '练塘镇', to: '东炬律师事务所' });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.town).toBe('练塘镇');
      expect(r.passage).toContain(String(r.surface));
      expect((r.end as number) - (r.start as number)).toBe(String(r.surface).length);
    }
  });

  it('gives the same rows with the two ends swapped', async () => {
    const ab = await runNamedQuery(store, 'evidence', { from: '鲁山道街道', to: '行政处罚法' });
    const ba = await runNamedQuery(store, 'evidence', { from: '行政处罚法', to: '鲁山道街道' });
    expect(ab.length).toBeGreaterThan(0);
    expect(keys(ba, 'passage', 'start')).toEqual(keys(ab, 'passage', 'start'));
  });

  it('finds the passages naming two laws together', async () => {
    const rows = await runNamedQuery(store, 'evidence', { from: '行政处罚法', to: '行政复议法' });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.passage).toMatch(/行政处罚法/);
      expect(r.passage).toContain(String(r.surface));
    }
  });

  it('returns one row per MENTIONS edge of the town\'s passages, as in the graph', async () => {
    const expected: string[] = [];
    for (const [key] of nodesOf('Report')) {
      if (!issuersOf(key).some((t) => t.name === '三乡镇')) continue;
      for (const hp of out(key, 'HAS_PASSAGE')) {
        for (const m of out(hp.target, 'MENTIONS')) if (hasName(attrsOf(m.target), '宪法')) expected.push(`${m.attrs.start}`);
      }
    }
    const rows = await runNamedQuery(store, 'evidence', { from: '三乡镇', to: '宪法' });
    expect(rows.map((r) => String(r.start)).sort()).toEqual(expected.sort());
  });

  it('takes a report by its title or id at either end, as in the graph', async () => {
    const [key, report] = nodesOf('Report').find(([k]) => issuersOf(k).some((t) => t.name === '三乡镇'))!;
    const expected: string[] = [];
    for (const hp of out(key, 'HAS_PASSAGE')) {
      for (const m of out(hp.target, 'MENTIONS')) if (hasName(attrsOf(m.target), '宪法')) expected.push(`${m.attrs.start}`);
    }
    expect(expected.length).toBeGreaterThan(0);
    for (const end of [String(report.title), key]) {
      for (const params of [{ from: end, to: '宪法' }, { from: '宪法', to: end }]) {
        const rows = await runNamedQuery(store, 'evidence', params);
        expect(rows.map((r) => String(r.start)).sort()).toEqual([...expected].sort());
      }
    }
  });
});

describe('town-profile', () => {
  it('gathers 练塘镇: its 2022 report, 上海市 and 青浦区, 宪法, and its counsel 东炬律师事务所', async () => {
    const rows = await runNamedQuery(store, 'town-profile', { town: '练塘镇' });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ town: '练塘镇', province: '上海市', year: 2022 });
    expect(row.partOf).toContain('青浦区');
    expect(row.laws).toContain('宪法');
    expect(row.counsel).toContain('东炬律师事务所');
  });

  it('lists the laws and practices the graph holds for the town', async () => {
    const [unitKey] = nodesOf('AdminUnit').find(([, a]) => a.name === '三乡镇') ?? [];
    const reports = nodesOf('Report').filter(([key]) => issuersOf(key).some((t) => t.code === attrsOf(unitKey as string).code));
    const laws = new Set<string>();
    const practices = new Set<string>();
    for (const [key] of reports) {
      for (const e of out(key, 'CITES')) if (attrsOf(e.target).label === 'Law') laws.add(String(attrsOf(e.target).name));
      for (const e of out(key, 'ADOPTS')) practices.add(String(attrsOf(e.target).name));
    }
    const rows = await runNamedQuery(store, 'town-profile', { town: '三乡' });
    expect(rows).toHaveLength(reports.length);
    expect(sortedList(rows.flatMap((r) => sortedList(r.laws)))).toEqual([...laws].sort());
    expect(sortedList(rows.flatMap((r) => sortedList(r.practices)))).toEqual([...practices].sort());
  });
});

describe('compare-towns', () => {
  it('puts 行政处罚法 in both 鲁山道街道 and 三乡镇, and 天津市生活垃圾管理条例 in 鲁山道街道 only', async () => {
    const rows = await runNamedQuery(store, 'compare-towns', { townA: '鲁山道街道', townB: '三乡镇' });
    expect(rows).toContainEqual({ aspect: 'law', name: '行政处罚法', side: 'both' });
    expect(rows).toContainEqual({ aspect: 'law', name: '天津市生活垃圾管理条例', side: 'townA only' });
    const swapped = await runNamedQuery(store, 'compare-towns', { townA: '三乡镇', townB: '鲁山道街道' });
    expect(swapped).toContainEqual({ aspect: 'law', name: '天津市生活垃圾管理条例', side: 'townB only' });
  });

  it('places every practice of either town on the side the graph says', async () => {
    const byTown = [...practicesByTown().values()];
    const a = byTown.find((t) => t.name === '练塘镇')?.practices ?? new Set<string>();
    const b = byTown.find((t) => t.name === '河堰镇')?.practices ?? new Set<string>();
    const expected = [...new Set([...a, ...b])].map((p) => `${p} | ${a.has(p) && b.has(p) ? 'both' : a.has(p) ? 'townA only' : 'townB only'}`);
    const rows = await runNamedQuery(store, 'compare-towns', { townA: '练塘镇', townB: '河堰镇' });
    expect(rows.filter((r) => r.aspect === 'practice').map((r) => `${r.name} | ${r.side}`).sort()).toEqual(expected.sort());
  });
});

describe('plans-next-year', () => {
  it('returns the practices named in plan passages, as in the graph', async () => {
    const expected = new Set<string>();
    for (const [key, report] of nodesOf('Report')) {
      for (const hp of out(key, 'HAS_PASSAGE')) {
        if (attrsOf(hp.target).role !== 'plan') continue;
        for (const m of out(hp.target, 'MENTIONS')) {
          if (attrsOf(m.target).label !== 'Program') continue;
          for (const t of issuersOf(key)) expected.add(`${t.name} | ${report.year} | ${attrsOf(m.target).name}`);
        }
      }
    }
    const rows = await runNamedQuery(store, 'plans-next-year', {});
    expect(expected.size).toBeGreaterThan(0);
    expect(rows.map((r) => `${r.town} | ${r.year} | ${r.practice}`).sort()).toEqual([...expected].sort());
  });

  it('keeps to one town when asked', async () => {
    const all = await runNamedQuery(store, 'plans-next-year', {});
    const town = String(all[0]?.town);
    const one = await runNamedQuery(store, 'plans-next-year', { town });
    expect(one).toEqual(all.filter((r) => r.town === town));
  });
});

describe('search', () => {
  it('returns every passage containing the phrase, up to the limit', async () => {
    const expected = nodesOf('Passage').filter(([, p]) => String(p.text).includes('法律顾问')).length;
    const rows = await runNamedQuery(store, 'search', { phrase: '法律顾问', limit: 1000 });
    expect(expected).toBeGreaterThan(2);
    expect(rows).toHaveLength(expected);
    for (const r of rows) expect(r.text).toContain('法律顾问');
    expect(await runNamedQuery(store, 'search', { phrase: '法律顾问', limit: 2 })).toHaveLength(2);
  });

  it('treats quotes, backslashes and braces in the phrase as text', async () => {
    expect(await runNamedQuery(store, 'search', { phrase: '"}\\\' OR 1=1 //' })).toEqual([]);
  });
});

describe('runNamedQuery errors', () => {
  it('fails with E_QUERY_UNKNOWN listing every valid name', async () => {
    const err = await caught(runNamedQuery(store, 'towns-citing-laws', {}));
    expect(err.code).toBe('E_QUERY_UNKNOWN');
    for (const q of QUERY_PACK) expect(err.message).toContain(q.name);
  });

  it('fails with E_QUERY_PARAM listing the expected parameters on an unknown one', async () => {
    const err = await caught(runNamedQuery(store, 'towns-citing-law', { law: '宪法', town: '练塘镇' }));
    expect(err.code).toBe('E_QUERY_PARAM');
    expect(err.message).toContain('"town"');
    expect(err.message).toContain('law (string, required)');
  });

  it('fails with E_QUERY_PARAM on a missing or malformed parameter', async () => {
    expect((await caught(runNamedQuery(store, 'evidence', { from: '练塘镇' }))).code).toBe('E_QUERY_PARAM');
    expect((await caught(runNamedQuery(store, 'law-ranking', { limit: 'ten' }))).code).toBe('E_QUERY_PARAM');
  });
});
