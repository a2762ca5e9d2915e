// One error catalogue for the whole project: stable codes that tests, the manifest and the README
// refer to, and messages that say where, what was expected and what was found.

export const ERROR_CODES = {
  // input files
  E_READ: 'the file could not be read (missing, a directory, or no permission)',
  E_EMPTY: 'the file is empty or holds only white space',
  E_BINARY: 'the file is binary (not text or HTML)',
  E_DECODE: 'the file is not valid text in any supported encoding (UTF-8, GBK/GB18030, UTF-16)',
  E_TOO_LARGE: 'the file is larger than the limit for one report',
  E_NO_TEXT: 'no report text was found after removing page furniture',
  E_NO_ISSUER: 'no issuing town, district or county could be recognised',
  E_DUPLICATE: 'the file repeats another input (same content or same normalised text); built once',
  E_EXTRACT: 'extraction failed on this file (a bug: please report it with the file)',
  // configuration
  E_ONTOLOGY: 'an ontology YAML file is invalid',
  E_USAGE: 'the command line is invalid',
  E_GOLD: 'a gold annotation file is invalid',
  // stores and queries
  E_STORE_MISSING: 'no graph store was found where one was expected',
  E_STORE_LOCKED: 'the store is held open by another process',
  E_STORE: 'the embedded store failed',
  E_QUERY_SYNTAX: 'the Cypher query is not valid',
  E_QUERY_UNKNOWN: 'no bundled query has that name',
  E_QUERY_PARAM: 'a query parameter is missing, unknown or malformed',
  E_NEO4J_UNREACHABLE: 'the Neo4j server could not be reached',
  E_NEO4J_AUTH: 'Neo4j refused the credentials',
  E_NEO4J_DATABASE: 'the Neo4j database does not exist or is not available',
  E_NEO4J: 'Neo4j reported an error',
  E_EXPORT: 'an export could not be written',
  E_TEMP: 'temporary files could not be written (disk full, or no permission in TMPDIR)',
  E_INTERRUPTED: 'the run was interrupted',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface KgErrorOptions {
  /** File (and line or entry) at fault, shown first in the message. */
  where?: string;
  cause?: unknown;
  /** Extra structured detail (valid choices, expected parameters …). */
  detail?: Record<string, unknown>;
}

/** The project's error: a stable `code`, and a message shaped `where: problem`. */
export class KgError extends Error {
  readonly code: ErrorCode;
  readonly where?: string;
  readonly detail?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: KgErrorOptions = {}) {
    super(options.where ? `${options.where}: ${message}` : message, { cause: options.cause });
    this.name = 'KgError';
    this.code = code;
    this.where = options.where;
    this.detail = options.detail;
  }
}

/** Input-file problems: the batch goes on, the file is reported in the manifest. */
export class InputError extends KgError {
  constructor(code: ErrorCode, file: string, message: string, options: Omit<KgErrorOptions, 'where'> = {}) {
    super(code, message, { ...options, where: file });
    this.name = 'InputError';
  }
}

export class OntologyError extends KgError {
  constructor(where: string, message: string, options: Omit<KgErrorOptions, 'where'> = {}) {
    super('E_ONTOLOGY', message, { ...options, where });
    this.name = 'OntologyError';
  }
}

export class StoreError extends KgError {
  constructor(code: ErrorCode, message: string, options: KgErrorOptions = {}) {
    super(code, message, options);
    this.name = 'StoreError';
  }
}

export class QueryError extends KgError {
  constructor(code: ErrorCode, message: string, options: KgErrorOptions = {}) {
    super(code, message, options);
    this.name = 'QueryError';
  }
}

/** Formats a list of valid choices for a message: `a, b, c`. */
export function listChoices(choices: Iterable<string>): string {
  return [...choices].join(', ');
}

/** Turns anything thrown into a KgError, keeping the code of a KgError. */
export function toKgError(err: unknown, fallback: ErrorCode, where?: string): KgError {
  if (err instanceof KgError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new KgError(fallback, message, { where, cause: err });
}
