// Runs text → issuer → recognizers → resolution → relations on one decoded document and returns
// its extraction (DESIGN §6). Pure: no I/O, so workers and tests call it directly.
import { InputError } from '../errors.js';
import { getGazetteerIndex } from '../extract/gazetteer-index.js';
import { findIssuer } from '../extract/issuer/find-issuer.js';
import type { RecognizerRegistry } from '../extract/registry.js';
import type { EntityRef, RecognizerContext, UnresolvedSpan } from '../extract/types.js';
import { issuerUnitCode, makeAdminId, makeReportId } from '../graph/make-id.js';
import type { Ontology } from '../ontology/types.js';
import type { AdminIndex } from '../resolve/admin/admin-index.js';
import { resolveMentions } from '../resolve/resolve-mentions.js';
import { prepareText } from '../text/prepare-text.js';
import type { ExtractedRelation, Extraction, Mention, RawDocument } from '../types.js';

const TITLE_NOISE = /[\s《》“”"]/g;

/**
 * The mentions less the report's own title cited as a document: a page that reprints a report says
 * so (现将《学院街道2023年法治政府建设年度报告》全文转载如下); the report is no document it cites.
 */
function withoutSelfCitations(mentions: Mention[], title: string | null): Mention[] {
  const own = title?.replace(TITLE_NOISE, '');
  if (!own) return mentions;
  return mentions.filter((m) => m.label !== 'Document' || m.name.replace(TITLE_NOISE, '') !== own);
}

export interface ExtractContext {
  ontology: Ontology;
  registry: RecognizerRegistry;
  adminIndex: AdminIndex;
}

/**
 * Extracts one report.
 * @throws InputError E_NO_TEXT when nothing but page furniture is left, E_NO_ISSUER when no
 *   issuing unit can be recognised.
 */
export function extractDocument(doc: RawDocument, ctx: ExtractContext): Extraction {
  const text = prepareText(doc);
  if (text.passages.length === 0) {
    throw new InputError('E_NO_TEXT', doc.source, 'expected report paragraphs, found only page furniture or blank lines');
  }
  const found = findIssuer(
    { text: text.normalized, meta: doc.meta, title: doc.meta.title, passages: text.passages },
    ctx.adminIndex,
  );
  if (!found.issuer) {
    throw new InputError(
      'E_NO_ISSUER',
      doc.source,
      'expected an issuing town, street, district or county in the title, publisher row, source line or signature; found none',
    );
  }
  const issuer = found.issuer;
  const gazetteers = getGazetteerIndex(ctx.ontology);
  const mentions: Mention[] = [];
  const unresolved: UnresolvedSpan[] = [];
  for (const recognizer of ctx.registry.list()) {
    const rc: RecognizerContext = { text, ontology: ctx.ontology, gazetteers, issuer, year: found.year, previous: mentions };
    const out = recognizer.recognize(rc);
    // Loops, not push(...spread): a hostile page can yield more mentions than the call stack holds.
    for (const m of out.mentions) mentions.push(m);
    for (const u of out.unresolved ?? []) unresolved.push(u);
  }
  const title = found.title ?? doc.meta.title ?? null;
  const resolved = resolveMentions(withoutSelfCitations(mentions, title), issuer, doc.text);
  const reportId = makeReportId(doc.sha256);
  const issuerId = makeAdminId(issuerUnitCode(issuer));
  const names = new Map<string, string>();
  for (const list of Object.values(resolved.entities)) for (const e of list) names.set(e.id, e.name);
  const refId = (r: EntityRef) => (r.kind === 'issuer' ? issuerId : r.id);
  const refName = (r: EntityRef) => (r.kind === 'issuer' ? issuer.name : (names.get(r.id) ?? r.id));
  const relations: ExtractedRelation[] = [];
  const seen = new Set<string>();
  for (const rr of ctx.registry.listRelations()) {
    for (const c of rr.relate({ text, ontology: ctx.ontology, gazetteers, issuer, year: found.year, entities: resolved.entities })) {
      const from = refId(c.from);
      const to = refId(c.to);
      const key = `${c.type}|${from}|${to}|${JSON.stringify(c.props ?? {})}`;
      if (seen.has(key)) continue;
      seen.add(key);
      relations.push({ type: c.type, from, to, fromName: refName(c.from), toName: refName(c.to), props: c.props, evidence: c.evidence });
    }
  }
  return {
    report: doc.name,
    id: reportId,
    title,
    issuer,
    year: found.year,
    publishedAt: found.publishedAt,
    source: doc.source,
    sha256: doc.sha256,
    chars: doc.text.length,
    entities: resolved.entities,
    relations,
    passages: text.passages.map((p) => ({ index: p.index, start: p.start, end: p.end, section: p.section, role: p.role, text: doc.text.slice(p.start, p.end) })),
    // Surfaces are re-sliced from the original text, as the resolver does for mentions.
    unresolved: unresolved.map(({ recognizer: _r, ...u }) => ({ ...u, surface: doc.text.slice(u.start, u.end) })),
  };
}
