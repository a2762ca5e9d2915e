import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../../src/pipeline/parallel/map-in-order.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function collect<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('mapInOrder', () => {
  it('yields results in input order even when later items finish first', async () => {
    const delays = [40, 5, 30, 1, 20, 0, 10];
    const finished: number[] = [];
    const out = await collect(
      mapInOrder(delays.keys(), async (i) => {
        await sleep(delays[i]);
        finished.push(i);
        return i * 10;
      }, { window: 4 }),
    );
    expect(out).toEqual(delays.map((_, i) => i * 10));
    // The items really ran concurrently: they did not finish in input order.
    expect(finished).not.toEqual([...finished].sort((a, b) => a - b));
  });

  it('never has more items in flight than the window, and reads the source lazily', async () => {
    let inFlight = 0;
    let peak = 0;
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 50; i++) {
        pulled++;
        yield i;
      }
    }
    let yielded = 0;
    for await (const _ of mapInOrder(source(), async (i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await sleep(i % 3);
      inFlight--;
      return i;
    }, { window: 3 })) {
      yielded++;
      // The source is never read far ahead of what the consumer has taken.
      expect(pulled - yielded).toBeLessThanOrEqual(3);
    }
    expect(yielded).toBe(50);
    expect(peak).toBe(3);
  });

  it('with a window of 1 runs one item at a time', async () => {
    const events: string[] = [];
    await collect(mapInOrder([1, 2, 3], async (i) => {
      events.push(`start ${i}`);
      await sleep(1);
      events.push(`end ${i}`);
      return i;
    }, { window: 1 }));
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('rethrows the failure of an item at its place in the order', async () => {
    const seen: number[] = [];
    const run = async () => {
      for await (const x of mapInOrder([0, 1, 2, 3], async (i) => {
        if (i === 2) throw new Error('boom');
        return i;
      }, { window: 4 })) seen.push(x);
    };
    await expect(run()).rejects.toThrow('boom');
    expect(seen).toEqual([0, 1]);
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const x of mapInOrder(source(), async (i) => i, { window: 2 })) if (x === 3) break;
    expect(closed).toBe(true);
  });
});
