// The KgError a promise rejects with (a test fails when it resolves, or rejects with anything else).
import { KgError } from '../../src/errors.js';

export async function errorOf(p: Promise<unknown>): Promise<KgError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof KgError)) throw new Error(`expected a KgError, got ${String(err)}`);
  return err;
}
