// A pool of extraction worker threads. Each worker loads the extraction context once; files are
// sent to the least busy worker and come back with their result (structured clone).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { KgError } from '../../errors.js';
import type { SerializeOptions } from '../serialize-report.js';
import type { CloseRequest, ExtractedFile, ExtractRequest, WorkerInit, WorkerMessage } from './worker-messages.js';

export interface ExtractPoolOptions {
  /** Worker threads (at least 1). */
  jobs: number;
  /** Ontology folder (default: the package's ontology/). */
  ontologyDir?: string;
  /** Serialize each built report for the build (see `createReportSerializer`). */
  serialize?: SerializeOptions;
  /** Compiled worker script (default: resolved with `resolveWorkerFile()`). */
  workerFile?: URL;
}

export interface ExtractPool {
  readonly size: number;
  /** Milliseconds from creating the pool until every worker had loaded its context. */
  readonly setupMs: number;
  /** Reads and extracts one file in a worker. Never rejects for a bad file: it is a failed result. */
  extract(path: string): Promise<ExtractedFile>;
  /**
   * Milliseconds the workers together spent with no file to work on since they were ready: high
   * when the main thread (graph, report JSON) cannot keep up with them.
   */
  idleMs(): number;
  /**
   * CPU time the workers' threads spent extracting (from ready to exit), summed; known once
   * `close()` has resolved, null where the system does not say.
   */
  workersCpuMs(): number | null;
  /**
   * Tells the worker that built a report (its output's `receipt`) whether the report's shared
   * elements were merged into the graph or set aside; it learns it with its next file, and from
   * then on leaves out of later reports what it sent with this one (see `createSentElements`).
   * A report never settled only costs that saving.
   */
  settle(receipt: number, merged: boolean): void;
  /** Stops the workers (pending files resolve as failed). */
  close(): Promise<void>;
}

interface Task {
  id: number;
  path: string;
  resolve(file: ExtractedFile): void;
}

interface Slot {
  worker: Worker;
  tasks: Map<number, Task>;
  /** Since when the worker has had nothing to do (null while it has work). */
  idleSince: number | null;
  /** Receipts settled since the worker's last request, sent with its next one. */
  settled: Array<[receipt: number, merged: boolean]>;
}

const WORKER_NAME = 'extract-worker.js';
/** Reports built and not settled yet that the pool remembers at most. */
const MAX_UNSETTLED = 4_096;

/**
 * The compiled worker script: beside this module in dist/; when this module runs from the
 * TypeScript sources (vitest), the twin in dist/, which `npm run build` writes.
 */
export function resolveWorkerFile(): URL {
  const here = new URL(`./${WORKER_NAME}`, import.meta.url);
  if (import.meta.url.endsWith('.js') && existsSync(fileURLToPath(here))) return here;
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const twin = dir.replace(/([\\/])src([\\/]pipeline[\\/]parallel[\\/])$/, '$1dist$2') + WORKER_NAME;
  if (twin !== dir + WORKER_NAME && existsSync(twin)) return pathToFileURL(twin);
  throw new KgError('E_USAGE', `extraction in worker threads needs the compiled worker ${WORKER_NAME}; run \`npm run build\` (or use --jobs 1)`, {
    where: 'jobs',
    detail: { looked: [fileURLToPath(here), twin] },
  });
}

/** Starts `jobs` workers and resolves once all of them are ready to extract. */
export async function createExtractPool(options: ExtractPoolOptions): Promise<ExtractPool> {
  const size = Math.max(1, Math.floor(options.jobs));
  const workerFile = options.workerFile ?? resolveWorkerFile();
  const init: WorkerInit = { ontologyDir: options.ontologyDir, serialize: options.serialize };
  const t0 = performance.now();
  let nextId = 0;
  let closing = false;
  let workerCpu: number | null = 0;
  let slots: Slot[] = [];
  /** The worker that built each report not settled yet, by receipt. */
  const builtBy = new Map<number, Slot>();
  const started: Worker[] = [];
  const replacements: Promise<Slot>[] = [];

  const failTasks = (slot: Slot, why: string) => {
    for (const t of slot.tasks.values()) {
      t.resolve({ path: t.path, result: { status: 'failed', file: t.path, code: 'E_EXTRACT', message: `${t.path}: ${why}` } });
    }
    slot.tasks.clear();
  };

  const spawn = (): Promise<Slot> =>
    new Promise((resolveReady, rejectReady) => {
      const worker = new Worker(workerFile, { workerData: init, name: 'kg-extract' });
      started.push(worker);
      const slot: Slot = { worker, tasks: new Map(), idleSince: null, settled: [] };
      let ready = false;
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'ready') {
          ready = true;
          slot.idleSince = performance.now();
          resolveReady(slot);
        } else if (m.type === 'closing') {
          workerCpu = m.cpuMs === null || workerCpu === null ? null : workerCpu + m.cpuMs;
        } else if (m.type === 'init-failed') {
          rejectReady(new KgError(m.error.code as KgError['code'], m.error.message));
          void worker.terminate();
        } else {
          const task = slot.tasks.get(m.id);
          if (!task) return;
          slot.tasks.delete(m.id);
          if (slot.tasks.size === 0) slot.idleSince = performance.now();
          if (m.result.status === 'ok' && m.result.output?.receipt !== undefined) {
            builtBy.set(m.result.output.receipt, slot);
            // Bounded when the reports are not settled (the worker then keeps sending everything).
            if (builtBy.size > MAX_UNSETTLED) builtBy.delete(builtBy.keys().next().value as number);
          }
          task.resolve({ path: m.path, result: m.result, sha256: m.sha256, textHash: m.textHash });
        }
      });
      worker.on('error', (err) => {
        if (!ready) rejectReady(new KgError('E_EXTRACT', `an extraction worker failed to start: ${err.message}`, { cause: err }));
        failTasks(slot, `the extraction worker failed while reading this file: ${err.message}`);
        replace(slot);
      });
      worker.on('exit', (code) => {
        if (!ready) rejectReady(new KgError('E_EXTRACT', `an extraction worker exited (code ${code}) before it was ready`));
        if (closing) return;
        failTasks(slot, `the extraction worker exited (code ${code}) while reading this file`);
        replace(slot);
      });
    });

  // A worker that died is replaced once per death, so one poisonous file cannot stop the batch.
  const replace = (dead: Slot) => {
    if (closing || !slots.includes(dead)) return;
    slots = slots.filter((s) => s !== dead);
    void dead.worker.terminate();
    const coming = spawn();
    coming.then(
      (s) => (closing ? void s.worker.terminate() : slots.push(s)),
      () => undefined,
    );
    replacements.push(coming);
  };

  try {
    slots = await Promise.all(Array.from({ length: size }, spawn));
  } catch (err) {
    closing = true;
    await Promise.all(started.map((w) => w.terminate()));
    throw err;
  }
  const setupMs = Math.round(performance.now() - t0);
  let idleTotal = 0;
  // Idle time counts from the first file on, not while the pool waits for its first work.
  for (const s of slots) s.idleSince = null;

  const pickSlot = async (): Promise<Slot> => {
    while (slots.length === 0) {
      if (replacements.length === 0) throw new KgError('E_EXTRACT', 'no extraction worker is running');
      await Promise.race(replacements.map((r) => r.catch(() => undefined)));
      if (slots.length === 0) await Promise.allSettled(replacements);
      if (slots.length === 0) throw new KgError('E_EXTRACT', 'the extraction workers could not be restarted');
    }
    let best = slots[0];
    for (const s of slots) if (s.tasks.size < best.tasks.size) best = s;
    return best;
  };

  return {
    size,
    setupMs,
    async extract(path) {
      if (closing) throw new KgError('E_EXTRACT', `${path}: the extraction pool is closed`);
      const slot = await pickSlot();
      return new Promise<ExtractedFile>((resolve) => {
        const id = nextId++;
        if (slot.idleSince !== null) {
          idleTotal += performance.now() - slot.idleSince;
          slot.idleSince = null;
        }
        slot.tasks.set(id, { id, path, resolve });
        const req: ExtractRequest = { type: 'extract', id, path };
        if (slot.settled.length > 0) {
          req.settled = slot.settled;
          slot.settled = [];
        }
        slot.worker.postMessage(req);
      });
    },
    settle(receipt, merged) {
      const slot = builtBy.get(receipt);
      if (!slot) return;
      builtBy.delete(receipt);
      // A worker replaced since then has forgotten what it sent: nothing to tell.
      if (slots.includes(slot)) slot.settled.push([receipt, merged]);
    },
    idleMs() {
      return Math.round(idleTotal);
    },
    workersCpuMs() {
      return workerCpu;
    },
    async close() {
      if (closing) return;
      closing = true;
      for (const s of slots) failTasks(s, 'the build stopped before this file was extracted');
      await Promise.all(slots.map((s) => closeWorker(s.worker)));
      await Promise.allSettled(replacements);
    },
  };
}

/** How long a worker may take to finish its current file after being asked to close. */
const CLOSE_GRACE_MS = 10_000;

/** Asks a worker to exit once idle; terminates it only if it does not within the grace period. */
function closeWorker(worker: Worker): Promise<void> {
  // threadId is -1 once the thread has exited.
  if (worker.threadId < 0) return Promise.resolve();
  return new Promise((resolveClosed) => {
    const timer = setTimeout(() => void worker.terminate().then(() => resolveClosed()), CLOSE_GRACE_MS);
    worker.once('exit', () => {
      clearTimeout(timer);
      resolveClosed();
    });
    const req: CloseRequest = { type: 'close' };
    worker.postMessage(req);
  });
}
