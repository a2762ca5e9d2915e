// Bounded concurrent map over a (lazy) stream that yields results in input order: a FIFO of
// promises is the reorder buffer, so at most `window` items are read, in work or waiting at once.

export interface MapInOrderOptions {
  /** Items in flight at most (started and not yet yielded). At least 1. */
  window: number;
}

/**
 * Applies `fn` to every item of `source` with up to `window` calls running at once and yields the
 * results in the order of `source`, whatever order the calls finish in. The source is pulled
 * lazily, so memory is bounded by the window, not by the length of the stream.
 * @example for await (const r of mapInOrder(listInputs(paths), (p) => pool.extract(p), { window: 4 })) …
 */
export async function* mapInOrder<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  options: MapInOrderOptions,
): AsyncGenerator<R> {
  const window = Math.max(1, Math.floor(options.window));
  const iterator: AsyncIterator<T> | Iterator<T> =
    Symbol.asyncIterator in source ? (source as AsyncIterable<T>)[Symbol.asyncIterator]() : (source as Iterable<T>)[Symbol.iterator]();
  const pending: Promise<R>[] = [];
  let index = 0;
  let exhausted = false;

  const fill = async (): Promise<void> => {
    while (!exhausted && pending.length < window) {
      const next = await iterator.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const call = fn(next.value, index++);
      // Awaited later, in order; until then a rejection must not count as unhandled.
      call.catch(() => undefined);
      pending.push(call);
    }
  };

  try {
    await fill();
    while (pending.length > 0) {
      const result = await pending.shift()!;
      // Start the next item before handing this result over, so the workers stay busy while
      // the consumer (graph, report JSON) works on it.
      await fill();
      yield result;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}
