// Property-based tests of reading files: random bytes, the sample reports with bytes flipped, cut,
// re-encoded and wrapped in broken HTML. readDocument either refuses with an InputError or returns a
// document whose text keeps ingest's promises, and that document then extracts with valid offsets.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { getExtractContext } from '../../src/pipeline/create-context.js';
import type { RawDocument } from '../../src/types.js';
import { BRACKETS, CASE_BUDGET_MS, extractDocChecked, FUZZ_PARAMS, isWellFormed, PROPERTY_TIMEOUT_MS, SAMPLE_TEXTS } from './fuzz-support.js';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-fuzz-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Ingest's promises about a document (types.ts, decode-bytes.ts): what every later stage relies on. */
function expectIngestContract(doc: RawDocument, bytes: Uint8Array): void {
  expect(doc.bytes).toBe(bytes.length);
  expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(doc.text, 'line endings are \\n only').not.toMatch(/\r/);
  expect(isWellFormed(doc.text), 'no lone surrogate in decoded text').toBe(true);
  expect(doc.text, 'not blank').toMatch(/[^\s\ufeff\u200b]/);
  let last = 0;
  for (const f of doc.furniture) {
    expect(f.start).toBeGreaterThanOrEqual(last);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(doc.text.length);
    last = f.end;
  }
}

let caseNo = 0;
/** Writes `bytes` to a file, reads it, checks the contract and extracts; returns the outcome's code. */
async function readChecked(bytes: Uint8Array, ext: string): Promise<string> {
  const file = join(dir, `case-${caseNo++ % 8}${ext}`);
  writeFileSync(file, bytes);
  const t0 = performance.now();
  let doc: RawDocument;
  try {
    doc = await readDocument(file);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err.code;
  } finally {
    const ms = performance.now() - t0;
    if (ms > CASE_BUDGET_MS) expect.fail(`reading ${bytes.length} bytes took ${Math.round(ms)} ms`);
  }
  expectIngestContract(doc, bytes);
  return extractDocChecked(doc).refused ?? 'ok';
}

const extension = fc.constantFrom('.txt', '.html', '.htm');

/** A sample's bytes in one of the encodings reports come in, cut to a random window. */
const sampleBytes = fc
  .record({
    sample: fc.nat({ max: SAMPLE_TEXTS.length - 1 }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 0, max: 4000 }),
    encoding: fc.constantFrom('utf8', 'gbk', 'gb18030', 'utf16le', 'utf16be', 'big5'),
    bom: fc.boolean(),
  })
  .map(({ sample, at, length, encoding, bom }) => {
    const text = SAMPLE_TEXTS[sample];
    const start = Math.floor(at * text.length);
    const piece = text.slice(start, start + length);
    const body = encoding === 'utf16be' ? Buffer.from(piece, 'utf16le').swap16() : iconv.encode(piece, encoding === 'utf8' ? 'utf-8' : encoding);
    const marks: Record<string, number[]> = { utf8: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff] };
    return bom && marks[encoding] ? Buffer.concat([Buffer.from(marks[encoding]), body]) : Buffer.from(body);
  });

/** Damage done to a file: bytes flipped, a chunk dropped or doubled, a cut at the end. */
const damaged = fc
  .tuple(
    sampleBytes,
    fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 6 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.nat({ max: 64 }),
  )
  .map(([bytes, flips, cutAt, chunk]) => {
    const b = Buffer.from(bytes);
    for (const f of flips) if (b.length) b[Math.floor(f.at * b.length)] = f.byte;
    const cut = Math.floor(cutAt * b.length);
    return Buffer.concat([b.subarray(0, cut), b.subarray(cut, cut + chunk), b.subarray(cut + chunk)]).subarray(0, Math.max(0, b.length - (chunk % 3)));
  });

const TAGS = ['<p>', '</p>', '<div>', '</div>', '<br>', '<script>', '</script>', '<style>', '</style>', '<title>', '</title>', '<!--', '-->', '<![CDATA[', ']]>', '<td', '>', '<', '&amp;', '&#x4e2d;', '&#55296;', '&nbsp;', '&', '<meta charset="gbk">', '<meta charset="utf-8">', '<table><tr><td>'];

/** A page of random tags, entities, brackets and sample text, in UTF-8 or GBK. */
const brokenPage = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...TAGS), fc.constantFrom(...BRACKETS), fc.nat({ max: SAMPLE_TEXTS.length - 1 }).map((i) => SAMPLE_TEXTS[i].slice(0, 200))), { maxLength: 60 }),
    fc.constantFrom('utf-8', 'gbk'),
  )
  .map(([parts, encoding]) => iconv.encode(`<html><head>${parts.join('')}`, encoding));

describe('readDocument on generated bytes', () => {
  beforeAll(() => void getExtractContext());

  it(
    'refuses random bytes with an InputError or reads them as text',
    async () => {
      const codes = new Set<string>();
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), extension, async (bytes, ext) => void codes.add(await readChecked(bytes, ext))),
        FUZZ_PARAMS,
      );
      expect([...codes].some((c) => c.startsWith('E_'))).toBe(true);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'reads the samples in every supported encoding, cut anywhere, with or without a BOM',
    async () => {
      const codes = new Set<string>();
      await fc.assert(fc.asyncProperty(sampleBytes, extension, async (bytes, ext) => void codes.add(await readChecked(bytes, ext))), FUZZ_PARAMS);
      expect(codes.has('ok')).toBe(true);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'survives flipped, dropped and doubled bytes in the samples',
    async () => {
      await fc.assert(fc.asyncProperty(damaged, extension, async (bytes, ext) => void (await readChecked(bytes, ext))), FUZZ_PARAMS);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'survives broken HTML: unclosed tags, comments and scripts, stray entities and brackets',
    async () => {
      await fc.assert(fc.asyncProperty(brokenPage, fc.constantFrom('.html', '.txt'), async (bytes, ext) => void (await readChecked(bytes, ext))), FUZZ_PARAMS);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
