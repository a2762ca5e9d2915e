// How many extraction workers a build uses: the user's number, or the machine's cores.
import { availableParallelism } from 'node:os';
import { KgError } from '../../errors.js';

/**
 * Files in flight per worker (read, in extraction, or done and waiting for their turn in input
 * order). With 2 per worker, workers waited 3% of the time (behind a long report, or while the main
 * thread collected garbage); with 8, under 0.1%. It costs a few MB: extractions are ~150 kB.
 */
export const FILES_IN_FLIGHT_PER_JOB = 8;

/** Files in flight when extracting in the main thread: the next file is read while one is extracted. */
export const FILES_IN_FLIGHT_IN_PROCESS = 2;

/** Reports per worker below which starting another worker costs more than it saves. */
export const MIN_REPORTS_PER_JOB = 40;

/**
 * Whether a build of `files` reports with `jobs` jobs extracts in worker threads. With more than
 * one job, always. With one, when the batch is not small: the main thread's merging and writing
 * then overlap the extraction, and what extraction holds (jieba's dictionaries, the gazetteers,
 * its garbage) goes with the worker when extraction ends, before the store is loaded. A small
 * batch (a worker would take longer to start than to finish it) is extracted in the main thread.
 */
export function extractsInWorkers(jobs: number, files: number): boolean {
  return jobs > 1 || files >= MIN_REPORTS_PER_JOB;
}

/** The default number of jobs: the cores Node may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Parses a `--jobs` value: a positive integer, or `auto` (the cores of the machine, fewer for a
 * small batch when `files` is known, since each worker first spends a few seconds loading).
 * @throws KgError E_USAGE for anything else.
 */
export function resolveJobs(value: string | number | undefined, files?: number): number {
  if (value === undefined || value === 'auto') {
    const cores = defaultJobs();
    if (files === undefined) return cores;
    return Math.max(1, Math.min(cores, Math.ceil(files / MIN_REPORTS_PER_JOB)));
  }
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new KgError('E_USAGE', `expected a positive whole number of jobs or "auto", found "${value}"`, { where: '--jobs' });
  }
  return n;
}
