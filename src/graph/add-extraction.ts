// Adds one report's extraction to the knowledge graph (DESIGN §4), in two parts: the elements
// reports share (the report, its issuer's hierarchy, entities, relations between them), merged into
// the graph, and the elements the report owns alone (passages, per-mention provenance, report →
// entity edges), which a large build streams to its sinks instead of keeping them in memory.
import type { EdgeAttributes, EntityLabel, Extraction, ExtractedEntity, NodeAttributes } from '../types.js';
import { ENTITY_LABELS } from '../types.js';
import type { KgGraph } from './kg-graph.js';
import { issuerUnitCode, makeAdminId, makePassageId } from './make-id.js';

/** Report → entity aggregate relationship type, by entity label. */
export const AGGREGATE_TYPE: Record<EntityLabel, 'CITES' | 'ADOPTS' | 'MENTIONS' | 'REPORTS'> = {
  Law: 'CITES',
  Document: 'CITES',
  Program: 'ADOPTS',
  LawFirm: 'MENTIONS',
  Institution: 'MENTIONS',
  Organization: 'MENTIONS',
  Platform: 'MENTIONS',
  Person: 'MENTIONS',
  Event: 'MENTIONS',
  Indicator: 'REPORTS',
};

/** No value: absent, null or the empty string. */
const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '';

/**
 * Adds (or merges) a node; existing attributes win, list attributes are unioned. A value only
 * ever goes from absent to empty to filled, so merging a description again once it has been
 * merged changes nothing, whatever came between: a worker need not send what it sent before
 * (see `createSentElements`).
 */
function mergeNode(graph: KgGraph, key: string, attrs: NodeAttributes): void {
  if (!graph.hasNode(key)) {
    graph.addNode(key, attrs);
    return;
  }
  // In place: most merges change nothing, and a build merges every entity of every report.
  const old = graph.getNodeAttributes(key) as Record<string, unknown>;
  for (const k in attrs) {
    const v = attrs[k];
    const prev = old[k];
    if (Array.isArray(prev) && Array.isArray(v)) {
      if (v.some((item) => !prev.includes(item))) old[k] = [...new Set([...prev, ...v])].sort();
    } else if (prev === undefined ? v !== undefined : isEmpty(prev) && !isEmpty(v)) old[k] = v;
  }
}

function mergeEdge(graph: KgGraph, key: string, source: string, target: string, attrs: EdgeAttributes): void {
  if (graph.hasEdge(key)) return;
  graph.addDirectedEdgeWithKey(key, source, target, attrs);
}

/** A sorted copy of a list attribute (empty when absent). */
function sortedCopy(list: string[] | undefined): string[] {
  return list && list.length > 0 ? [...list].sort() : [];
}

// Object literals rather than spreads: a build makes one per entity per report.
function entityAttributes(label: EntityLabel, e: ExtractedEntity): NodeAttributes {
  const props = e.props ?? {};
  switch (label) {
    case 'Law':
      return { label, id: e.id, name: e.name, fullName: props.fullName ?? e.name, kind: e.kind ?? null, aliases: sortedCopy(e.aliases) };
    case 'Document':
      return {
        label,
        id: e.id,
        title: e.name,
        docNumber: props.docNumber ?? null,
        docNumberRaw: props.docNumberRaw ?? null,
        issuer: props.issuer ?? null,
        resolved: props.resolved ?? true,
      };
    case 'Program':
      return { label, id: e.id, name: e.name, category: e.kind ?? null, aliases: sortedCopy(e.aliases) };
    case 'Institution':
      return { label, id: e.id, name: e.name, kind: e.kind ?? null, scope: props.scope ?? null };
    case 'Person':
      return { label, id: e.id, name: e.name, scope: props.scope ?? null };
    case 'Indicator':
      return { label, id: e.id, name: e.name, unit: props.unit ?? null };
    case 'LawFirm':
      return { label, id: e.id, name: e.name };
    case 'Event':
      return { label, id: e.id, name: e.name, kind: e.kind ?? null, scope: props.scope ?? null };
    default:
      return { label, id: e.id, name: e.name, kind: e.kind ?? null };
  }
}

/**
 * Receives the elements a report owns alone: its passages, its per-mention provenance and its
 * report → entity edges. Their keys hold the report's id, so no other report adds them again.
 */
export interface ReportElementVisitor {
  node(key: string, attrs: NodeAttributes): void;
  edge(key: string, source: string, target: string, attrs: EdgeAttributes): void;
}

/** The issuer's units from the province down to the issuer itself (empty without an issuer). */
function issuerChain(x: Extraction): { code: string; name: string; level: string; kind: string }[] {
  if (!x.issuer) return [];
  const chain = [...(x.issuer.parents ?? [])];
  chain.push({ code: issuerCode(x), name: x.issuer.name, level: x.issuer.level, kind: x.issuer.kind ?? '' });
  return chain;
}

/**
 * Visits the nodes a report shares with others, as this report describes them: the report node,
 * its issuer's units and the entities it names. (A report's node is its own, but small and the
 * endpoint of its relations, so it stays with the shared part.)
 */
export function forEachSharedNode(x: Extraction, visit: (key: string, attrs: NodeAttributes) => void): void {
  visit(x.id, {
    label: 'Report',
    id: x.id,
    title: x.title,
    year: x.year,
    publishedAt: x.publishedAt,
    source: x.source,
    sha256: x.sha256,
    chars: x.chars,
    issuerName: x.issuer?.name ?? null,
  });
  const chain = issuerChain(x);
  const province = chain.find((u) => u.level === 'province')?.name ?? x.issuer?.province ?? null;
  for (const unit of chain) {
    visit(makeAdminId(unit.code), { label: 'AdminUnit', code: unit.code, name: unit.name, level: unit.level, kind: unit.kind, province });
  }
  for (const label of ENTITY_LABELS) {
    for (const e of x.entities[label] ?? []) visit(e.id, entityAttributes(label, e));
  }
}

/**
 * The elements a report shares with others, as it describes them: its nodes (the report, its
 * issuer's units, its entities; a key may come twice, merged like the graph merges it) and the
 * edges between them (PART_OF, relations). Plain data: a worker collects it, the main thread
 * merges it (structured clone).
 */
export interface SharedElements {
  nodes: Array<[key: string, attrs: NodeAttributes]>;
  edges: Array<[key: string, source: string, target: string, attrs: EdgeAttributes]>;
}

/** The report's shared elements (`SharedElements`), for `mergeSharedElements`. */
export function collectSharedElements(x: Extraction): SharedElements {
  const nodes: SharedElements['nodes'] = [];
  const keys = new Set<string>();
  forEachSharedNode(x, (key, attrs) => {
    nodes.push([key, attrs]);
    keys.add(key);
  });
  const edges: SharedElements['edges'] = [];
  let parentKey: string | null = null;
  for (const unit of issuerChain(x)) {
    const key = makeAdminId(unit.code);
    if (parentKey && parentKey !== key) edges.push([`PART_OF|${key}|${parentKey}`, key, parentKey, { type: 'PART_OF' }]);
    parentKey = key;
  }
  for (const r of x.relations) {
    // A relation whose end the report does not name as a node has nothing to attach to.
    if (!keys.has(r.from) || !keys.has(r.to)) continue;
    const props: Record<string, unknown> = { ...(r.props ?? {}) };
    if (r.type === 'RETAINS_COUNSEL' || r.type === 'HOLDS_POSITION') props.year = x.year;
    props.reportId = x.id;
    const qualifier = r.type === 'HOLDS_POSITION' ? `|${String(props.title ?? '')}` : '';
    edges.push([`${r.type}|${r.from}|${r.to}${qualifier}|${x.year ?? ''}`, r.from, r.to, { type: r.type, ...props }]);
  }
  return { nodes, edges };
}

/** Merges a report's shared elements into the graph: new nodes are added, existing ones merged; an edge already there is kept. */
export function mergeSharedElements(graph: KgGraph, shared: SharedElements): void {
  for (const [key, attrs] of shared.nodes) mergeNode(graph, key, attrs);
  for (const [key, source, target, attrs] of shared.edges) mergeEdge(graph, key, source, target, attrs);
}

/**
 * Adds the elements reports share to the graph: the report node itself, its issuer's hierarchy,
 * the entities it names and the relations between them. Existing nodes are merged.
 */
export function addSharedElements(graph: KgGraph, x: Extraction): void {
  mergeSharedElements(graph, collectSharedElements(x));
}

/** Division code of the issuer, or a placeholder naming a unit the tables lack. */
function issuerCode(x: Extraction): string {
  return x.issuer ? issuerUnitCode(x.issuer) : 'unresolved:';
}

/**
 * Visits the elements only this report adds, in a fixed order: ISSUED_BY, the passages (each with
 * its HAS_PASSAGE edge), then per entity its report → entity edge(s) and one MENTIONS edge per
 * mention from its passage. Their endpoints are the report, its passages and the nodes
 * `addSharedElements` adds.
 */
export function forEachReportElement(x: Extraction, visitor: ReportElementVisitor): void {
  const reportId = x.id;
  // An element listed twice (a mention repeated in the extraction) is visited once, as the
  // graph's merge would keep it once.
  const seen = new Set<string>();
  const node = (key: string, attrs: NodeAttributes) => {
    if (seen.has(key)) return;
    seen.add(key);
    visitor.node(key, attrs);
  };
  const edge = (key: string, source: string, target: string, attrs: EdgeAttributes) => {
    if (seen.has(key)) return;
    seen.add(key);
    visitor.edge(key, source, target, attrs);
  };

  if (x.issuer) {
    const issuerKey = makeAdminId(issuerCode(x));
    edge(`ISSUED_BY|${reportId}|${issuerKey}`, reportId, issuerKey, { type: 'ISSUED_BY' });
  }

  for (const p of x.passages) {
    const pid = makePassageId(reportId, p.index);
    node(pid, { label: 'Passage', id: pid, reportId, index: p.index, section: p.section, role: p.role, text: p.text, start: p.start, end: p.end });
    edge(`HAS_PASSAGE|${reportId}|${pid}`, reportId, pid, { type: 'HAS_PASSAGE' });
  }

  for (const label of ENTITY_LABELS) {
    for (const e of x.entities[label] ?? []) {
      const aggregate = AGGREGATE_TYPE[label];
      if (aggregate === 'REPORTS') {
        for (const m of e.mentions) {
          edge(`REPORTS|${reportId}|${e.id}|${m.start}`, reportId, e.id, {
            type: 'REPORTS',
            value: m.value ?? null,
            unit: m.unit ?? null,
            raw: m.surface,
            passage: m.passage,
          });
        }
      } else {
        edge(`${aggregate}|${reportId}|${e.id}`, reportId, e.id, { type: aggregate, count: e.mentions.length });
      }
      for (const m of e.mentions) {
        const pid = makePassageId(reportId, m.passage);
        if (!seen.has(pid)) continue;
        edge(`MENTIONS|${pid}|${e.id}|${m.start}`, pid, e.id, {
          type: 'MENTIONS',
          start: m.start,
          end: m.end,
          surface: m.surface,
          recognizer: m.recognizer,
        });
      }
    }
  }
}

/**
 * Adds one extraction to the graph: its shared elements, then the elements it owns. Idempotent:
 * adding the same extraction twice changes nothing.
 * @example const g = createGraph(); addExtraction(g, extraction);
 */
export function addExtraction(graph: KgGraph, x: Extraction): void {
  addSharedElements(graph, x);
  forEachReportElement(x, {
    node: (key, attrs) => mergeNode(graph, key, attrs),
    edge: (key, source, target, attrs) => mergeEdge(graph, key, source, target, attrs),
  });
}
