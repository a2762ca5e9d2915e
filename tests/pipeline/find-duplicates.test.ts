// Duplicate detection: the same bytes, or the same report text in another container (HTML page,
// UTF-16, re-flowed lines), is built once; different reports — even one figure apart — are not.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.js';
import { getExtractContext } from '../../src/pipeline/create-context.js';
import { extractDocument } from '../../src/pipeline/extract-document.js';
import {
  createDuplicateFinder,
  describeDuplicate,
  hashReportText,
  markDuplicate,
  normalizeReportText,
} from '../../src/pipeline/find-duplicates.js';
import type { Extraction, FileFailure, FileSuccess } from '../../src/types.js';
import { makeTempDir, SAMPLES, samplePath, sampleText, wrapInPage } from '../ingest/sample-files.js';

const tmp = makeTempDir();
afterAll(tmp.cleanup);

async function extractFile(name: string, content: string | Buffer): Promise<Extraction> {
  const file = join(tmp.dir, name);
  writeFileSync(file, content);
  return extractDocument(await readDocument(file), getExtractContext());
}

const ok = (file: string, extraction: Extraction): FileSuccess => ({ status: 'ok', file, extraction, warnings: [] });
const failed = (file: string): FileFailure => ({ status: 'failed', file, code: 'E_NO_ISSUER', message: `${file}: no issuer` });

describe('normalizeReportText', () => {
  it('sets aside white space, line breaks, punctuation and full-width forms', () => {
    const a = normalizeReportText([{ text: '一、2023年，  受理纠纷１２件。' }, { text: '（一）依法行政\n' }]);
    const b = normalizeReportText([{ text: '一,2023年,受理纠纷12件.(一)' }, { text: ' 依法行政' }]);
    expect(a).toBe(b);
    expect(a).toBe('一2023年受理纠纷12件一依法行政');
  });

  it('keeps letters and digits of every script, so different figures stay different', () => {
    expect(normalizeReportText([{ text: '受理纠纷12件' }])).not.toBe(normalizeReportText([{ text: '受理纠纷13件' }]));
    expect(normalizeReportText([{ text: 'LED显示屏' }])).toBe('LED显示屏');
  });

  it('filters like NFKC then the letter-and-digit test, for characters of every kind', () => {
    // Quick characters (ASCII, ideographs, full-width forms, punctuation) and ones that need NFKC:
    // combining marks, circled and Roman numerals, compatibility ideographs, surrogate pairs.
    const texts = ['Ａ１，中文。', 'e\u0301t\u00e9', '①②Ⅻ', '\uf900豈', '\u3005々〇', '😀𠀀字', '\u1100\u1161', 'a\u3000b\u00a0c', '\u2460中\u0301'];
    for (const text of texts) expect(normalizeReportText([{ text }])).toBe(text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ''));
  });

  it('gives no hash to a text without a letter or digit', () => {
    expect(hashReportText([{ text: '…… ，。\n' }])).toBeNull();
  });
});

describe('the same report in two containers', () => {
  const name = SAMPLES[0];
  let plain: Extraction;
  beforeAll(async () => {
    plain = extractDocument(await readDocument(samplePath(name)), getExtractContext());
  });

  it('hashes a report saved as a web page like the same report saved as text', async () => {
    const page = await extractFile('saved.html', wrapInPage(sampleText(name), 'utf-8'));
    expect(hashReportText(page.passages)).toBe(hashReportText(plain.passages));
  });

  it('hashes the report in UTF-16 with CRLF line breaks like the UTF-8 original', async () => {
    const text = sampleText(name).replace(/\n/g, '\r\n');
    const u16 = await extractFile('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(hashReportText(u16.passages)).toBe(hashReportText(plain.passages));
  });

  it('tells every sample report apart from every other', async () => {
    const hashes = new Set<string | null>();
    for (const s of SAMPLES) hashes.add(hashReportText(extractDocument(await readDocument(samplePath(s)), getExtractContext()).passages));
    expect(hashes.size).toBe(SAMPLES.length);
  });

  it('tells a report apart from the same report with one figure changed', async () => {
    const text = sampleText(name);
    const at = text.search(/\d(?=\s*[件个次%])/);
    expect(at, 'the sample holds a figure').toBeGreaterThan(0);
    const changed = text.slice(0, at) + String((Number(text[at]) + 1) % 10) + text.slice(at + 1);
    const x = await extractFile('changed.txt', changed);
    expect(hashReportText(x.passages)).not.toBe(hashReportText(plain.passages));
  });
});

describe('createDuplicateFinder and markDuplicate', () => {
  let a: Extraction;
  let b: Extraction;
  beforeAll(async () => {
    a = extractDocument(await readDocument(samplePath(SAMPLES[0])), getExtractContext());
    b = extractDocument(await readDocument(samplePath(SAMPLES[1])), getExtractContext());
  });

  it('marks the second of two byte-identical files as a duplicate of the first', () => {
    const finder = createDuplicateFinder();
    expect(markDuplicate(finder, 'a.txt', ok('a.txt', a), 'h1').status).toBe('ok');
    const second = markDuplicate(finder, 'copy.txt', ok('copy.txt', a), 'h1');
    expect(second).toMatchObject({ status: 'duplicate', duplicateOf: 'a.txt', code: 'E_DUPLICATE' });
    expect(second.status === 'duplicate' && second.message).toContain('same content as a.txt');
  });

  it('marks a file with other bytes but the same report text as a duplicate, saying so', () => {
    const finder = createDuplicateFinder();
    markDuplicate(finder, 'a.txt', ok('a.txt', a), 'h1');
    const page = markDuplicate(finder, 'a.html', ok('a.html', a), 'h2');
    expect(page).toMatchObject({ status: 'duplicate', duplicateOf: 'a.txt' });
    expect(page.status === 'duplicate' && page.message).toContain('same report text as a.txt');
  });

  it('builds different reports', () => {
    const finder = createDuplicateFinder();
    markDuplicate(finder, 'a.txt', ok('a.txt', a), 'h1');
    expect(markDuplicate(finder, 'b.txt', ok('b.txt', b), 'h2').status).toBe('ok');
  });

  it('does not let a failed file hide a later good copy of other bytes', () => {
    const finder = createDuplicateFinder();
    expect(markDuplicate(finder, 'bad.txt', failed('bad.txt'), 'h1').status).toBe('failed');
    expect(markDuplicate(finder, 'good.txt', ok('good.txt', a), 'h2').status).toBe('ok');
  });

  it('reports a byte copy of a built file as a duplicate even when its own extraction failed', () => {
    const finder = createDuplicateFinder();
    markDuplicate(finder, 'a.txt', ok('a.txt', a), 'h1');
    expect(markDuplicate(finder, 'again.txt', failed('again.txt'), 'h1')).toMatchObject({ status: 'duplicate', duplicateOf: 'a.txt' });
  });

  it('describes the two kinds of duplicate differently', () => {
    expect(describeDuplicate('x', { kind: 'content', duplicateOf: 'y' })).not.toBe(describeDuplicate('x', { kind: 'text', duplicateOf: 'y' }));
  });
});
