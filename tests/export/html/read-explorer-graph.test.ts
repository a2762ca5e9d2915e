// readExplorerGraph scopes what `kg export html` reads of a build: on a real build of data/samples,
// without a scope it gives the explorer what reading the whole graph gave; with one, only the
// reports chosen, what they reach and their passages; and a scope too big or naming nothing in the
// build is refused with the choices that would work.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorerData } from '../../../src/export/html/build-explorer-data.js';
import { readExplorerGraph } from '../../../src/export/html/read-explorer-graph.js';
import { findProvince, listAncestors } from '../../../src/export/views/list-towns.js';
import { createGraph, type KgGraph } from '../../../src/graph/kg-graph.js';
import { runBuild } from '../../../src/pipeline/run-build.js';
import { readBuiltGraph } from '../../../src/store/neo4j/read-built-graph.js';

let root: string;
let outDir: string;
/** The whole build as the explorer read it before scopes: everything but HAS_PASSAGE. */
let whole: KgGraph;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kg-explorer-graph-'));
  outDir = join(root, 'out');
  await runBuild(['data/samples'], { out: outDir, jobs: 1, store: false });
  whole = await readBuiltGraph(outDir, { skipTypes: ['HAS_PASSAGE'] });
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const reportsOf = (g: KgGraph) => g.filterNodes((_k, a) => a.label === 'Report').sort();
const sorted = (xs: string[]) => [...xs].sort();

/** The province of a report's issuer. */
function provinceOf(g: KgGraph, report: string): string | null {
  const issuer = g.findOutEdge(report, (_e, a) => a.type === 'ISSUED_BY');
  return issuer ? findProvince(g, g.target(issuer)) : null;
}

/** What a scope of `reports` must keep of the whole graph: the reports, what they reach, and the hierarchy above. */
function expectedNodes(reports: string[]): string[] {
  const keep = new Set(reports);
  for (const r of reports) whole.forEachOutNeighbor(r, (t) => keep.add(t));
  whole.forEachEdge((_e, a, s, t) => {
    if (typeof a.reportId === 'string' && reports.includes(a.reportId)) [s, t].forEach((k) => keep.add(k));
  });
  for (const k of [...keep]) if (whole.getNodeAttribute(k, 'label') === 'AdminUnit') listAncestors(whole, k).forEach((p) => keep.add(p));
  return sorted([...keep]);
}

describe('readExplorerGraph', () => {
  it('without a scope reads the whole build, and the explorer shows exactly what it showed before', async () => {
    const { graph, scope } = await readExplorerGraph(outDir);
    expect(scope).toEqual({ provinces: [], years: [], reports: 5, totalReports: 5 });
    expect(sorted(graph.nodes())).toEqual(sorted(whole.nodes()));
    expect(sorted(graph.edges())).toEqual(sorted(whole.edges()));
    expect(graph.filterNodes((_k, a) => a.label === 'Passage').length).toBeGreaterThan(100);
    expect(buildExplorerData(graph, { seed: 1, iterations: 5 })).toEqual(buildExplorerData(whole, { seed: 1, iterations: 5 }));
  });

  it('keeps only the reports of a province (named by its start), what they reach and their passages', async () => {
    const { graph, scope } = await readExplorerGraph(outDir, { provinces: ['广东'] });
    const guangdong = reportsOf(whole).filter((r) => provinceOf(whole, r) === '广东省');
    expect(guangdong).toHaveLength(1);
    expect(scope).toEqual({ provinces: ['广东省'], years: [], reports: 1, totalReports: 5 });
    expect(reportsOf(graph)).toEqual(guangdong);
    const passages = graph.filterNodes((_k, a) => a.label === 'Passage');
    expect(passages.length).toBeGreaterThan(10);
    expect(new Set(passages.map((p) => graph.getNodeAttribute(p, 'reportId')))).toEqual(new Set(guangdong));
    expect(sorted(graph.filterNodes((_k, a) => a.label !== 'Passage'))).toEqual(expectedNodes(guangdong));
    // No relation found in another report survives, and every MENTIONS comes from the report or a passage kept.
    graph.forEachEdge((_e, a, s) => {
      if (typeof a.reportId === 'string') expect(guangdong).toContain(a.reportId);
      if (a.type === 'MENTIONS') expect([...guangdong, ...passages]).toContain(s);
    });
    const page = buildExplorerData(graph, { seed: 1, iterations: 5, scope });
    expect(page.scope).toEqual(scope);
    expect(page.provinces).toEqual(['广东省']);
  });

  it('keeps the reports of the years asked, and of a province and a year together', async () => {
    const y2023 = reportsOf(whole).filter((r) => whole.getNodeAttribute(r, 'year') === 2023);
    expect(y2023).toHaveLength(2);
    const byYear = await readExplorerGraph(outDir, { years: [2023] });
    expect(reportsOf(byYear.graph)).toEqual(y2023);
    expect(sorted(byYear.graph.filterNodes((_k, a) => a.label !== 'Passage'))).toEqual(expectedNodes(y2023));
    const both = await readExplorerGraph(outDir, { provinces: ['重庆市', '天津'], years: [2023, 2024] });
    expect(both.scope).toMatchObject({ provinces: ['天津市', '重庆市'], years: [2023, 2024], reports: 2 });
  });

  it('refuses a province or a year the build does not have, naming the ones it has', async () => {
    await expect(readExplorerGraph(outDir, { provinces: ['火星'] })).rejects.toMatchObject({
      code: 'E_USAGE',
      message: expect.stringMatching(/graph\.json: --province "火星": no report .* its provinces: .*广东省 \(1\)/),
    });
    await expect(readExplorerGraph(outDir, { years: [1999] })).rejects.toMatchObject({
      code: 'E_USAGE',
      message: expect.stringMatching(/--year 1999: .* its years: 2023 \(2\), 2024 \(2\), 2022 \(1\)/),
    });
    // Both exist, but no report is from both.
    await expect(readExplorerGraph(outDir, { provinces: ['广东省'], years: [2022] })).rejects.toMatchObject({
      code: 'E_USAGE',
      message: expect.stringContaining('no report of this build is from 广东省, 2022'),
    });
  });

  it('refuses more reports than one page shows before reading any passage, and says how to narrow', async () => {
    const err = await readExplorerGraph(outDir, { maxReports: 4 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'E_USAGE', detail: { reports: 5, maxReports: 4 } });
    expect((err as Error).message).toMatch(/5 reports are more than one explorer page shows \(at most 4.*--province or --year .*provinces: .*years: .*--max-reports/);
    await expect(readExplorerGraph(outDir, { maxReports: 4, years: [2023] })).resolves.toMatchObject({ scope: { reports: 2 } });
    await expect(readExplorerGraph(outDir, { maxReports: 0 })).rejects.toMatchObject({ code: 'E_USAGE' });
  });

  it('refuses a start of a name that fits several provinces', async () => {
    const g = createGraph();
    for (const [code, province, year] of [
      ['44', '广东省', 2023],
      ['45', '广西壮族自治区', 2023],
    ] as const) {
      g.addNode(`admin:${code}`, { label: 'AdminUnit', code, name: province, level: 'province' });
      g.addNode(`report:${code}`, { label: 'Report', id: `report:${code}`, year });
      g.addEdgeWithKey(`ISSUED_BY|report:${code}`, `report:${code}`, `admin:${code}`, { type: 'ISSUED_BY' });
    }
    const dir = join(root, 'two-provinces');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'graph.json'), JSON.stringify(g.export()));
    await expect(readExplorerGraph(dir, { provinces: ['广'] })).rejects.toMatchObject({
      code: 'E_USAGE',
      message: expect.stringContaining('--province "广" names several provinces (广东省, 广西壮族自治区)'),
    });
    const { graph } = await readExplorerGraph(dir, { provinces: ['广西'] });
    expect(graph.nodes().sort()).toEqual(['admin:45', 'report:45']);
  });

  it('says how to build when the folder holds no graph', async () => {
    await expect(readExplorerGraph(join(root, 'nothing'))).rejects.toMatchObject({ code: 'E_STORE_MISSING' });
  });
});
