// A one-line progress display on stderr: items done, a bar, items/s and (when the total is known)
// the time left. Drawn only on a terminal; silent in CI logs and tests.
import type { CliIo } from './io.js';

export interface Progress {
  tick(done: number, note?: string): void;
  /** Sets the total once it is known (the bar and the time left appear from then on). */
  setTotal(total: number | null): void;
  stage(name: string): void;
  done(): void;
}

export interface ProgressOptions {
  /** Milliseconds between redraws (default 100). */
  interval?: number;
  /** Width of the bar in characters (default 20). */
  barWidth?: number;
  /** The rate is measured over this many recent milliseconds, so the time left follows speed changes (default 10 s). */
  rateWindow?: number;
  /**
   * No rate (nor time left) is shown until items have come in for this many milliseconds (default
   * 1 s): the first items arrive after the start-up (workers loading their dictionaries), and a
   * rate over one or two of them says nothing.
   */
  settle?: number;
  /** Clock (tests). */
  now?(): number;
}

export const DEFAULT_PROGRESS: Required<Omit<ProgressOptions, 'now'>> = { interval: 100, barWidth: 20, rateWindow: 10_000, settle: 1_000 };

/** 75 → "1m15s", 3700 → "1h01m", 9 → "9s". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The text of one progress line (no escape codes); exported for tests. A null rate is not known yet: no rate, no time left. */
export function formatProgressLine(p: { done: number; total: number | null; label: string; rate: number | null; barWidth: number; note?: string }): string {
  const parts: string[] = [];
  if (p.total) {
    const frac = Math.min(1, p.done / p.total);
    const full = Math.round(frac * p.barWidth);
    parts.push(`[${'#'.repeat(full)}${'.'.repeat(p.barWidth - full)}]`, `${p.done}/${p.total} ${p.label}`);
  } else parts.push(`${p.done} ${p.label}`);
  if (p.rate !== null) {
    parts.push(`${p.rate.toFixed(p.rate < 10 ? 1 : 0)}/s`);
    if (p.total && p.rate > 0 && p.done < p.total) parts.push(`${formatDuration((p.total - p.done) / p.rate)} left`);
  }
  if (p.note) parts.push(p.note);
  return parts.join('  ');
}

export function createProgress(io: CliIo, total: number | null = null, label = 'reports', options: ProgressOptions = {}): Progress {
  const { interval, barWidth, rateWindow, settle } = { ...DEFAULT_PROGRESS, ...options };
  const now = options.now ?? (() => performance.now());
  let last = -Infinity;
  // Recent (time, done) samples from the first tick on: the rate over the last `rateWindow` ms.
  // The start-up before the first item is left out, so it does not make the first estimates
  // of the time left minutes long for a build of seconds.
  const samples: Array<[number, number]> = [];
  const draw = (text: string) => io.isTTY && io.err(`\r\x1b[2K${text}`);
  const rateAt = (t: number, done: number): number | null => {
    samples.push([t, done]);
    while (samples.length > 2 && t - samples[1][0] >= rateWindow) samples.shift();
    const [t1, d1] = samples[0];
    return t - t1 >= settle && t > t1 ? ((done - d1) * 1000) / (t - t1) : null;
  };
  return {
    tick(done, note) {
      const t = now();
      if (t - last < interval && done !== total) return;
      last = t;
      draw(formatProgressLine({ done, total, label, rate: rateAt(t, done), barWidth, note }));
    },
    setTotal(n) {
      total = n;
    },
    stage(name) {
      draw(`${name}…`);
    },
    done() {
      if (io.isTTY) io.err('\r\x1b[2K');
    },
  };
}
