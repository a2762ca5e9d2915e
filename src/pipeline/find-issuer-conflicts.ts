// Finds a second issuer in a report: a title, publisher row, source line or signature that speaks for
// a unit unrelated to the one chosen (a template copied from another town, a joint report). The
// issuer vote already chose the stronger evidence; this only turns the weaker rival into a warning.
import { findSignature, findTitle, PUBLISHER_LABELS, readLabelledValue, SOURCE_LABELS, splitLines } from '../extract/issuer/read-report-lines.js';
import type { AdminIndex, AdminUnit } from '../resolve/admin/admin-index.js';
import { findAdminNames, groupAdminChains } from '../resolve/admin/find-admin-names.js';
import { normalizeText } from '../text/normalize-text.js';
import { normalizedTextOf } from '../text/prepare-text.js';
import type { Issuer, RawDocument } from '../types.js';

/** The kinds of line that name a report's issuer outright (the body only mentions units). */
export type IssuerLineSource = 'title' | 'publisher' | 'source' | 'signature';

export interface IssuerConflict {
  /** The other unit, as the line writes it. */
  name: string;
  /** Its division code when the name is unambiguous, else null. */
  code: string | null;
  source: IssuerLineSource;
  /** The line that names it. */
  line: string;
}

/** What a unit's government adds to its name. */
const GOVERNMENT_SUFFIX = /(?:人民政府|政府|办事处)$/;

/** True when `unit` is the issuer, one of its parents or one of its parts (codes nest by prefix). */
function isRelated(unit: AdminUnit, issuer: Issuer): boolean {
  if (unit.name === issuer.name) return true;
  if (issuer.code) return issuer.code.startsWith(unit.code) || unit.code.startsWith(issuer.code);
  return (issuer.parents ?? []).some((p) => p.code === unit.code || p.name === unit.name);
}

/** The lines that speak for the issuer, with their kind (as the issuer vote reads them). */
function readIssuerLines(doc: RawDocument, text: string, title: string | null): { source: IssuerLineSource; line: string }[] {
  const lines = splitLines(text);
  const out: { source: IssuerLineSource; line: string }[] = [];
  const t = title ?? findTitle(doc.meta, lines).title;
  if (t) out.push({ source: 'title', line: normalizeText(t) });
  const publisher = doc.meta.publisher ?? readLabelledValue(text, PUBLISHER_LABELS)?.value;
  if (publisher) out.push({ source: 'publisher', line: normalizeText(publisher) });
  const source = doc.meta.source ?? readLabelledValue(text, SOURCE_LABELS)?.value;
  if (source) out.push({ source: 'source', line: normalizeText(source) });
  for (const l of findSignature(lines).lines) out.push({ source: 'signature', line: l.text });
  return out;
}

/**
 * Units other than `issuer` (and other than its parents and parts) that the title, publisher row,
 * source line or signature block names as the report's author; one entry per unit, first line wins.
 * @example findIssuerConflicts(doc, extraction.issuer, index, extraction.title)[0]?.name // '毛李镇'
 */
export function findIssuerConflicts(doc: RawDocument, issuer: Issuer, index: AdminIndex, title: string | null = null): IssuerConflict[] {
  const text = normalizedTextOf(doc);
  const out: IssuerConflict[] = [];
  for (const { source, line } of readIssuerLines(doc, text, title)) {
    // The unit a line speaks for is the last name of its first chain (天津市河东区人民政府鲁山道街道办事处).
    const chain = groupAdminChains(line, findAdminNames(line, index))[0];
    const last = chain?.[chain.length - 1];
    if (!last || last.units.some((u) => isRelated(u, issuer))) continue;
    // 新华街道办事处 is a unit's name in the tables (in 阿拉善左旗) and the office of every 新华街道.
    if (last.surface.replace(GOVERNMENT_SUFFIX, '') === issuer.name) continue;
    // Names above it in the chain narrow repeated names (三乡镇 of 中山市, not of 宜阳县).
    const above = chain.slice(0, -1).flatMap((t) => t.units.map((u) => u.code));
    const narrowed = above.length ? last.units.filter((u) => above.some((c) => u.code.startsWith(c))) : last.units;
    const units = narrowed.length ? narrowed : last.units;
    if (out.some((c) => c.name === last.surface)) continue;
    out.push({ name: last.surface, code: units.length === 1 ? units[0].code : null, source, line });
  }
  return out;
}

const SOURCE_WORDS: Record<IssuerLineSource, string> = {
  title: 'the title',
  publisher: 'the publisher row',
  source: 'the source line',
  signature: 'the signature',
};

/**
 * The warning recorded for a conflict.
 * @example 'two issuers: chose 河堰镇 (title, publisher), the stronger evidence; the signature names 毛李镇 ("湖北省…毛李镇人民政府")'
 */
export function formatIssuerConflict(conflict: IssuerConflict, issuer: Issuer): string {
  const evidence = issuer.evidence?.length ? ` (${issuer.evidence.join(', ')})` : '';
  return `two issuers: chose ${issuer.name}${evidence}, the stronger evidence; ${SOURCE_WORDS[conflict.source]} names ${conflict.name} ("${conflict.line}")`;
}

/**
 * Why an issuer has no division code, for the build's warnings: its name is not in the tables
 * where the report places it, or it is several units' and the report does not say which.
 */
export function describeUncodedIssuer(issuer: Issuer, unitsOfName: number): string {
  const where = (issuer.parents ?? []).map((p) => p.name).join(' › ');
  const under = where ? ` under ${where}` : '';
  return unitsOfName > 1 && !where
    ? `issuer ${issuer.name} kept without a division code: ${unitsOfName} units have that name and the report names none of their counties, cities or provinces`
    : `issuer ${issuer.name} kept without a division code: the division tables have no unit of that name${under}`;
}
