// Turns Kùzu's exceptions into the project's coded errors: a held lock becomes E_STORE_LOCKED
// naming the file and the process holding it, parser/binder messages become E_QUERY_SYNTAX.
import { readFileSync, statSync } from 'node:fs';
import { QueryError, StoreError, type KgError } from '../../errors.js';

const LOCK_MESSAGE = 'Could not set lock on file';

/** True when Kùzu refused to open a database file because another process holds its lock. */
export function isLockError(err: unknown): boolean {
  return err instanceof Error && err.message.includes(LOCK_MESSAGE);
}

function readProcessCommand(pid: number): string | null {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
    if (!cmd) return null;
    return cmd.length > 100 ? `${cmd.slice(0, 99)}…` : cmd;
  } catch {
    return null;
  }
}

/**
 * Names the processes holding a lock on `path`, read from /proc/locks (Linux only; elsewhere, or
 * when the holder is not visible, returns an empty list and the message stays generic).
 */
export function findLockHolders(path: string): Array<{ pid: number; command: string | null }> {
  let inode: number;
  try {
    inode = statSync(path).ino;
  } catch {
    return [];
  }
  let table: string;
  try {
    table = readFileSync('/proc/locks', 'utf8');
  } catch {
    return [];
  }
  const holders = new Map<number, string | null>();
  for (const line of table.split('\n')) {
    // e.g. `1: POSIX  ADVISORY  READ 8909 fe:00:2146715 0 EOF`
    const m = /^\d+:\s+\S+\s+\S+\s+\S+\s+(\d+)\s+[0-9a-f]+:[0-9a-f]+:(\d+)\s/i.exec(line);
    if (!m || Number(m[2]) !== inode) continue;
    const pid = Number(m[1]);
    if (pid !== process.pid && !holders.has(pid)) holders.set(pid, readProcessCommand(pid));
  }
  return [...holders].map(([pid, command]) => ({ pid, command }));
}

/** The E_STORE_LOCKED error for `path`, naming who holds it when that can be found. */
export function makeLockedError(path: string, cause?: unknown): StoreError {
  const holders = findLockHolders(path);
  const who = holders.length
    ? `held by ${holders.map((h) => `process ${h.pid}${h.command ? ` (${h.command})` : ''}`).join(', ')}`
    : 'held open by another process';
  return new StoreError(
    'E_STORE_LOCKED',
    `the embedded store is ${who}; close it (a running \`kg query\` or another \`kg build\`) and try again`,
    { where: path, cause, detail: { holders } },
  );
}

/** Wraps an error raised while opening or writing the database at `path`. */
export function toStoreError(err: unknown, path: string, action: string): KgError {
  if (err instanceof StoreError || err instanceof QueryError) return err;
  if (isLockError(err)) return makeLockedError(path, err);
  const message = err instanceof Error ? err.message : String(err);
  return new StoreError('E_STORE', `${action} failed: ${message}`, { where: path, cause: err });
}

/** Wraps an error raised by a query: syntax and binding problems are the query's, the rest the store's. */
export function toQueryError(err: unknown, cypher: string): KgError {
  if (err instanceof StoreError || err instanceof QueryError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const detail = { cypher };
  if (/^(Parser|Binder|Catalog) exception:/.test(message)) {
    return new QueryError('E_QUERY_SYNTAX', message, { cause: err, detail });
  }
  if (/^Parameter \S+ not found/.test(message)) {
    return new QueryError('E_QUERY_PARAM', `${message} (the query text has no such $parameter)`, { cause: err, detail });
  }
  if (isLockError(err)) return new StoreError('E_STORE_LOCKED', message, { cause: err });
  return new StoreError('E_STORE', message, { cause: err, detail });
}
