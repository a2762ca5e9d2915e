// Opens the exported explorer of the samples in headless chromium and uses it as a person would:
// the graph is drawn, search focuses a node, a click shows the passages behind it, the practices
// view and table name the towns sharing a practice, nothing leaves the page, and a hostile name is
// shown as text. With UPDATE_GOLDEN=1 it also refreshes docs/explorer.png (the README screenshot).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerScopeSummary } from '../../../src/export/html/explorer-data.js';
import { writeHtmlExplorer } from '../../../src/export/html/export-html.js';
import { addExtraction } from '../../../src/graph/add-extraction.js';
import type { KgGraph } from '../../../src/graph/kg-graph.js';
import { HOSTILE, HOSTILE_PROVINCE, HOSTILE_TOWN, hostileExtraction } from './hostile-extraction.js';
import { CHROMIUM_MISSING, launchChromium } from './launch-chromium.js';
import { SAMPLES_DIR, buildSampleGraph } from './sample-graph.js';

const PRACTICE = 'program:枫桥经验';
const SCREENSHOT = resolve(import.meta.dirname, '../../../docs/explorer.png');

if (CHROMIUM_MISSING) console.warn(`skipping the explorer browser test: ${CHROMIUM_MISSING}`);

/** Towns whose reports adopt `program`, read straight from the graph. */
function townsAdopting(graph: KgGraph, program: string): string[] {
  const towns = new Set<string>();
  graph.forEachInEdge(program, (_e, a, report) => {
    if (a.type !== 'ADOPTS') return;
    graph.forEachOutEdge(report, (_e2, a2, _s, town) => {
      if (a2.type === 'ISSUED_BY') towns.add(String(graph.getNodeAttribute(town, 'name')));
    });
  });
  return [...towns].sort();
}

/** Standard deviation of the luminance of a PNG, and the share of non-white pixels (decoded by chromium). */
async function measurePng(page: Page, png: Buffer): Promise<{ deviation: number; inked: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let sum = 0;
    let sq = 0;
    let inked = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const l = 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2];
      sum += l;
      sq += l * l;
      if (l < 235) inked++;
    }
    const mean = sum / n;
    return { deviation: Math.sqrt(sq / n - mean * mean), inked: inked / n };
  }, png.toString('base64'));
}

describe.skipIf(CHROMIUM_MISSING !== null)('the HTML explorer in chromium', () => {
  let graph: KgGraph;
  let dir: string;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];

  /** Exports `g` and opens it from file://, recording every request, dialog and error. */
  async function openExplorer(g: KgGraph, name: string, scope?: ExplorerScopeSummary): Promise<Page> {
    const { file } = await writeHtmlExplorer(g, join(dir, name), { seed: 7, scope });
    const p = await browser.context.newPage();
    p.on('request', (r) => requests.push(r.url()));
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await p.goto(pathToFileURL(file).href);
    await p.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    return p;
  }

  beforeAll(async () => {
    graph = await buildSampleGraph();
    dir = mkdtempSync(join(tmpdir(), 'kg-explorer-'));
    browser = await launchChromium();
    page = await openExplorer(graph, 'graph.html');
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws the nodes (the graph canvas is not blank)', async () => {
    const shot = await page.locator('#graph').screenshot();
    const blankPage = await browser.context.newPage();
    const { deviation, inked } = await measurePng(blankPage, shot);
    await blankPage.close();
    expect(deviation).toBeGreaterThan(8);
    expect(inked).toBeGreaterThan(0.002);
  });

  it('focuses 枫桥经验 when it is searched', async () => {
    expect(graph.hasNode(PRACTICE)).toBe(true);
    await page.fill('#search', '枫桥经验');
    await expect.poll(() => page.locator('#search-results button').first().getAttribute('data-key')).toBe(PRACTICE);
    await page.press('#search', 'Enter');
    await expect.poll(() => page.locator('#details').getAttribute('data-node')).toBe(PRACTICE);
    expect(await page.locator('#details-title').textContent()).toBe('枫桥经验');
    // The camera moves to the node: once the animation ends it sits near the middle of the graph.
    const box = (await page.locator('#graph').boundingBox())!;
    const offCentre = async () => {
      const pos = await page.evaluate((k) => (window as any).kgExplorer.nodeViewportPosition(k), PRACTICE);
      return Math.max(Math.abs(pos.x - box.width / 2) / box.width, Math.abs(pos.y - box.height / 2) / box.height);
    };
    await expect.poll(offCentre, { timeout: 5_000 }).toBeLessThan(0.05);
  });

  it('shows the evidence passages, surface highlighted, when the node is clicked', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#details').getAttribute('data-node')).toBeNull();
    const box = (await page.locator('#graph').boundingBox())!;
    const pos = await page.evaluate((k) => (window as any).kgExplorer.nodeViewportPosition(k), PRACTICE);
    await page.mouse.click(box.x + pos.x, box.y + pos.y);
    await expect.poll(() => page.locator('#details').getAttribute('data-node')).toBe(PRACTICE);
    const marks = await page.locator('#details .evidence mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toContain('枫桥经验');
    // The passage shown is the report's own text.
    const sources = readdirSync(SAMPLES_DIR).map((f) => readFileSync(join(SAMPLES_DIR, f), 'utf8')).join('\n');
    const passage = (await page.locator('#details .evidence .passage').first().textContent())!;
    for (const piece of passage.split('…').filter((p) => p.length > 10)) expect(sources).toContain(piece);

  });

  it('lists the towns sharing a practice in the practices view and its table', async () => {
    const expected = townsAdopting(graph, PRACTICE);
    expect(expected.length).toBeGreaterThan(0);
    await page.selectOption('#view', 'practices');
    await expect.poll(() => page.evaluate(() => (window as any).kgExplorer.view())).toBe('practices');
    await expect.poll(() => page.locator('#details').getAttribute('data-node')).toBe(PRACTICE);
    const neighbours = await page.locator('#details ul.neighbours button').allTextContents();
    expect([...neighbours].sort()).toEqual(expected);

    // The README screenshot: a town adopting the practice, its practices and the towns sharing them.
    await page.locator('#details ul.neighbours button').first().click();
    await expect.poll(() => page.locator('#details-title').textContent()).toBe(expected[0]);
    await page.click('#fit');
    await page.waitForTimeout(500);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(resolve(SCREENSHOT, '..'), { recursive: true });
      writeFileSync(SCREENSHOT, await page.screenshot());
    }
    await page.keyboard.press('Escape');
    await page.fill('#search', '枫桥经验');
    await page.press('#search', 'Enter');

    await page.click('#toggle-table');
    const row = page.locator(`#data-table tr[data-key="${PRACTICE}"]`);
    await expect.poll(() => row.count()).toBe(1);
    const cells = await row.locator('td').allTextContents();
    expect(cells).toContain(String(expected.length));
    for (const town of expected) expect(cells.join('|')).toContain(town);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n').find((l) => l.startsWith('枫桥经验,'))).toBeDefined();
    await page.click('#close-table');
  });

  it('filters the nodes by province and by year', async () => {
    await page.keyboard.press('Escape');
    await page.selectOption('#view', 'practices');
    const province = String(graph.getNodeAttribute(graph.findNode((_k, a) => a.label === 'AdminUnit' && a.level === 'township')!, 'province'));
    const townsIn = (p: string) => graph.filterNodes((k, a) => a.label === 'AdminUnit' && a.province === p && graph.someInEdge(k, (_e, ea) => ea.type === 'ISSUED_BY'));
    await page.selectOption('#filter-province', province);
    const visible: string[] = await page.evaluate(() => (window as any).kgExplorer.visibleNodes());
    expect(visible.filter((k) => graph.getNodeAttribute(k, 'label') === 'AdminUnit').sort()).toEqual(townsIn(province).sort());
    await page.selectOption('#filter-province', '');
    const year = Number(graph.getNodeAttribute(graph.findNode((_k, a) => a.label === 'Report')!, 'year'));
    await page.selectOption('#filter-year', String(year));
    const inYear: string[] = await page.evaluate(() => (window as any).kgExplorer.visibleNodes());
    const reportsOf = (town: string) => graph.filterInNeighbors(town, (_k, a) => a.label === 'Report');
    for (const k of inYear.filter((x) => graph.getNodeAttribute(x, 'label') === 'AdminUnit')) {
      expect(reportsOf(k).some((r) => graph.getNodeAttribute(r, 'year') === year), k).toBe(true);
    }
    expect(inYear.length).toBeGreaterThan(0);
    await page.selectOption('#filter-year', '');
    expect((await page.evaluate(() => (window as any).kgExplorer.visibleNodes())).length).toBeGreaterThan(inYear.length);
  });

  it('renders a name with <script>, quotes and an ampersand as text, never as markup', async () => {
    const hostile = graph.copy();
    addExtraction(hostile, hostileExtraction());
    const page = await openExplorer(hostile, 'hostile.html', { provinces: [HOSTILE_PROVINCE], years: [2023], reports: 1, totalReports: 6 });
    // The header says which reports the page shows, the province's name as text.
    expect(await page.locator('#scope').textContent()).toBe(`${HOSTILE_PROVINCE} · 2023 · 1 / 6 份报告 reports`);
    await page.selectOption('#view', 'practices');
    await page.fill('#search', '<script>');
    await expect.poll(() => page.locator('#search-results .name').first().textContent()).toBe(HOSTILE);
    await page.press('#search', 'Enter');
    await expect.poll(() => page.locator('#details-title').textContent()).toBe(HOSTILE);
    const neighbours = await page.locator('#details ul.neighbours button').allTextContents();
    expect(neighbours).toContain(HOSTILE_TOWN);
    await page.click('#toggle-table');
    expect(await page.locator(`#data-table tr[data-key=${JSON.stringify(`program:${HOSTILE}`)}] th`).textContent()).toBe(HOSTILE);
    expect(await page.locator('#filter-province option', { hasText: '测试省' }).textContent()).toBe(HOSTILE_PROVINCE);
    // Only the page's own two scripts exist, no injected element ran, no dialog opened.
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('#details img, #data-table img, #data-table script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('makes no request beyond the file itself (and its own blobs)', () => {
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url).toMatch(/^(file|data|blob):/);
    expect(errors).toEqual([]);
  });
});
