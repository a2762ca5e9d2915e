// Checks and types the parameters of a named query: unknown or missing names and malformed ints are
// errors that list the expected parameters; defaults fill the rest.
import { QueryError } from '../../errors.js';
import type { NamedQuery, QueryParam } from './types.js';

export type QueryParamValue = string | number;

/** `law (string, required)`, `limit (int, default 20)`. */
export function describeParam(p: QueryParam): string {
  const fallback = p.default === undefined ? 'required' : `default ${JSON.stringify(p.default)}`;
  return `${p.name} (${p.type}, ${fallback})`;
}

/** The parameter list of a query for messages: `law (string, required)` or `none`. */
export function describeParams(query: NamedQuery): string {
  return query.params.length ? query.params.map(describeParam).join(', ') : 'none';
}

function paramError(query: NamedQuery, problem: string): QueryError {
  return new QueryError('E_QUERY_PARAM', `${problem}; expected parameters: ${describeParams(query)}`, {
    where: query.name,
    detail: { expected: query.params.map((p) => ({ name: p.name, type: p.type, default: p.default })) },
  });
}

function coerce(query: NamedQuery, p: QueryParam, value: QueryParamValue): QueryParamValue {
  if (p.type === 'string') return typeof value === 'string' ? value : String(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw paramError(query, `parameter "${p.name}" must be an integer, got ${JSON.stringify(value)}`);
}

/**
 * Validates `given` against the query's declared parameters and returns every declared
 * parameter typed (ints as numbers), defaults filled in.
 * @example bindQueryParams(findNamedQuery('law-ranking'), { limit: '5' }) // { kind: '', limit: 5 }
 */
export function bindQueryParams(query: NamedQuery, given: Record<string, QueryParamValue | undefined>): Record<string, QueryParamValue> {
  const declared = new Map(query.params.map((p) => [p.name, p]));
  const unknown = Object.keys(given).filter((k) => !declared.has(k));
  if (unknown.length) throw paramError(query, `unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}`);
  const bound: Record<string, QueryParamValue> = {};
  const missing: string[] = [];
  for (const p of query.params) {
    const value = given[p.name];
    if (value === undefined) {
      if (p.default === undefined) missing.push(p.name);
      else bound[p.name] = p.default;
    } else {
      bound[p.name] = coerce(query, p, value);
    }
  }
  if (missing.length) throw paramError(query, `missing parameter${missing.length > 1 ? 's' : ''} ${missing.map((k) => `"${k}"`).join(', ')}`);
  return bound;
}
