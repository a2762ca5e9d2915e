// CPU time of the calling thread, so a build can say where its CPU went: the main thread, the
// extraction workers, or the runtime's own threads (garbage collection, JIT compilation, I/O).
import { readFileSync } from 'node:fs';

/**
 * Milliseconds the calling thread has run on a CPU (Linux: /proc/thread-self/schedstat), or
 * null where the system does not say.
 */
export function threadCpuMs(): number | null {
  try {
    const ns = Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
}
