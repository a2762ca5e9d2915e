// Shared by the fuzz tests (not a test file): run counts and seed, documents built from raw text,
// the invariants every extraction must keep, and the generators of hostile text.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { InputError } from '../../src/errors.js';
import { findFurniture } from '../../src/ingest/find-furniture.js';
import { readPageMeta } from '../../src/ingest/read-page-meta.js';
import { getExtractContext } from '../../src/pipeline/create-context.js';
import { extractDocument } from '../../src/pipeline/extract-document.js';
import { normalizeText } from '../../src/text/normalize-text.js';
import type { Extraction, RawDocument } from '../../src/types.js';

/** Cases per property: small in the normal suite, as many as asked with FUZZ_RUNS=100000. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 60);
/** One seed for the normal suite, so a failure repeats; FUZZ_SEED explores other sequences. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261123);
/** Longest one extraction of a fuzz case (a few thousand characters) may take: beyond is a hang. */
export const CASE_BUDGET_MS = Number(process.env.FUZZ_CASE_MS ?? 5000);
/** The vitest timeout of one property: enough for FUZZ_RUNS cases at the budget's typical fraction. */
export const PROPERTY_TIMEOUT_MS = Math.max(120_000, FUZZ_RUNS * 200);

export const FUZZ_PARAMS = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED, endOnFailure: false } as const;

/** Codes extraction may refuse a text with; anything else thrown is a bug. */
export const EXTRACT_REFUSALS = new Set(['E_NO_TEXT', 'E_NO_ISSUER']);

const SAMPLE_DIR = 'data/samples';
export const SAMPLE_TEXTS: readonly string[] = readdirSync(SAMPLE_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SAMPLE_DIR, f), 'utf8').replace(/\r\n?/g, '\n'));

/** A RawDocument as ingest would make it from `text` (furniture and page metadata read from the text). */
export function makeRawDocument(text: string, name = 'fuzz.txt'): RawDocument {
  // Ingest hands on "\n" line endings only (decodeBytes); the stages after it rely on that.
  const clean = text.replace(/\r\n?/g, '\n');
  const furniture = findFurniture(clean);
  return {
    source: name,
    name,
    sha256: createHash('sha256').update(clean).digest('hex'),
    bytes: Buffer.byteLength(clean),
    encoding: 'utf-8',
    format: 'text',
    text: clean,
    meta: readPageMeta(clean, undefined, { furniture }),
    furniture,
  };
}

function expectSpan(what: string, span: { start: number; end: number }, length: number, empty = false): void {
  const ok =
    Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= length && (empty ? span.start <= span.end : span.start < span.end);
  if (!ok) expect.fail(`${what}: span [${span.start}, ${span.end}) is not inside the text of ${length} characters`);
}

/**
 * Every offset of an extraction is valid and slices the text to what it claims: mentions to their
 * surface inside their passage (or in page furniture, passage -1), passages to their text, relation
 * evidence and unresolved spans.
 */
export function expectValidOffsets(x: Extraction, text: string): void {
  const byIndex = new Map(x.passages.map((p) => [p.index, p]));
  let previousEnd = 0;
  for (const p of x.passages) {
    expectSpan(`passage ${p.index}`, p, text.length, true);
    expect(p.text, `passage ${p.index}`).toBe(text.slice(p.start, p.end));
    expect(p.start, `passage ${p.index} starts before the previous one ends`).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = p.end;
  }
  for (const [label, entities] of Object.entries(x.entities)) {
    for (const e of entities) {
      expect(e.mentions.length, `${label} ${e.name} has no mention`).toBeGreaterThan(0);
      for (const m of e.mentions) {
        expectSpan(`${label} ${e.name}`, m, text.length);
        expect(text.slice(m.start, m.end), `${label} ${e.name} at ${m.start}`).toBe(m.surface);
        // Passage -1: a mention in a page metadata row (furniture), which no passage holds.
        if (m.passage === -1) continue;
        const p = byIndex.get(m.passage);
        if (!p) expect.fail(`${label} ${e.name} at ${m.start}: passage ${m.passage} does not exist`);
        else if (m.start < p.start || m.end > p.end) {
          expect.fail(`${label} ${e.name} [${m.start}, ${m.end}) lies outside its passage ${m.passage} [${p.start}, ${p.end})`);
        }
      }
    }
  }
  for (const r of x.relations) expectSpan(`${r.type} ${r.fromName} → ${r.toName} evidence`, r.evidence, text.length, true);
  for (const u of x.unresolved) {
    expectSpan(`unresolved ${u.surface}`, u, text.length);
    // Unresolved spans keep the normalised form (full-width folded 1:1, see normalize-text.ts) of
    // the slice: the offsets are the same, the spelling may differ (reported in issue 8's notes).
    expect(normalizeText(text.slice(u.start, u.end)), `unresolved at ${u.start}`).toBe(normalizeText(u.surface));
  }
  // The extraction is written as JSON: it must survive the round trip.
  expect(() => JSON.stringify(x)).not.toThrow();
}

export interface ExtractOutcome {
  extraction: Extraction | null;
  refused: string | null;
  ms: number;
}

/**
 * Extracts `doc`; a refusal with E_NO_TEXT or E_NO_ISSUER is an outcome, anything else thrown fails
 * the property. Checks offsets and the time budget.
 */
export function extractDocChecked(doc: RawDocument): ExtractOutcome {
  const ctx = getExtractContext();
  const t0 = performance.now();
  let extraction: Extraction | null = null;
  let refused: string | null = null;
  try {
    extraction = extractDocument(doc, ctx);
  } catch (err) {
    if (!(err instanceof InputError) || !EXTRACT_REFUSALS.has(err.code)) throw err;
    refused = err.code;
  }
  const ms = performance.now() - t0;
  if (ms > CASE_BUDGET_MS) expect.fail(`extraction of ${doc.text.length} characters took ${Math.round(ms)} ms (budget ${CASE_BUDGET_MS} ms)`);
  if (extraction) expectValidOffsets(extraction, doc.text);
  return { extraction, refused, ms };
}

/** extractDocChecked on a document made from `text`. */
export function extractChecked(text: string): ExtractOutcome {
  return extractDocChecked(makeRawDocument(text));
}

// ------------------------------------------------------------------ generators

/** The bracket and quote characters citations and practices are written with (and their look-alikes). */
export const BRACKETS = ['《', '》', '〈', '〉', '“', '”', '‘', '’', '(', ')', '（', '）', '[', ']', '"', "'", '「', '」', '【', '】', '〔', '〕', '<', '>', '«', '»'];

/**
 * Pieces of report language the recognizers key on: law and document words, suffixes of
 * institutions and firms, figures, headings, admin suffixes, dates and document numbers.
 */
export const REPORT_PIECES = [
  '中华人民共和国', '法', '条例', '办法', '规定', '意见', '通知', '方案', '关于', '实施', '行政处罚法', '宪法', '民法典',
  '新', '等', '和', '、', '，', '。', '；', '：', '镇', '街道', '乡', '区', '县', '市', '人民政府', '办事处', '委员会',
  '司法所', '司法局', '律师事务所', '律所', '法律顾问', '有限公司', '枫桥经验', '八五', '普法', '平台', '系统', '党的二十大',
  '书记', '镇长', '同志', '出庭应诉率', '100%', '98.5%', '达', '件', '次', '人', '万元', '受理', '调解', '成功率',
  '2023年', '二〇二三年', '〔2023〕', '号', '第', '一、', '(一)', '1.', '一是', '二是', '\n', ' ', '\u3000', '\t',
  '0', '9', 'A', 'Z', '·', '—', '…', '％', '１２', 'ａ',
];

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` with every lone surrogate replaced by U+FFFD, as every decoder of ingest does (strict
 * UTF-8/UTF-16, HTML character references): a RawDocument never holds one.
 */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** True when `text` holds no lone surrogate. */
export function isWellFormed(text: string): boolean {
  return !new RegExp(LONE_SURROGATE.source).test(text);
}

/**
 * Single characters from every plane, control characters and U+FFFD included. Lone surrogates are
 * not: ingest never hands one on (see read-document.fuzz.test.ts, which checks that).
 */
export const anyChar = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('\ufffd', '\ufeff', '\u200b', '\u2028', '\u202e', '\u0301') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)) },
  { weight: 3, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)) },
);

/** A mix of brackets, quotes and report words, the texture recognizers must survive. */
export const bracketSoup = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...BRACKETS) }, { weight: 3, arbitrary: fc.constantFrom(...REPORT_PIECES) }, { weight: 1, arbitrary: anyChar }), {
    maxLength: 400,
  })
  .map((parts) => parts.join(''));

/** Random text of any code points. */
export const randomUnicode = fc.array(anyChar, { maxLength: 600 }).map((cs) => cs.join(''));

/** A header that makes the issuer recognisable, so the recognizers run on what follows. */
export const issuerHeader = fc.constantFrom(...SAMPLE_TEXTS.map((t) => t.slice(0, Math.min(t.length, 400))));

/**
 * Pieces of the sample reports cut at random places (inside words, brackets, surrogate pairs) and
 * spliced together, with hostile pieces inserted at the seams.
 */
export const samplesSpliced = fc
  .array(
    fc.record({
      sample: fc.nat({ max: SAMPLE_TEXTS.length - 1 }),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.nat({ max: 1500 }),
      seam: fc.oneof(fc.constant(''), bracketSoup.map((s) => s.slice(0, 40)), fc.constantFrom(...BRACKETS)),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((cuts) =>
    cuts
      .map(({ sample, at, length, seam }) => {
        const text = SAMPLE_TEXTS[sample];
        const start = Math.floor(at * text.length);
        return text.slice(start, start + length) + seam;
      })
      .join(''),
  )
  // A cut may split a surrogate pair; decoded text never holds half of one.
  .map(toWellFormed);
