// Builds what the explorer page shows from the knowledge graph: the entity-level "all" view
// (passages folded into edge evidence), the "practices" and "laws" town projections, each laid
// out with a seeded ForceAtlas2, plus the tables. Pure data: rendering happens in the browser.
import type { KgGraph } from '../../graph/kg-graph.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import type { GraphSchema } from '../../ontology/types.js';
import { buildTownTable } from '../views/build-town-table.js';
import { DEFAULT_EVIDENCE_LIMIT, findEvidence, indexEvidence, type EvidenceIndex } from '../views/index-evidence.js';
import { UNKNOWN_LABEL_COLOR, captionNode, colorLabels } from '../views/label-colors.js';
import { compareCodePoints, findProvince, listAncestors } from '../views/list-towns.js';
import { projectTowns } from '../views/project-towns.js';
import { EVIDENCE_LABELS } from '../views/select-entity-graph.js';
import type { EvidenceRef, TownProjection } from '../views/types.js';
import type { ExplorerData, ExplorerEdge, ExplorerScopeSummary, ExplorerEvidence, ExplorerNode, ExplorerPassage, ExplorerView, ViewName } from './explorer-data.js';
import { layoutNodes, type LayoutOptions } from './layout-view.js';

export interface BuildExplorerDataOptions {
  /** View shown first. */
  view?: ViewName;
  /** Seed of the layouts. */
  seed?: number;
  /** Layout iterations (default: by graph size). */
  iterations?: LayoutOptions['iterations'];
  /** Passages kept per edge. */
  maxEvidencePerEdge?: number;
  /** Graph schema (default: the bundled ontology's). */
  schema?: GraphSchema;
  /** Which reports of the build the graph holds (see readExplorerGraph), shown on the page. */
  scope?: ExplorerScopeSummary;
}

export const DEFAULT_EXPLORER_VIEW: ViewName = 'all';

const VIEW_TITLES: Record<ViewName, string> = {
  all: '全部 All',
  practices: '共享做法 Practices',
  laws: '引用法律 Laws',
};

/** Node sizes grow with the square root of the degree, within bounds that stay readable. */
function sizeOf(degree: number): number {
  return Math.round(Math.min(22, 3 + 2.2 * Math.sqrt(degree)) * 10) / 10;
}

function formatValue(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (Array.isArray(v)) return v.length ? v.map(String).join('、') : null;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Properties as text, schema order first, then the rest alphabetically. */
function describeProps(attrs: Record<string, unknown>, order: readonly string[], skip: ReadonlySet<string>): [string, string][] {
  const keys = [...order.filter((k) => k in attrs), ...Object.keys(attrs).filter((k) => !order.includes(k)).sort(compareCodePoints)];
  const out: [string, string][] = [];
  for (const k of keys) {
    if (skip.has(k)) continue;
    const text = formatValue(attrs[k]);
    if (text !== null) out.push([k, text]);
  }
  return out;
}

interface Scope {
  provinces: Set<string>;
  years: Set<number>;
}

/** Which provinces and years each node belongs to: those of the reports it is reached from. */
function scopeNodes(graph: KgGraph): Map<string, Scope> {
  const scopes = new Map<string, Scope>();
  const add = (key: string, province: string | null, year: number | null) => {
    let s = scopes.get(key);
    if (!s) scopes.set(key, (s = { provinces: new Set(), years: new Set() }));
    if (province) s.provinces.add(province);
    if (year !== null) s.years.add(year);
  };
  const reportInfo = new Map<string, { province: string | null; year: number | null }>();
  graph.forEachNode((report, attrs) => {
    if (attrs.label !== 'Report') return;
    const year = typeof attrs.year === 'number' ? attrs.year : null;
    let province: string | null = null;
    const issuers: string[] = [];
    graph.forEachOutEdge(report, (_e, ea, _s, target) => {
      if (ea.type === 'ISSUED_BY') issuers.push(target);
    });
    for (const issuer of issuers) {
      province ??= findProvince(graph, issuer);
      for (const unit of [issuer, ...listAncestors(graph, issuer)]) add(unit, findProvince(graph, unit), year);
    }
    reportInfo.set(report, { province, year });
    add(report, province, year);
    graph.forEachOutNeighbor(report, (target, ta) => {
      if (!EVIDENCE_LABELS.has(ta.label)) add(target, province, year);
    });
  });
  // Relations extracted from a report (RETAINS_COUNSEL, HOLDS_POSITION …) carry its id.
  graph.forEachEdge((_e, ea, source, target) => {
    const info = typeof ea.reportId === 'string' ? reportInfo.get(ea.reportId) : undefined;
    if (!info) return;
    add(source, info.province, info.year);
    add(target, info.province, info.year);
  });
  return scopes;
}

/** Collects the passages that edges point to, each once. */
class PassageTable {
  readonly list: ExplorerPassage[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly graph: KgGraph) {}

  toEvidence(refs: EvidenceRef[]): ExplorerEvidence[] {
    const out: ExplorerEvidence[] = [];
    for (const ref of refs) {
      const p = this.add(ref.passage);
      if (p !== null) out.push({ p, marks: ref.marks });
    }
    return out;
  }

  private add(key: string): number | null {
    const known = this.index.get(key);
    if (known !== undefined) return known;
    if (!this.graph.hasNode(key)) return null;
    const a = this.graph.getNodeAttributes(key);
    if (typeof a.text !== 'string') return null;
    const report = String(a.reportId ?? '');
    const title = report && this.graph.hasNode(report) ? this.graph.getNodeAttribute(report, 'title') : null;
    this.list.push({ key, report, reportTitle: typeof title === 'string' && title ? title : report, section: String(a.section ?? ''), text: a.text });
    this.index.set(key, this.list.length - 1);
    return this.list.length - 1;
  }
}

interface Context {
  graph: KgGraph;
  schema: GraphSchema;
  colors: Map<string, string>;
  scopes: Map<string, Scope>;
  evidence: EvidenceIndex;
  passages: PassageTable;
  options: BuildExplorerDataOptions;
  propOrder: Map<string, string[]>;
}

function makeNode(ctx: Context, key: string, degree: number, position: { x: number; y: number }): ExplorerNode {
  const attrs = ctx.graph.getNodeAttributes(key);
  const scope = ctx.scopes.get(key);
  return {
    key,
    label: attrs.label,
    name: captionNode(ctx.schema, key, attrs),
    x: position.x,
    y: position.y,
    size: sizeOf(degree),
    color: ctx.colors.get(attrs.label) ?? UNKNOWN_LABEL_COLOR,
    provinces: scope ? [...scope.provinces].sort(compareCodePoints) : [],
    years: scope ? [...scope.years].sort((a, b) => a - b) : [],
    props: describeProps(attrs, ctx.propOrder.get(attrs.label) ?? [], new Set(['label'])),
  };
}

/** Assembles a view: degrees, layout, node records. Edges come already built. */
function finishView(ctx: Context, name: ViewName, directed: boolean, nodeKeys: string[], edges: ExplorerEdge[]): ExplorerView {
  const keys = [...new Set(nodeKeys)].sort(compareCodePoints);
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  edges.sort((a, b) => compareCodePoints(a.key, b.key));
  const positions = layoutNodes(keys, edges, { seed: ctx.options.seed, iterations: ctx.options.iterations });
  return {
    name,
    title: VIEW_TITLES[name],
    directed,
    nodes: keys.map((k) => makeNode(ctx, k, degree.get(k) ?? 0, positions.get(k) ?? { x: 0, y: 0 })),
    edges,
  };
}

/** The entity-level view: every node but passages; parallel edges of one type merged, weights summed. */
function buildAllView(ctx: Context): ExplorerView {
  const { graph } = ctx;
  const groups = new Map<string, { type: string; source: string; target: string; edges: Record<string, unknown>[] }>();
  const nodeKeys: string[] = [];
  graph.forEachNode((key, a) => {
    if (!EVIDENCE_LABELS.has(a.label)) nodeKeys.push(key);
  });
  graph.forEachEdge((_e, attrs, source, target, sa, ta) => {
    if (EVIDENCE_LABELS.has(sa.label) || EVIDENCE_LABELS.has(ta.label)) return;
    const k = `${attrs.type}|${source}|${target}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { type: attrs.type, source, target, edges: [] }));
    g.edges.push(attrs);
  });
  const limit = ctx.options.maxEvidencePerEdge ?? DEFAULT_EVIDENCE_LIMIT;
  const edges: ExplorerEdge[] = [];
  for (const [key, g] of groups) {
    const weight = g.edges.reduce((n, a) => n + (typeof a.count === 'number' ? a.count : 1), 0);
    const props = mergeEdgeProps(g.edges);
    let refs: EvidenceRef[] = [];
    if (graph.getNodeAttribute(g.source, 'label') === 'Report') {
      refs = findEvidence(ctx.evidence, [g.source], [g.target], limit);
    } else {
      const reports = [...new Set(g.edges.map((a) => a.reportId).filter((r): r is string => typeof r === 'string'))].sort(compareCodePoints);
      if (reports.length) refs = findEvidence(ctx.evidence, reports, [g.source, g.target], limit);
    }
    edges.push({ key, source: g.source, target: g.target, type: g.type, weight, props, evidence: ctx.passages.toEvidence(refs) });
  }
  return finishView(ctx, 'all', true, nodeKeys, edges);
}

/** Properties of merged edges: each property's distinct values, in edge order. */
function mergeEdgeProps(edges: Record<string, unknown>[]): [string, string][] {
  const values = new Map<string, string[]>();
  for (const a of edges) {
    for (const k of Object.keys(a).sort(compareCodePoints)) {
      if (k === 'type') continue;
      const text = formatValue(a[k]);
      if (text === null) continue;
      const list = values.get(k) ?? [];
      if (!list.includes(text)) list.push(text);
      values.set(k, list);
    }
  }
  if (edges.length > 1) values.set('edges', [String(edges.length)]);
  return [...values].map(([k, list]) => [k, list.join('; ')]);
}

/** A town projection as a view: towns linked to items, and towns linked to towns sharing items. */
function buildProjectionView(ctx: Context, name: 'practices' | 'laws', projection: TownProjection): ExplorerView {
  const limit = ctx.options.maxEvidencePerEdge ?? DEFAULT_EVIDENCE_LIMIT;
  const itemName = new Map(projection.items.map((i) => [i.key, i.name]));
  const edges: ExplorerEdge[] = projection.links.map((l) => ({
    key: `${name === 'practices' ? 'ADOPTS' : 'CITES'}|${l.town}|${l.item}`,
    source: l.town,
    target: l.item,
    type: name === 'practices' ? 'ADOPTS' : 'CITES',
    weight: l.count,
    props: [
      ['count', String(l.count)],
      ['years', l.years.join('、')],
      ['reports', String(l.reports.length)],
    ],
    evidence: ctx.passages.toEvidence(findEvidence(ctx.evidence, l.reports, [l.item], limit)),
  }));
  // Town pairs only in the practices view: shared laws say little (every town cites 宪法).
  if (name === 'practices') {
    for (const p of projection.shared) {
      edges.push({
        key: `SHARES|${p.a}|${p.b}`,
        source: p.a,
        target: p.b,
        type: 'SHARES',
        weight: p.weight,
        props: [
          ['shared', String(p.weight)],
          ['practices', p.items.map((i) => itemName.get(i) ?? i).join('、')],
        ],
        evidence: [],
      });
    }
  }
  const nodeKeys = [...projection.towns.map((t) => t.key), ...projection.items.map((i) => i.key)];
  return finishView(ctx, name, false, nodeKeys, edges);
}

/**
 * Builds the explorer's data for a graph.
 * @example const data = buildExplorerData(graph, { view: 'practices', seed: 1 })
 */
export function buildExplorerData(graph: KgGraph, options: BuildExplorerDataOptions = {}): ExplorerData {
  const schema = options.schema ?? loadOntology().schema;
  const ctx: Context = {
    graph,
    schema,
    colors: colorLabels(schema),
    scopes: scopeNodes(graph),
    evidence: indexEvidence(graph),
    passages: new PassageTable(graph),
    options,
    propOrder: new Map(schema.nodes.map((n) => [n.label, n.properties.map((p) => p.name)])),
  };
  const practices = projectTowns(graph, 'practices');
  const laws = projectTowns(graph, 'laws');
  const views = {
    all: buildAllView(ctx),
    practices: buildProjectionView(ctx, 'practices', practices),
    laws: buildProjectionView(ctx, 'laws', laws),
  };
  const drawn = new Set<string>();
  for (const v of Object.values(views)) for (const n of v.nodes) drawn.add(n.label);
  const ordered = [...schema.nodes.map((n) => n.label).filter((l) => drawn.has(l)), ...[...drawn].filter((l) => !ctx.colors.has(l)).sort(compareCodePoints)];
  const provinces = new Set<string>();
  const years = new Set<number>();
  for (const s of ctx.scopes.values()) {
    s.provinces.forEach((p) => provinces.add(p));
    s.years.forEach((y) => years.add(y));
  }
  return {
    format: 1,
    initialView: options.view ?? DEFAULT_EXPLORER_VIEW,
    labels: ordered.map((label) => ({ label, color: ctx.colors.get(label) ?? UNKNOWN_LABEL_COLOR })),
    provinces: [...provinces].sort(compareCodePoints),
    years: [...years].sort((a, b) => a - b),
    views,
    passages: ctx.passages.list,
    tables: [buildTownTable(practices), buildTownTable(laws)],
    scope: options.scope ?? null,
  };
}
