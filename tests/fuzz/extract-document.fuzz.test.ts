// Property-based tests of extraction on hostile text: random Unicode, soups of brackets, quotes and
// report words, and the sample reports cut and spliced at random. No exception but a refusal with
// E_NO_TEXT or E_NO_ISSUER, no case beyond its time budget, every offset valid. A fixed seed and
// FUZZ_RUNS cases in the normal suite; `FUZZ_RUNS=100000 npx vitest run tests/fuzz` for a long run.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getExtractContext } from '../../src/pipeline/create-context.js';
import {
  bracketSoup,
  extractChecked,
  FUZZ_PARAMS,
  issuerHeader,
  PROPERTY_TIMEOUT_MS,
  randomUnicode,
  samplesSpliced,
  SAMPLE_TEXTS,
} from './fuzz-support.js';

describe('extractDocument on generated text', () => {
  beforeAll(() => void getExtractContext());

  it(
    'refuses or extracts random Unicode with valid offsets',
    () => {
      fc.assert(fc.property(randomUnicode, (text) => void extractChecked(text)), FUZZ_PARAMS);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'extracts a report header followed by random Unicode with valid offsets',
    () => {
      let extracted = 0;
      fc.assert(
        fc.property(issuerHeader, randomUnicode, (header, text) => {
          if (extractChecked(header + text).extraction) extracted++;
        }),
        FUZZ_PARAMS,
      );
      // The header names an issuer: most cases must reach the recognizers, or the test tests nothing.
      expect(extracted).toBeGreaterThan(FUZZ_PARAMS.numRuns / 2);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'survives any mix of 《》〈〉“”‘’()（）[] and report words after a report header',
    () => {
      fc.assert(fc.property(issuerHeader, bracketSoup, (header, soup) => void extractChecked(header + soup)), FUZZ_PARAMS);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'survives the sample reports cut and spliced at random places',
    () => {
      let withEntities = 0;
      fc.assert(
        fc.property(samplesSpliced, (text) => {
          const { extraction } = extractChecked(text);
          if (extraction && Object.values(extraction.entities).some((list) => list.length > 0)) withEntities++;
        }),
        FUZZ_PARAMS,
      );
      expect(withEntities).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('keeps valid offsets on every whole sample report (the generators start from these)', () => {
    for (const text of SAMPLE_TEXTS) expect(extractChecked(text).extraction).not.toBeNull();
  });
});
