// One input cannot cost unbounded time: a text far longer than any report is refused up front.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { checkReportSize, DEFAULT_MAX_REPORT_CHARS } from '../../src/pipeline/check-report-size.js';
import type { RawDocument } from '../../src/types.js';
import { SAMPLES, samplePath } from '../ingest/sample-files.js';

function docOf(chars: number): RawDocument {
  const text = '法'.repeat(chars);
  return { source: 'big.txt', name: 'big.txt', sha256: '0', bytes: chars * 3, encoding: 'utf-8', format: 'text', text, meta: {}, furniture: [] };
}

describe('checkReportSize', () => {
  it('passes every sample report with room to spare', async () => {
    for (const name of SAMPLES) {
      const doc = await readDocument(samplePath(name));
      expect(() => checkReportSize(doc)).not.toThrow();
      expect(doc.text.length * 20).toBeLessThan(DEFAULT_MAX_REPORT_CHARS);
    }
  });

  it('refuses a text longer than the limit with E_TOO_LARGE, naming the file and the sizes', () => {
    const err = (() => {
      try {
        checkReportSize(docOf(DEFAULT_MAX_REPORT_CHARS + 1));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('E_TOO_LARGE');
    expect((err as InputError).message).toMatch(/^big\.txt: /);
    expect((err as InputError).detail).toEqual({ chars: DEFAULT_MAX_REPORT_CHARS + 1, maxChars: DEFAULT_MAX_REPORT_CHARS });
  });

  it('accepts a text of exactly the limit, and honours a smaller limit', () => {
    expect(() => checkReportSize(docOf(DEFAULT_MAX_REPORT_CHARS))).not.toThrow();
    expect(() => checkReportSize(docOf(101), 100)).toThrow(InputError);
  });
});
