// Ctrl-C handling: the first SIGINT or SIGTERM aborts the work's signal with E_INTERRUPTED, a second
// one forces the exit, and the watch leaves no listener behind.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  exitCodeOfInterrupt,
  isInterruptedError,
  makeInterruptedError,
  watchInterrupts,
  withInterrupts,
  type SignalSource,
} from '../../src/cli/handle-interrupt.js';
import { KgError } from '../../src/errors.js';

function makeSource(): SignalSource & EventEmitter {
  return new EventEmitter() as SignalSource & EventEmitter;
}

describe('watchInterrupts', () => {
  it('aborts its signal with an E_INTERRUPTED error on the first SIGINT', () => {
    const source = makeSource();
    const told: string[] = [];
    const watch = watchInterrupts({ source, onInterrupt: (s) => told.push(s), onForce: () => told.push('force') });
    expect(watch.signal.aborted).toBe(false);
    source.emit('SIGINT');
    expect(watch.signal.aborted).toBe(true);
    expect(isInterruptedError(watch.signal.reason)).toBe(true);
    expect(watch.received).toBe('SIGINT');
    expect(told).toEqual(['SIGINT']);
    expect(() => watch.signal.throwIfAborted()).toThrow(KgError);
    watch.dispose();
  });

  it('forces the exit on a second signal instead of aborting again', () => {
    const source = makeSource();
    const forced: string[] = [];
    const watch = watchInterrupts({ source, onForce: (s) => forced.push(s) });
    source.emit('SIGTERM');
    source.emit('SIGINT');
    expect(forced).toEqual(['SIGINT']);
    expect(watch.received).toBe('SIGTERM');
    watch.dispose();
  });

  it('removes its listeners when disposed, so Node handles signals as usual again', () => {
    const source = makeSource();
    const watch = watchInterrupts({ source });
    expect(source.listenerCount('SIGINT')).toBe(1);
    expect(source.listenerCount('SIGTERM')).toBe(1);
    watch.dispose();
    watch.dispose();
    expect(source.listenerCount('SIGINT')).toBe(0);
    expect(source.listenerCount('SIGTERM')).toBe(0);
  });

  it('listens on the process by default and stops listening when disposed', () => {
    const before = process.listenerCount('SIGINT');
    const watch = watchInterrupts();
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    process.emit('SIGINT');
    expect(watch.signal.aborted).toBe(true);
    watch.dispose();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});

describe('withInterrupts', () => {
  it('disposes the watch when the work throws', async () => {
    const source = makeSource();
    await expect(
      withInterrupts(async () => {
        throw new Error('boom');
      }, { source }),
    ).rejects.toThrow('boom');
    expect(source.listenerCount('SIGINT')).toBe(0);
  });

  it('lets the work stop at its next safe point with the E_INTERRUPTED reason', async () => {
    const source = makeSource();
    const done: number[] = [];
    const err = await withInterrupts(async (signal) => {
      for (let batch = 0; batch < 10; batch++) {
        signal.throwIfAborted();
        done.push(batch);
        if (batch === 2) source.emit('SIGINT');
        await Promise.resolve();
      }
    }, { source }).catch((e: unknown) => e);
    expect(done).toEqual([0, 1, 2]);
    expect(isInterruptedError(err)).toBe(true);
  });
});

describe('exit codes', () => {
  it('exits 130 after Ctrl-C and 143 after SIGTERM, as shells do', () => {
    expect(exitCodeOfInterrupt(makeInterruptedError('SIGINT'))).toBe(130);
    expect(exitCodeOfInterrupt(makeInterruptedError('SIGTERM'))).toBe(143);
    expect(exitCodeOfInterrupt('SIGTERM')).toBe(143);
    expect(exitCodeOfInterrupt(null)).toBe(130);
  });

  it('does not take other errors for an interruption', () => {
    expect(isInterruptedError(new KgError('E_STORE', 'x'))).toBe(false);
    expect(isInterruptedError(new Error('E_INTERRUPTED'))).toBe(false);
  });
});
