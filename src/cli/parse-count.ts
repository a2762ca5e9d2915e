// Whole-number options of the CLI (--batch-size, --max-reports …): one parser, one message.
import { KgError } from '../errors.js';

/**
 * Parses a positive whole number of `unit` given to option `where` (E_USAGE otherwise).
 * @example parseCount('500', '--batch-size', 'rows') // 500
 */
export function parseCount(value: string, where: string, unit: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new KgError('E_USAGE', `expected a positive whole number of ${unit}, found "${value}"`, { where });
  }
  return n;
}
