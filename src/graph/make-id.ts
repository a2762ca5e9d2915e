// Deterministic ids: derived from canonical names and codes only, so two builds of the same
// inputs give the same graph and loading twice into a store changes nothing.
import type { EntityLabel } from '../types.js';

/** Id of a report: content-addressed, so the same report saved twice is one node. */
export function makeReportId(sha256: string): string {
  return `report:${sha256.slice(0, 16)}`;
}

export function makePassageId(reportId: string, index: number): string {
  return `${reportId}#${index}`;
}

/** Graph key of an administrative unit (its store key is the division code itself). */
export function makeAdminId(code: string): string {
  return `admin:${code}`;
}

/**
 * The code an issuer's AdminUnit node is keyed by: its division code, or for a unit the tables lack
 * a placeholder that names it under its nearest known parent (`unresolved:360103/西湖街道`), so
 * namesakes in different counties stay apart (`unresolved:西湖街道` when no parent is known).
 */
export function issuerUnitCode(issuer: { name: string; code: string | null; parents?: { code: string }[] }): string {
  if (issuer.code) return issuer.code;
  const parent = issuer.parents?.[issuer.parents.length - 1]?.code;
  return parent ? `unresolved:${parent}/${issuer.name}` : `unresolved:${issuer.name}`;
}

/**
 * Id of an extracted entity. People are scoped to the unit whose report names them
 * (two 张兵 in two towns are two people).
 * @example makeEntityId('Law', '行政处罚法') === 'law:行政处罚法'
 */
export function makeEntityId(label: EntityLabel, name: string, scope?: string | null): string {
  const base = `${label.toLowerCase()}:`;
  return scope ? `${base}${scope}:${name}` : `${base}${name}`;
}
