// Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation a command can honour: the first signal
// aborts an AbortSignal, so the work stops at its next safe point (after the current file of a build,
// after the current batch of a Neo4j load) and cleans up; a second signal exits at once.
import { KgError } from '../errors.js';

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

export const INTERRUPT_SIGNALS: readonly InterruptSignal[] = ['SIGINT', 'SIGTERM'];

/** Exit codes of the shell convention, 128 + the signal's number: Ctrl-C gives 130. */
export const INTERRUPT_EXIT_CODES: Record<InterruptSignal, number> = { SIGINT: 130, SIGTERM: 143 };

/** Where signals come from: the process, or an EventEmitter in tests. */
export interface SignalSource {
  on(event: InterruptSignal, listener: () => void): unknown;
  off(event: InterruptSignal, listener: () => void): unknown;
}

export interface WatchInterruptsOptions {
  /** Default: `process`. */
  source?: SignalSource;
  /** Told on the first signal (to print "stopping after the current file …"). */
  onInterrupt?(signal: InterruptSignal): void;
  /**
   * Called on a second signal, when the user insists. Default: `process.exit` with the signal's exit
   * code (the work's own cleanup is skipped; what was committed stays committed).
   */
  onForce?(signal: InterruptSignal): void;
}

export interface InterruptWatch {
  /** Aborted on the first signal; its `reason` is the E_INTERRUPTED error to throw. */
  readonly signal: AbortSignal;
  /** The signal received, or null. */
  readonly received: InterruptSignal | null;
  /** Stops listening; always call it (in `finally`). */
  dispose(): void;
}

/** The error a command stops with: code E_INTERRUPTED, the signal in `detail`. */
export function makeInterruptedError(signal: InterruptSignal, message = 'stopped by the user'): KgError {
  return new KgError('E_INTERRUPTED', `${message} (${signal})`, { detail: { signal } });
}

/** True for the error of an interrupted run (E_INTERRUPTED), whoever threw it. */
export function isInterruptedError(err: unknown): err is KgError {
  return err instanceof KgError && err.code === 'E_INTERRUPTED';
}

/** The exit code for an interrupted run: 130 for SIGINT, 143 for SIGTERM. */
export function exitCodeOfInterrupt(err: KgError | InterruptSignal | null): number {
  const signal = typeof err === 'string' ? err : err?.detail?.signal;
  return signal === 'SIGTERM' ? INTERRUPT_EXIT_CODES.SIGTERM : INTERRUPT_EXIT_CODES.SIGINT;
}

/**
 * Listens for SIGINT and SIGTERM until disposed. While it listens, Node's default of dying at once
 * is replaced: the command decides where to stop.
 * @example
 * const watch = watchInterrupts({ onInterrupt: () => io.err('kg: stopping …\n') });
 * try { await runBuild(paths, { out, signal: watch.signal }) } finally { watch.dispose() }
 */
export function watchInterrupts(options: WatchInterruptsOptions = {}): InterruptWatch {
  const source: SignalSource = options.source ?? process;
  const controller = new AbortController();
  let received: InterruptSignal | null = null;
  const handlers = new Map<InterruptSignal, () => void>();
  for (const sig of INTERRUPT_SIGNALS) {
    const handler = () => {
      if (received) {
        if (options.onForce) options.onForce(sig);
        else process.exit(INTERRUPT_EXIT_CODES[sig]);
        return;
      }
      received = sig;
      options.onInterrupt?.(sig);
      controller.abort(makeInterruptedError(sig));
    };
    handlers.set(sig, handler);
    source.on(sig, handler);
  }
  let disposed = false;
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const [sig, handler] of handlers) source.off(sig, handler);
    },
  };
}

/**
 * Runs `work` with an interrupt watch and always disposes it.
 * @example await withInterrupts((signal) => runBuild(paths, { out, signal }))
 */
export async function withInterrupts<T>(work: (signal: AbortSignal) => Promise<T>, options: WatchInterruptsOptions = {}): Promise<T> {
  const watch = watchInterrupts(options);
  try {
    return await work(watch.signal);
  } finally {
    watch.dispose();
  }
}
