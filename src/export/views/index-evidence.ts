// Indexes the Passage MENTIONS edges by (report, entity), so an aggregate edge (Report CITES Law,
// town ADOPTS practice …) can show the sentences behind it with the surfaces highlighted.
import type { KgGraph } from '../../graph/kg-graph.js';
import type { EvidenceRef } from './types.js';

interface MentionSpan {
  passage: string;
  /** Passage index in its report (document order). */
  order: number;
  /** Offsets into the passage text; null when the stored offsets do not match the text. */
  span: [number, number] | null;
}

/** Mentions by report and entity. Build once per export with `indexEvidence`. */
export interface EvidenceIndex {
  mentions: Map<string, MentionSpan[]>;
}

export const DEFAULT_EVIDENCE_LIMIT = 5;

function keyOf(reportId: string, entity: string): string {
  return `${reportId}\u0000${entity}`;
}

/**
 * Places a mention inside its passage. Mention offsets are into the report text; the passage
 * knows its own start. When they disagree (an older graph, a re-segmented text) the surface is
 * looked up instead, so a highlight is never put on the wrong words.
 */
export function locateSurface(text: string, passageStart: number, start: number, end: number, surface: string): [number, number] | null {
  const rel = start - passageStart;
  if (surface && rel >= 0 && text.slice(rel, rel + (end - start)) === surface) return [rel, rel + surface.length];
  if (!surface) return null;
  const at = text.indexOf(surface);
  return at >= 0 ? [at, at + surface.length] : null;
}

/** Builds the evidence index of a graph (one pass over the edges). */
export function indexEvidence(graph: KgGraph): EvidenceIndex {
  const mentions = new Map<string, MentionSpan[]>();
  graph.forEachEdge((_edge, attrs, source, target, sourceAttrs) => {
    if (attrs.type !== 'MENTIONS' || sourceAttrs.label !== 'Passage') return;
    const reportId = String(sourceAttrs.reportId ?? '');
    const text = typeof sourceAttrs.text === 'string' ? sourceAttrs.text : '';
    const span =
      typeof attrs.start === 'number' && typeof attrs.end === 'number'
        ? locateSurface(text, Number(sourceAttrs.start ?? 0), attrs.start, attrs.end, String(attrs.surface ?? ''))
        : null;
    const k = keyOf(reportId, target);
    let list = mentions.get(k);
    if (!list) mentions.set(k, (list = []));
    list.push({ passage: source, order: Number(sourceAttrs.index ?? 0), span });
  });
  return { mentions };
}

/**
 * The passages of `reports` that mention `entities`, with every mention of them marked. Passages
 * naming all the entities come first (for a relation between two entities), then document order.
 */
export function findEvidence(
  index: EvidenceIndex,
  reports: readonly string[],
  entities: readonly string[],
  limit: number = DEFAULT_EVIDENCE_LIMIT,
): EvidenceRef[] {
  const found: { ref: EvidenceRef; order: number; report: number; hits: Set<string> }[] = [];
  reports.forEach((reportId, reportOrder) => {
    const byPassage = new Map<string, (typeof found)[number]>();
    for (const entity of entities) {
      for (const m of index.mentions.get(keyOf(reportId, entity)) ?? []) {
        let item = byPassage.get(m.passage);
        if (!item) {
          item = { ref: { passage: m.passage, marks: [] }, order: m.order, report: reportOrder, hits: new Set() };
          byPassage.set(m.passage, item);
          found.push(item);
        }
        item.hits.add(entity);
        if (m.span) item.ref.marks.push(m.span);
      }
    }
  });
  found.sort((a, b) => b.hits.size - a.hits.size || a.report - b.report || a.order - b.order);
  return found.slice(0, limit).map(({ ref }) => ({ passage: ref.passage, marks: mergeMarks(ref.marks) }));
}

/** Sorts spans and merges the overlapping ones, so highlights never nest. */
export function mergeMarks(marks: [number, number][]): [number, number][] {
  const sorted = [...marks].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
