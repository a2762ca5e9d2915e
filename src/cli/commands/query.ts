// `kg query`: Cypher or a bundled named query on the embedded store, printed as a table, JSON or
// CSV; `kg query --list` names the bundled queries with their parameters.
import { Option, type Command } from 'commander';
import { KgError, QueryError, listChoices } from '../../errors.js';
import { openEmbeddedStore } from '../../store/embedded/open-embedded-store.js';
import { DEFAULT_NEO4J_CONNECTION } from '../../store/neo4j/neo4j-connection.js';
import { openNeo4jStore } from '../../store/neo4j/open-neo4j-store.js';
import {
  QUERY_PACK,
  bindQueryParams,
  runNamedQuery,
  findNamedQuery,
  getQueryText,
  isQueryName,
  type NamedQuery,
} from '../../store/query-pack/index.js';
import type { GraphStore } from '../../store/store.js';
import { OUTPUT_FORMATS, formatRows, type OutputFormat } from '../format-table.js';
import { EXIT, type CliIo } from '../io.js';
import { reportError } from '../report-error.js';

export interface QueryCommandOptions {
  db: string;
  param: string[];
  format: string;
  list?: boolean;
}

export const DEFAULT_QUERY_DB = 'out';

/** Types accepted in `--param name:type=value` for raw Cypher (named queries declare their own). */
const RAW_PARAM_TYPES = ['string', 'int', 'float', 'bool'] as const;

/** Splits `name=value` (value may hold `=`); E_QUERY_PARAM when there is no `=`. */
export function parseParamArgs(args: readonly string[]): Array<{ name: string; value: string }> {
  return args.map((arg) => {
    const eq = arg.indexOf('=');
    if (eq <= 0) {
      throw new QueryError('E_QUERY_PARAM', `expected --param name=value, got ${JSON.stringify(arg)}`);
    }
    return { name: arg.slice(0, eq).trim(), value: arg.slice(eq + 1) };
  });
}

/** Parameters of a raw Cypher query: strings, unless written `name:int=5`, `name:float=0.5`, `name:bool=true`. */
export function typeRawParams(args: readonly string[]): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const { name, value } of parseParamArgs(args)) {
    const [key, type = 'string'] = name.split(':');
    const bad = (expected: string) =>
      new QueryError('E_QUERY_PARAM', `parameter "${key}" must be ${expected}, got ${JSON.stringify(value)}`);
    switch (type) {
      case 'string':
        out[key] = value;
        break;
      case 'int':
        if (!/^\s*[-+]?\d+\s*$/.test(value) || !Number.isSafeInteger(Number(value))) throw bad('an integer');
        out[key] = Number(value);
        break;
      case 'float':
        if (value.trim() === '' || !Number.isFinite(Number(value))) throw bad('a number');
        out[key] = Number(value);
        break;
      case 'bool':
        if (value !== 'true' && value !== 'false') throw bad('true or false');
        out[key] = value === 'true';
        break;
      default:
        throw new QueryError('E_QUERY_PARAM', `unknown parameter type "${type}" in ${JSON.stringify(name)}; valid types: ${listChoices(RAW_PARAM_TYPES)}`);
    }
  }
  return out;
}

/** The text of `kg query --list`. */
export function formatQueryList(pack: readonly NamedQuery[] = QUERY_PACK): string {
  const width = Math.max(...pack.map((q) => q.name.length));
  const lines: string[] = [];
  for (const q of pack) {
    lines.push(`${q.name.padEnd(width)}  ${q.description}`);
    for (const p of q.params) {
      const fallback = p.default === undefined ? 'required' : `default ${JSON.stringify(p.default)}`;
      lines.push(`${' '.repeat(width)}    --param ${p.name}=…  (${p.type}, ${fallback}) ${p.description}`);
    }
  }
  lines.push('', 'Run one with: kg query <name> --param name=value [--format table|json|csv]');
  return `${lines.join('\n')}\n`;
}

function checkFormat(format: string): OutputFormat {
  if ((OUTPUT_FORMATS as readonly string[]).includes(format)) return format as OutputFormat;
  throw new KgError('E_USAGE', `unknown --format "${format}"; valid formats: ${listChoices(OUTPUT_FORMATS)}`);
}

/**
 * Runs `kg query` for the CLI. Named queries are checked (name, parameters) before the store is
 * opened, so a typo is reported even without a store.
 */
export async function runQueryCommand(
  text: string | undefined,
  opts: QueryCommandOptions,
  io: CliIo,
  openStore: (db: string) => Promise<GraphStore> = (db) => openEmbeddedStore(db, { readOnly: true }),
): Promise<void> {
  let store: GraphStore | undefined;
  try {
    if (opts.list) {
      io.out(formatQueryList());
      process.exitCode = EXIT.OK;
      return;
    }
    const format = checkFormat(opts.format);
    if (!text || !text.trim()) {
      throw new KgError('E_USAGE', 'expected a bundled query name or a Cypher statement; `kg query --list` shows the bundled queries');
    }
    let params: Record<string, unknown>;
    let named: NamedQuery | undefined;
    if (isQueryName(text)) {
      named = findNamedQuery(text.trim());
      const given: Record<string, string> = {};
      for (const { name, value } of parseParamArgs(opts.param)) given[name] = value;
      params = bindQueryParams(named, given);
    } else {
      params = typeRawParams(opts.param);
    }
    store = await openStore(opts.db);
    const cypher = named ? getQueryText(named, store.dialect ?? 'neo4j') : text;
    const rows = await store.query(cypher, params);
    io.out(formatRows(rows, format));
    process.exitCode = EXIT.OK;
  } catch (err) {
    reportError(io, err);
  } finally {
    if (store) await store.close().catch((err: unknown) => reportError(io, err));
  }
}

/**
 * The answers `npm run demo` prints after a build: the law ranking, the towns citing its top law
 * (chosen from the data, not fixed), and the practices towns share.
 */
export async function formatDemoAnswers(store: GraphStore): Promise<string> {
  const ranking = await runNamedQuery(store, 'law-ranking', { limit: 10 });
  const parts = ['== kg query law-ranking --param limit=10', formatRows(ranking, 'table')];
  const topLaw = ranking[0]?.law;
  if (typeof topLaw === 'string') {
    const towns = await runNamedQuery(store, 'towns-citing-law', { law: topLaw });
    parts.push(`== kg query towns-citing-law --param law=${topLaw}`, formatRows(towns, 'table'));
  }
  const shared = await runNamedQuery(store, 'shared-practices', { limit: 10 });
  parts.push('== kg query shared-practices --param limit=10', formatRows(shared, 'table'));
  return parts.join('\n');
}

/** Prints {@link formatDemoAnswers} for the store in `outDir`; errors are reported, not thrown. */
export async function printDemoAnswers(outDir: string, io: CliIo): Promise<void> {
  let store: GraphStore | undefined;
  try {
    store = await openEmbeddedStore(outDir, { readOnly: true });
    io.out(await formatDemoAnswers(store));
  } catch (err) {
    reportError(io, err);
  } finally {
    if (store) await store.close().catch((err: unknown) => reportError(io, err));
  }
}

interface Neo4jQueryOptions {
  neo4j?: boolean;
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export function registerQueryCommand(program: Command, io: CliIo): void {
  program
    .command('query')
    .description('run Cypher or a bundled query (see --list) on the embedded store written by `kg build`')
    .argument('[query]', 'a bundled query name, or a Cypher statement in quotes')
    .option('--db <dir>', 'output folder of `kg build` (or its graph.kuzu file)', DEFAULT_QUERY_DB)
    .option(
      '-p, --param <name=value>',
      'query parameter, repeatable; for raw Cypher, name:int=5 (or :float, :bool) binds a typed value',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('-f, --format <format>', `output format: ${OUTPUT_FORMATS.join(', ')}`, 'table')
    .option('--list', 'list the bundled queries with their parameters')
    .option('--neo4j', 'run on Neo4j instead of the embedded store (connection from --uri/--user/--password/--database or NEO4J_*)')
    .addOption(new Option('--uri <uri>', 'Neo4j URI (with --neo4j)').env('NEO4J_URI').default(DEFAULT_NEO4J_CONNECTION.uri))
    .addOption(new Option('--user <name>', 'Neo4j user (with --neo4j)').env('NEO4J_USER').default(DEFAULT_NEO4J_CONNECTION.user))
    .addOption(
      new Option('--password <password>', 'Neo4j password (with --neo4j)')
        .env('NEO4J_PASSWORD')
        .default(DEFAULT_NEO4J_CONNECTION.password, 'docker-compose default'),
    )
    .addOption(new Option('--database <name>', 'Neo4j database (with --neo4j)').env('NEO4J_DATABASE'))
    .action(async (query: string | undefined, opts: QueryCommandOptions & Neo4jQueryOptions) => {
      const openStore = opts.neo4j
        ? () => openNeo4jStore({ uri: opts.uri, user: opts.user, password: opts.password, database: opts.database ?? null })
        : undefined;
      await runQueryCommand(query, opts, io, openStore);
    });
}
