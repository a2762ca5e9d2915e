// A hand-written recording fake of the neo4j-driver API the loader uses (in the spirit of the
// driver's own test/utils/connection.fake.ts): it records every statement with its parameters and
// transaction, and keeps a tiny key store so result counters behave like MERGE on a real server.
import type {
  Neo4jCounters,
  Neo4jDriverLike,
  Neo4jResultLike,
  Neo4jSessionLike,
  Neo4jTransactionLike,
} from '../../../src/store/neo4j/load-neo4j.js';

export interface RecordedRun {
  query: string;
  params: Record<string, unknown>;
  /** Index of the write transaction (executeWrite call) it ran in. */
  tx: number;
  session: number;
  database: string | undefined;
}

export interface FakeDriverOptions {
  /** Thrown by verifyConnectivity. */
  connectivityError?: Error;
  /** Called before each run; a returned error is thrown from tx.run (after `failAfter` runs, say). */
  failRun?: (run: RecordedRun, index: number) => Error | undefined;
  /** Nodes already in the fake database, by label (for --wipe). */
  existing?: Record<string, number>;
}

/** Neo4j Integers print as their number, like strings print as themselves. */
const plain = (v: unknown): string => String(v);

export class FakeNeo4jDriver implements Neo4jDriverLike {
  readonly runs: RecordedRun[] = [];
  readonly sessionConfigs: ({ database?: string; defaultAccessMode?: string } | undefined)[] = [];
  readonly connectivityChecks: ({ database?: string } | undefined)[] = [];
  readonly events: string[] = [];
  closed = false;
  /** The fake database: node identities `Label|key`, relationship keys, schema names, node counts per label. */
  readonly nodes = new Set<string>();
  readonly relationships = new Set<string>();
  readonly schemaNames = new Set<string>();
  readonly extraNodes: Record<string, number>;
  private txCount = 0;

  constructor(
    readonly uri: string,
    readonly user: string,
    readonly password: string,
    readonly options: FakeDriverOptions = {},
  ) {
    this.extraNodes = { ...(options.existing ?? {}) };
  }

  async verifyConnectivity(options?: { database?: string }): Promise<unknown> {
    this.connectivityChecks.push(options);
    this.events.push('verifyConnectivity');
    if (this.options.connectivityError) throw this.options.connectivityError;
    return {};
  }

  session(config?: { database?: string; defaultAccessMode?: string }): Neo4jSessionLike {
    this.sessionConfigs.push(config);
    const sessionIndex = this.sessionConfigs.length - 1;
    this.events.push('session');
    const driver = this;
    return {
      async executeWrite<T>(work: (tx: Neo4jTransactionLike) => Promise<T>): Promise<T> {
        const tx = driver.txCount++;
        return work({
          run(query: string, params: Record<string, unknown> = {}) {
            const run: RecordedRun = { query, params, tx, session: sessionIndex, database: config?.database };
            driver.runs.push(run);
            const err = driver.options.failRun?.(run, driver.runs.length - 1);
            if (err) return Promise.reject(err);
            return Promise.resolve(driver.apply(run));
          },
        });
      },
      async close() {
        driver.events.push('session.close');
      },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.events.push('driver.close');
  }

  /** Simulates the effect of one of the loader's statements on the fake database. */
  private apply(run: RecordedRun): Neo4jResultLike {
    const c: Neo4jCounters = {};
    const q = run.query;
    const rows = (run.params.rows ?? []) as { key: unknown }[];
    let m: RegExpExecArray | null;
    if ((m = /^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) (\S+) IF NOT EXISTS/.exec(q))) {
      if (!this.schemaNames.has(m[2])) {
        this.schemaNames.add(m[2]);
        c[m[1] === 'CONSTRAINT' ? 'constraintsAdded' : 'indexesAdded'] = 1;
      }
    } else if ((m = /MERGE \(n:(\w+) \{\w+: row\.key\}\)/.exec(q))) {
      let created = 0;
      for (const r of rows) {
        const id = `${m[1]}|${plain(r.key)}`;
        if (!this.nodes.has(id)) {
          this.nodes.add(id);
          created++;
        }
      }
      c.nodesCreated = created;
      c.propertiesSet = rows.length;
    } else if ((m = /MERGE \(a\)-\[r:(\w+) \{key: row\.key\}\]->\(b\)/.exec(q))) {
      let created = 0;
      for (const r of rows) {
        const id = `${m[1]}|${plain(r.key)}`;
        if (!this.relationships.has(id)) {
          this.relationships.add(id);
          created++;
        }
      }
      c.relationshipsCreated = created;
    } else if ((m = /^MATCH \(n:(\w+)\) WITH n LIMIT \$limit DETACH DELETE n$/.exec(q))) {
      const limit = Number(plain(run.params.limit));
      const label = m[1];
      const present = (this.extraNodes[label] ?? 0) + [...this.nodes].filter((n) => n.startsWith(`${label}|`)).length;
      const deleted = Math.min(limit, present);
      let left = deleted;
      const fromExtra = Math.min(left, this.extraNodes[label] ?? 0);
      if (fromExtra) this.extraNodes[label] -= fromExtra;
      left -= fromExtra;
      for (const n of [...this.nodes]) {
        if (left === 0) break;
        if (n.startsWith(`${label}|`)) {
          this.nodes.delete(n);
          left--;
        }
      }
      c.nodesDeleted = deleted;
    }
    return { records: [], summary: { counters: { updates: () => ({ ...c }) } } };
  }
}

/**
 * A `createDriver` that always hands out the same fake, so its database survives between loads (like
 * a server does) and its recording covers all of them. `calls` lists the credentials it was given.
 */
export function createFakeDriverFactory(options: FakeDriverOptions = {}) {
  let driver: FakeNeo4jDriver | null = null;
  const calls: { uri: string; user: string; password: string }[] = [];
  const factory = (uri: string, user: string, password: string) => {
    calls.push({ uri, user, password });
    driver ??= new FakeNeo4jDriver(uri, user, password, options);
    driver.closed = false;
    return driver;
  };
  return {
    factory,
    calls,
    get driver(): FakeNeo4jDriver {
      if (!driver) throw new Error('no driver was created');
      return driver;
    },
  };
}
