// Picks the text of a named query for the dialect of the store that will run it.
import type { QueryDialect } from '../store.js';
import type { NamedQuery } from './types.js';

/** The Cypher to send to a store of `dialect`. @example getQueryText(q, 'kuzu') */
export function getQueryText(query: NamedQuery, dialect: QueryDialect): string {
  return dialect === 'kuzu' && query.cypherKuzu ? query.cypherKuzu : query.cypher;
}
