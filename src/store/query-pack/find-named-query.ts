// Looks up a bundled query by name; an unknown name is an error listing the valid ones.
import { QueryError, listChoices } from '../../errors.js';
import { QUERY_PACK } from './queries.js';
import type { NamedQuery } from './types.js';

/** True when `text` looks like a query name (kebab-case word) rather than Cypher. */
export function isQueryName(text: string): boolean {
  return /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/i.test(text.trim());
}

/** The named query, or E_QUERY_UNKNOWN naming the valid names. @example findNamedQuery('law-ranking') */
export function findNamedQuery(name: string, pack: readonly NamedQuery[] = QUERY_PACK): NamedQuery {
  const found = pack.find((q) => q.name === name);
  if (found) return found;
  const names = pack.map((q) => q.name);
  throw new QueryError('E_QUERY_UNKNOWN', `no bundled query named "${name}"; valid names: ${listChoices(names)}`, {
    detail: { name, valid: names },
  });
}
