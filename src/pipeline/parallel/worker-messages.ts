// The messages between the build's main thread and its extraction workers (structured clone).
import type { FileResult } from '../../types.js';
import type { SerializeOptions } from '../serialize-report.js';

/** What a worker is started with (`workerData`). */
export interface WorkerInit {
  ontologyDir?: string;
  /** Serialize each built report for the build (see `createReportSerializer`). */
  serialize?: SerializeOptions;
}

/** Main → worker: extract one file. */
export interface ExtractRequest {
  type: 'extract';
  id: number;
  path: string;
  /**
   * Reports of this worker the main thread has settled since its last request: merged into the
   * graph (true) or set aside (see `createSentElements`).
   */
  settled?: Array<[receipt: number, merged: boolean]>;
}

/** Asks a worker to finish the files it holds and exit on its own (never killed mid native call). */
export interface CloseRequest {
  type: 'close';
}

/** One file's outcome: the result and, when the file could be read, the hash of its bytes. */
export interface ExtractedFile {
  path: string;
  result: FileResult;
  /** sha256 of the file's bytes (absent when it could not be read): duplicates are found with it. */
  sha256?: string;
  /** Hash of the report's normalised text (`hashReportText`), for a built report: same report, other bytes. */
  textHash?: string | null;
}

/** Worker → main. */
export type WorkerMessage =
  | { type: 'ready'; setupMs: number }
  /** Sent as the worker exits: the CPU time its thread spent since it was ready (null: unknown). */
  | { type: 'closing'; cpuMs: number | null }
  | { type: 'init-failed'; error: { code: string; message: string } }
  | ({ type: 'extracted'; id: number } & ExtractedFile);
