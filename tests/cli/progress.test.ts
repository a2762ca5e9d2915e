import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { createProgress, formatDuration, formatProgressLine } from '../../src/cli/progress.js';

function fakeIo(isTTY: boolean): CliIo & { written: string[] } {
  const written: string[] = [];
  return { written, isTTY, out: (t) => void written.push(t), err: (t) => void written.push(t) };
}

describe('progress', () => {
  it('formats durations in seconds, minutes and hours', () => {
    expect(formatDuration(9.4)).toBe('9s');
    expect(formatDuration(75)).toBe('1m15s');
    expect(formatDuration(3700)).toBe('1h01m');
  });

  it('shows a bar, the count, the rate and the time left when the total is known', () => {
    const line = formatProgressLine({ done: 250, total: 1000, label: 'reports', rate: 25, barWidth: 10, note: undefined });
    expect(line).toContain('[###.......]');
    expect(line).toContain('250/1000 reports');
    expect(line).toContain('25/s');
    // 750 reports left at 25/s: 30 seconds.
    expect(line).toContain('30s left');
  });

  it('shows no time left while the total is unknown', () => {
    const line = formatProgressLine({ done: 12, total: null, label: 'reports', rate: 3.5, barWidth: 10 });
    expect(line).toContain('12 reports');
    expect(line).toContain('3.5/s');
    expect(line).not.toContain('left');
    expect(line).not.toContain('[');
  });

  it('measures the rate over recent ticks, so the time left follows a change of speed', () => {
    let t = 0;
    const io = fakeIo(true);
    const p = createProgress(io, 1000, 'reports', { now: () => t, rateWindow: 10_000, interval: 0 });
    // 10 reports/s for a minute, then 100 reports/s.
    for (let s = 1; s <= 60; s++) {
      t = s * 1000;
      p.tick(s * 10);
    }
    for (let s = 1; s <= 3; s++) {
      t = 60_000 + s * 1000;
      p.tick(600 + s * 100);
    }
    const last = io.written.at(-1)!;
    // Over the last 10 s: 300 + 7 × 10 = 370 reports → 37/s; an average since the start would say ~14/s.
    expect(last).toContain('900/1000 reports');
    expect(last).toMatch(/ 37\/s/);
  });

  it('shows no rate and no time left until items have come in for a while, leaving out the start-up', () => {
    let t = 0;
    const io = fakeIo(true);
    const p = createProgress(io, 200, 'reports', { now: () => t, interval: 0, settle: 1000 });
    // Two seconds of start-up, then the first report: a rate since the start would say 0.5/s, 6m38s left.
    t = 2000;
    p.tick(1);
    expect(io.written.at(-1)).toContain('1/200 reports');
    expect(io.written.at(-1)).not.toMatch(/\/s|left/);
    t = 2500;
    p.tick(21);
    expect(io.written.at(-1)).not.toMatch(/\/s|left/);
    // A second after the first report: 40 reports in 1 s, 160 left → 4 s.
    t = 3000;
    p.tick(41);
    expect(io.written.at(-1)).toMatch(/ 40\/s {2}4s left/);
  });

  it('learns the total after it started and draws nothing when stderr is not a terminal', () => {
    let t = 0;
    const tty = fakeIo(true);
    const p = createProgress(tty, null, 'reports', { now: () => t, interval: 0 });
    t = 1000;
    p.tick(5);
    expect(tty.written.at(-1)).not.toContain('left');
    p.setTotal(20);
    t = 2000;
    p.tick(10);
    expect(tty.written.at(-1)).toContain('10/20 reports');
    expect(tty.written.at(-1)).toContain('left');

    const pipe = fakeIo(false);
    const q = createProgress(pipe, 20);
    q.tick(1);
    q.stage('store');
    q.done();
    expect(pipe.written).toEqual([]);
  });
});
