// Prints an error the way every command does: `kg: [CODE] where: message`, sets the exit code.
import { KgError } from '../errors.js';
import { EXIT, type CliIo } from './io.js';

export function reportError(io: CliIo, err: unknown): void {
  if (err instanceof KgError) io.err(`kg: [${err.code}] ${err.message}\n`);
  else io.err(`kg: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = EXIT.FAILED;
}
