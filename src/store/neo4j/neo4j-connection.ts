// Connection settings for Neo4j (defaults matching docker-compose.yml) and the translation of driver
// errors into KgErrors that name the URI — never the password — and say what to try.
import { KgError, listChoices } from '../../errors.js';

export interface Neo4jConnectionOptions {
  /** `neo4j://` (routing: clusters, Aura) or `bolt://` (one server), with `+s` / `+ssc` for TLS. */
  uri: string;
  user: string;
  password: string;
  /** Database name; null or undefined uses the server's default database. */
  database?: string | null;
}

/** Local defaults, the same as docker-compose.yml (override with NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). */
export const DEFAULT_NEO4J_CONNECTION: Neo4jConnectionOptions = {
  uri: 'neo4j://localhost:7687',
  user: 'neo4j',
  password: 'fazhi-kg-local',
  database: null,
};

export const NEO4J_URI_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'] as const;

const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const AUTH_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
  'Neo.ClientError.Security.Forbidden',
  'Neo.ClientError.Security.AuthorizationExpired',
]);
const DATABASE_CODES = new Set([
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.Database.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseUnavailable',
]);

/** Removes credentials a user may have put in the URI (`neo4j://user:pw@host`). */
export function redactUri(uri: string): string {
  return uri.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^@/?#]*@/, '$1');
}

/** Throws E_USAGE unless the URI uses one of the driver's schemes. */
export function checkNeo4jUri(uri: string): void {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/[^/?#]+/.exec(uri.trim());
  const scheme = m?.[1].toLowerCase();
  if (!scheme || !(NEO4J_URI_SCHEMES as readonly string[]).includes(scheme)) {
    throw new KgError(
      'E_USAGE',
      `expected a Neo4j URI such as neo4j://localhost:7687, found "${redactUri(uri)}"; valid schemes: ${listChoices(NEO4J_URI_SCHEMES.map((s) => `${s}://`))}`,
      { where: '--uri' },
    );
  }
}

export interface Neo4jErrorContext {
  uri: string;
  user: string;
  password?: string;
  database?: string | null;
  /** Batches already committed when the error struck (they stay in the database). */
  committedBatches?: number;
}

function errorCode(err: unknown): string | null {
  if (err && typeof err === 'object' && typeof (err as { code?: unknown }).code === 'string') {
    return (err as { code: string }).code;
  }
  return null;
}

/** Hides the password wherever a message might echo it. */
function scrub(text: string, password?: string): string {
  return password && password.length > 0 ? text.split(password).join('***') : text;
}

/**
 * Maps any error raised while talking to Neo4j to a KgError: E_NEO4J_UNREACHABLE, E_NEO4J_AUTH,
 * E_NEO4J_DATABASE or E_NEO4J. Messages name the URI (credentials stripped) and what to try.
 */
export function mapNeo4jError(err: unknown, ctx: Neo4jErrorContext): KgError {
  if (err instanceof KgError) return err;
  const uri = redactUri(ctx.uri);
  const code = errorCode(err);
  const original = scrub(err instanceof Error ? err.message : String(err), ctx.password);
  const db = ctx.database ?? null;
  const kept =
    ctx.committedBatches && ctx.committedBatches > 0
      ? ` ${ctx.committedBatches} batch(es) already committed stay in the database; loading again is safe and continues where this stopped.`
      : '';
  const detail = { uri, database: db, neo4jCode: code, committedBatches: ctx.committedBatches ?? 0 };
  if (code !== null && UNREACHABLE_CODES.has(code)) {
    return new KgError(
      'E_NEO4J_UNREACHABLE',
      `could not reach Neo4j (${original.split('\n')[0]}). Start the bundled server with \`docker compose up -d --wait\`, ` +
        `or check --uri / NEO4J_URI (neo4j:// for a cluster or Aura, bolt:// for a single server, +s for TLS).${kept}`,
      { where: uri, cause: err, detail },
    );
  }
  if (code !== null && AUTH_CODES.has(code)) {
    const what = code.endsWith('Forbidden')
      ? `user "${ctx.user}" is not allowed to write here`
      : code.endsWith('CredentialsExpired')
        ? `the password of user "${ctx.user}" has expired; change it in Neo4j Browser first`
        : `Neo4j refused the credentials of user "${ctx.user}"`;
    return new KgError(
      'E_NEO4J_AUTH',
      `${what} (${code}). Check --user/--password or NEO4J_USER/NEO4J_PASSWORD; the docker-compose default is ` +
        `user neo4j with the password in NEO4J_PASSWORD (or the documented local default).${kept}`,
      { where: uri, cause: err, detail },
    );
  }
  if (code !== null && DATABASE_CODES.has(code)) {
    return new KgError(
      'E_NEO4J_DATABASE',
      `database "${db ?? '(default)'}" does not exist or is not available (${code}). Omit --database / NEO4J_DATABASE to use ` +
        `the server's default database (Neo4j Community has only "neo4j"), or create it with CREATE DATABASE on Enterprise or Aura.${kept}`,
      { where: uri, cause: err, detail },
    );
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    return new KgError('E_QUERY_SYNTAX', `Neo4j rejected the Cypher: ${original}`, { where: uri, cause: err, detail });
  }
  return new KgError('E_NEO4J', `${code ? `${code}: ` : ''}${original}${kept}`, { where: uri, cause: err, detail });
}
