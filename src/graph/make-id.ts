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
 * Id of an extracted entity. People are scoped to the unit whose report names them
 * (two 张兵 in two towns are two people).
 * @example makeEntityId('Law', '行政处罚法') === 'law:行政处罚法'
 */
export function makeEntityId(label: EntityLabel, name: string, scope?: string | null): string {
  const base = `${label.toLowerCase()}:`;
  return scope ? `${base}${scope}:${name}` : `${base}${name}`;
}
