// Adds one report's extraction to the knowledge graph: report, passages, issuer hierarchy,
// entities with per-mention provenance, aggregate edges and the extracted relations (DESIGN §4).
import type { EdgeAttributes, EntityLabel, Extraction, ExtractedEntity, NodeAttributes } from '../types.js';
import { ENTITY_LABELS } from '../types.js';
import type { KgGraph } from './kg-graph.js';
import { makeAdminId, makePassageId } from './make-id.js';

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

/** Adds (or merges) a node; existing attributes win, list attributes are unioned. */
function mergeNode(graph: KgGraph, key: string, attrs: NodeAttributes): void {
  if (!graph.hasNode(key)) {
    graph.addNode(key, attrs);
    return;
  }
  graph.updateNodeAttributes(key, (old) => {
    const merged: NodeAttributes = { ...old };
    for (const [k, v] of Object.entries(attrs)) {
      const prev = merged[k];
      if (Array.isArray(prev) && Array.isArray(v)) merged[k] = [...new Set([...prev, ...v])].sort();
      else if (prev === undefined || prev === null || prev === '') merged[k] = v;
    }
    return merged;
  });
}

function mergeEdge(graph: KgGraph, key: string, source: string, target: string, attrs: EdgeAttributes): void {
  if (graph.hasEdge(key)) return;
  graph.addDirectedEdgeWithKey(key, source, target, attrs);
}

function entityAttributes(label: EntityLabel, e: ExtractedEntity): NodeAttributes {
  const props = e.props ?? {};
  const base: NodeAttributes = { label, id: e.id, name: e.name };
  switch (label) {
    case 'Law':
      return { ...base, fullName: props.fullName ?? e.name, kind: e.kind ?? null, aliases: [...(e.aliases ?? [])].sort() };
    case 'Document': {
      const { name: _omit, ...rest } = base;
      return {
        ...rest,
        title: e.name,
        docNumber: props.docNumber ?? null,
        docNumberRaw: props.docNumberRaw ?? null,
        issuer: props.issuer ?? null,
        resolved: props.resolved ?? true,
      };
    }
    case 'Program':
      return { ...base, category: e.kind ?? null, aliases: [...(e.aliases ?? [])].sort() };
    case 'Institution':
      return { ...base, kind: e.kind ?? null, scope: props.scope ?? null };
    case 'Person':
      return { ...base, scope: props.scope ?? null };
    case 'Indicator':
      return { ...base, unit: props.unit ?? null };
    case 'LawFirm':
      return base;
    default:
      return { ...base, kind: e.kind ?? null };
  }
}

/**
 * Adds one extraction to the graph. Idempotent: adding the same extraction twice changes nothing.
 * @example const g = createGraph(); addExtraction(g, extraction);
 */
export function addExtraction(graph: KgGraph, x: Extraction): void {
  const reportId = x.id;
  mergeNode(graph, reportId, {
    label: 'Report',
    id: reportId,
    title: x.title,
    year: x.year,
    publishedAt: x.publishedAt,
    source: x.source,
    sha256: x.sha256,
    chars: x.chars,
    issuerName: x.issuer?.name ?? null,
  });

  if (x.issuer) {
    const chain = [...(x.issuer.parents ?? [])];
    const code = x.issuer.code ?? `unresolved:${x.issuer.name}`;
    chain.push({ code, name: x.issuer.name, level: x.issuer.level, kind: x.issuer.kind ?? '' });
    const province = chain.find((u) => u.level === 'province')?.name ?? x.issuer.province ?? null;
    let parentKey: string | null = null;
    for (const unit of chain) {
      const key = makeAdminId(unit.code);
      mergeNode(graph, key, { label: 'AdminUnit', code: unit.code, name: unit.name, level: unit.level, kind: unit.kind, province });
      if (parentKey && parentKey !== key) mergeEdge(graph, `PART_OF|${key}|${parentKey}`, key, parentKey, { type: 'PART_OF' });
      parentKey = key;
    }
    const issuerKey = makeAdminId(code);
    mergeEdge(graph, `ISSUED_BY|${reportId}|${issuerKey}`, reportId, issuerKey, { type: 'ISSUED_BY' });
  }

  for (const p of x.passages) {
    const pid = makePassageId(reportId, p.index);
    mergeNode(graph, pid, {
      label: 'Passage',
      id: pid,
      reportId,
      index: p.index,
      section: p.section,
      role: p.role,
      text: p.text,
      start: p.start,
      end: p.end,
    });
    mergeEdge(graph, `HAS_PASSAGE|${reportId}|${pid}`, reportId, pid, { type: 'HAS_PASSAGE' });
  }

  for (const label of ENTITY_LABELS) {
    for (const e of x.entities[label] ?? []) {
      mergeNode(graph, e.id, entityAttributes(label, e));
      const aggregate = AGGREGATE_TYPE[label];
      if (aggregate === 'REPORTS') {
        for (const m of e.mentions) {
          mergeEdge(graph, `REPORTS|${reportId}|${e.id}|${m.start}`, reportId, e.id, {
            type: 'REPORTS',
            value: m.value ?? null,
            unit: m.unit ?? null,
            raw: m.surface,
            passage: m.passage,
          });
        }
      } else {
        mergeEdge(graph, `${aggregate}|${reportId}|${e.id}`, reportId, e.id, { type: aggregate, count: e.mentions.length });
      }
      for (const m of e.mentions) {
        const pid = makePassageId(reportId, m.passage);
        if (!graph.hasNode(pid)) continue;
        mergeEdge(graph, `MENTIONS|${pid}|${e.id}|${m.start}`, pid, e.id, {
          type: 'MENTIONS',
          start: m.start,
          end: m.end,
          surface: m.surface,
          recognizer: m.recognizer,
        });
      }
    }
  }

  for (const r of x.relations) {
    if (!graph.hasNode(r.from) || !graph.hasNode(r.to)) continue;
    const props: Record<string, unknown> = { ...(r.props ?? {}) };
    if (r.type === 'RETAINS_COUNSEL' || r.type === 'HOLDS_POSITION') props.year = x.year;
    props.reportId = reportId;
    const qualifier = r.type === 'HOLDS_POSITION' ? `|${String(props.title ?? '')}` : '';
    mergeEdge(graph, `${r.type}|${r.from}|${r.to}${qualifier}|${x.year ?? ''}`, r.from, r.to, { type: r.type, ...props });
  }
}
