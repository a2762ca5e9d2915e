// A one-line progress display on stderr: reports done, reports/s and (when the total is known)
// the time left. Drawn only on a terminal; silent in CI logs and tests.
import type { CliIo } from './io.js';

export interface Progress {
  tick(done: number, note?: string): void;
  stage(name: string): void;
  done(): void;
}

export function createProgress(io: CliIo, total: number | null = null, label = 'reports'): Progress {
  const t0 = performance.now();
  let last = 0;
  const draw = (text: string) => io.isTTY && io.err(`\r\x1b[2K${text}`);
  return {
    tick(done, note) {
      const now = performance.now();
      if (now - last < 100 && done !== total) return;
      last = now;
      const secs = (now - t0) / 1000;
      const rate = secs > 0 ? done / secs : 0;
      let text = `${done}${total ? `/${total}` : ''} ${label}  ${rate.toFixed(1)}/s`;
      if (total && rate > 0) text += `  ${Math.max(0, Math.round((total - done) / rate))}s left`;
      if (note) text += `  ${note}`;
      draw(text);
    },
    stage(name) {
      draw(`${name}…`);
    },
    done() {
      if (io.isTTY) io.err('\r\x1b[2K');
    },
  };
}
