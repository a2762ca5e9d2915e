// Inputs the fuzz tests found, minimised, kept as regression tests now that they are fixed.
import { beforeAll, describe, expect, it } from 'vitest';
import { getExtractContext } from '../../src/pipeline/create-context.js';
import { extractDocument } from '../../src/pipeline/extract-document.js';
import { makeRawDocument } from './fuzz-support.js';

const HEADER = '2022年度练塘镇法治政府建设年度报告\n\n';

describe('known findings of the fuzz tests', () => {
  beforeAll(() => void getExtractContext());

  // A window of ±4 code units beside an astral character (CJK Extension B names, U+10000…) splits a
  // surrogate pair; nodejieba turned the lone half into U+FFFD and token alignment threw, failing the
  // whole report. src/text/segment.ts now replaces lone surrogates before segmenting.
  it('extracts a paragraph where an astral character stands 4 code units before 应', () => {
    expect(() => extractDocument(makeRawDocument(`${HEADER}𐀀《出庭应诉率司法所`), getExtractContext())).not.toThrow();
  });

  // The same window cut on the right: 同 (ambiguous) with an astral character 4 code units after it.
  it('extracts a paragraph where an astral character stands 4 code units after 同', () => {
    expect(() => extractDocument(makeRawDocument(`${HEADER}同平台《𐀀`), getExtractContext())).not.toThrow();
  });

  // Unresolved spans carried the normalised spelling (，→,) while mentions carry the original slice.
  it('keeps the original spelling in the surface of an unresolved span', () => {
    const text = `${HEADER}学习条例，》和宪法`;
    const x = extractDocument(makeRawDocument(text), getExtractContext());
    expect(x.unresolved.length).toBeGreaterThan(0);
    for (const u of x.unresolved) expect(u.surface).toBe(text.slice(u.start, u.end));
  });
});
