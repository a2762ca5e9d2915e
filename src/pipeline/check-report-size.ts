// Bounds the work one input can cost: a decoded text far longer than any report (a 50 MB dump of
// many reports, a log file renamed .txt) is refused with E_TOO_LARGE before extraction starts,
// because extraction time grows faster than the text on such inputs.
import { InputError } from '../errors.js';
import type { RawDocument } from '../types.js';

/**
 * Longest text extracted as one report, in characters. Real reports hold 3,000–100,000; at this
 * size extraction still takes seconds, not minutes.
 */
export const DEFAULT_MAX_REPORT_CHARS = 1_000_000;

/**
 * Throws E_TOO_LARGE when `doc.text` is longer than `maxChars`.
 * @example checkReportSize(doc) // passes for every sample report
 */
export function checkReportSize(doc: RawDocument, maxChars: number = DEFAULT_MAX_REPORT_CHARS): void {
  if (doc.text.length <= maxChars) return;
  throw new InputError(
    'E_TOO_LARGE',
    doc.source,
    `expected one report of at most ${maxChars.toLocaleString('en')} characters, found ${doc.text.length.toLocaleString('en')} ` +
      `(${doc.bytes.toLocaleString('en')} bytes); split it into one file per report`,
    { detail: { chars: doc.text.length, maxChars } },
  );
}
