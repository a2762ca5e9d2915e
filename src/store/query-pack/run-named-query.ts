// Runs a bundled query on any GraphStore: finds it, binds its parameters and sends the text of
// the store's dialect.
import type { GraphStore, StoreRow } from '../store.js';
import { bindQueryParams, type QueryParamValue } from './bind-query-params.js';
import { findNamedQuery } from './find-named-query.js';
import { getQueryText } from './get-query-text.js';

/**
 * @example const rows = await runNamedQuery(store, 'towns-citing-law', { law: '行政处罚法' })
 */
export async function runNamedQuery(store: GraphStore, name: string, params: Record<string, QueryParamValue | undefined> = {}): Promise<StoreRow[]> {
  const query = findNamedQuery(name);
  const bound = bindQueryParams(query, params);
  return store.query(getQueryText(query, store.dialect ?? 'neo4j'), bound);
}
