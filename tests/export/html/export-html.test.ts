// The exported explorer page without a browser: one self-contained file under a CSP forbidding
// connections, data inert and escaped, passages kept as evidence, layouts repeatable by seed.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExplorerData } from '../../../src/export/html/build-explorer-data.js';
import { exportHtml } from '../../../src/export/html/export-html.js';
import { escapeInlineScript, serializeJsonForScript } from '../../../src/export/html/render-explorer-page.js';
import { addExtraction } from '../../../src/graph/add-extraction.js';
import { createGraph, type KgGraph } from '../../../src/graph/kg-graph.js';
import { GUANGDONG, ZHONGSHAN, makeExtraction } from '../views/make-extraction.js';
import { HOSTILE, hostileExtraction } from './hostile-extraction.js';
import { buildSampleGraph } from './sample-graph.js';

describe('exportHtml', () => {
  let graph: KgGraph;
  let html: string;
  beforeAll(async () => {
    graph = (await buildSampleGraph()).copy();
    addExtraction(graph, hostileExtraction());
    html = await exportHtml(graph, { view: 'practices', seed: 3 });
  });

  it('writes one self-contained page whose CSP forbids every connection', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:">`);
    // No external script, stylesheet, font or image: nothing with a src or href in the markup.
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/gi)).toHaveLength(2);
    // sigma.js is bundled in (its WebGL programs are there), not fetched.
    expect(html).toContain('WebGL');
  });

  it('inlines the data as inert JSON in which `<` is escaped, so names cannot close the script', () => {
    const json = html.slice(html.indexOf('<script type="application/json" id="kg-data">') + 45, html.indexOf('</script>'));
    expect(json).not.toContain('<');
    const data = JSON.parse(json);
    expect(data.initialView).toBe('practices');
    expect(data.views.practices.nodes.some((n: { name: string }) => n.name === HOSTILE)).toBe(true);
    expect(serializeJsonForScript({ a: '</script><!--' })).toBe('{"a":"\\u003c/script>\\u003c!--"}');
    expect(escapeInlineScript('x="</script>";y="<!--"')).toBe('x="<\\/script>";y="<\\!--"');
  });

  it('writes a working page for an empty graph', async () => {
    const page = await exportHtml(createGraph());
    const data = JSON.parse(page.slice(page.indexOf('id="kg-data">') + 13, page.indexOf('</script>')));
    expect(data.views.all.nodes).toEqual([]);
    expect(data.tables.map((t: { rows: unknown[] }) => t.rows.length)).toEqual([0, 0]);
  });

  it('rejects an unknown view with E_USAGE', async () => {
    await expect(exportHtml(graph, { view: 'towns' as never })).rejects.toMatchObject({ code: 'E_USAGE' });
  });
});

describe('buildExplorerData', () => {
  let graph: KgGraph;
  beforeAll(async () => {
    graph = await buildSampleGraph();
  });

  it('draws entity-level nodes in the all view and keeps the passages as evidence of edges', () => {
    const data = buildExplorerData(graph, { seed: 1 });
    const all = data.views.all;
    expect(all.nodes.some((n) => n.label === 'Passage')).toBe(false);
    expect(all.nodes.length).toBe(graph.filterNodes((_k, a) => a.label !== 'Passage').length);
    const cites = all.edges.filter((e) => e.type === 'CITES');
    expect(cites.length).toBeGreaterThan(0);
    for (const e of cites) {
      expect(e.evidence.length, e.key).toBeGreaterThan(0);
      for (const ev of e.evidence) {
        const p = data.passages[ev.p];
        expect(p.report).toBe(e.source);
        // Every highlight is a surface the pipeline recorded for this passage and entity.
        const surfaces = new Set<string>();
        graph.forEachEdge(p.key, e.target, (_k, a) => void (a.type === 'MENTIONS' && surfaces.add(String(a.surface))));
        for (const [s, end] of ev.marks) expect(surfaces.has(p.text.slice(s, end)), p.text.slice(s, end)).toBe(true);
      }
    }
  });

  it('gives the same layout for the same seed and another for another seed', () => {
    const a = buildExplorerData(graph, { seed: 11 });
    const b = buildExplorerData(graph, { seed: 11 });
    const c = buildExplorerData(graph, { seed: 12 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const pos = (d: typeof a) => d.views.all.nodes.map((n) => [n.x, n.y]);
    expect(pos(c)).not.toEqual(pos(a));
  });

  it('shows towns and their practices in the practices view, and towns linked by shared practices', () => {
    const data = buildExplorerData(graph, { seed: 1 });
    const view = data.views.practices;
    expect(new Set(view.nodes.map((n) => n.label))).toEqual(new Set(['AdminUnit', 'Program']));
    for (const e of view.edges.filter((x) => x.type === 'SHARES')) {
      const practices = (k: string) => new Set(view.edges.filter((x) => x.type === 'ADOPTS' && x.source === k).map((x) => x.target));
      const a = practices(e.source);
      const shared = [...practices(e.target)].filter((p) => a.has(p));
      expect(e.weight, e.key).toBe(shared.length);
    }
    const provinces = new Set(data.views.practices.nodes.filter((n) => n.label === 'AdminUnit').flatMap((n) => n.provinces));
    expect([...provinces].sort()).toEqual(data.provinces.filter((p) => provinces.has(p)));
  });

  it('shows the passage naming the law firm as evidence of a RETAINS_COUNSEL relation', () => {
    const g = createGraph();
    const x = makeExtraction({ id: 'c1', year: 2024, town: { code: '442000114', name: '三乡镇', parents: [GUANGDONG, ZHONGSHAN] }, programs: ['君耀律师事务所'] });
    // Re-label the mention as a law firm, and relate the town to it as the text would.
    x.entities.LawFirm = x.entities.Program.map((e) => ({ ...e, id: 'lawfirm:君耀律师事务所' }));
    x.entities.Program = [];
    x.relations = [{ type: 'RETAINS_COUNSEL', from: 'admin:442000114', to: 'lawfirm:君耀律师事务所', fromName: '三乡镇', toName: '君耀律师事务所', evidence: { passage: 0, start: 0, end: 1 } }];
    addExtraction(g, x);
    const data = buildExplorerData(g, { seed: 1 });
    const edge = data.views.all.edges.find((e) => e.type === 'RETAINS_COUNSEL')!;
    expect(edge.evidence).toHaveLength(1);
    const p = data.passages[edge.evidence[0].p];
    expect(edge.evidence[0].marks.map(([s, e]) => p.text.slice(s, e))).toEqual(['君耀律师事务所']);
    expect(data.views.all.nodes.find((n) => n.key === 'lawfirm:君耀律师事务所')?.years).toEqual([2024]);
  });
});
