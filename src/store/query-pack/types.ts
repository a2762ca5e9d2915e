// Types of the bundled named queries (`kg query <name>`): a name, its parameters and its Cypher text
// (Neo4j 5, shared with the embedded store unless a Kùzu text is given).
import type { QueryDialect } from '../store.js';

export type QueryParamType = 'string' | 'int';

export interface QueryParam {
  name: string;
  type: QueryParamType;
  description: string;
  /** Used when the parameter is not given; a parameter without a default is required. */
  default?: string | number;
}

export interface NamedQuery {
  name: string;
  /** One line, shown by `kg query --list`. */
  description: string;
  params: QueryParam[];
  /** Neo4j 5 text; also sent to the embedded store unless `cypherKuzu` is set. */
  cypher: string;
  /** Kùzu text, only where the two dialects cannot share one. */
  cypherKuzu?: string;
}

export type { QueryDialect };
