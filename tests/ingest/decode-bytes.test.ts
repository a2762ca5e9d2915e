import chardet from 'chardet';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { chardetGb18030Confidence, decodeBytes } from '../../src/ingest/decode-bytes.js';
import { SAMPLES, sampleText } from './sample-files.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).code;
  }
  return undefined;
}

/**
 * The text a GBK page would hold: GBK has no NBSP or EN SPACE (pages write a plain space or &nbsp;),
 * so such spaces become ASCII spaces. Anything else GBK cannot hold fails the test.
 */
function gbkSafe(text: string): string {
  return [...text]
    .map((ch) => {
      if (iconv.decode(iconv.encode(ch, 'gbk'), 'gbk') === ch) return ch;
      expect(ch, `U+${ch.codePointAt(0)!.toString(16)} is not a space`).toMatch(/\s/);
      return ' ';
    })
    .join('');
}

const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);

// Traditional characters only, so that Big5 can represent every one of them.
const TRADITIONAL = '二〇二三年度法治政府建設年度報告\n一、主要舉措和成效\n本鎮堅持依法行政，推進嚴格規範公正文明執法。';

describe('decodeBytes', () => {
  it.each(SAMPLES)('decodes the UTF-8 sample %s unchanged', (name) => {
    const text = sampleText(name);
    const out = decodeBytes(Buffer.from(text, 'utf8'), name);
    expect(out.encoding).toBe('utf-8');
    expect(out.text).toBe(text);
  });

  it.each(SAMPLES)('decodes a GBK copy of %s to exactly the UTF-8 text', (name) => {
    const text = gbkSafe(sampleText(name));
    const out = decodeBytes(iconv.encode(text, 'gbk'), name);
    expect(out.encoding).toBe('gb18030');
    expect(out.text).toBe(text);
  });

  it.each(SAMPLES)('decodes a GB18030 copy of %s to exactly the UTF-8 text', (name) => {
    const text = sampleText(name);
    expect(decodeBytes(iconv.encode(text, 'gb18030'), name).text).toBe(text);
  });

  it('decodes GB18030 four-byte characters (rare names outside GBK)', () => {
    const text = '䶮镇法治政府建设年度报告，𠀀字与€符号';
    const bytes = iconv.encode(text, 'gb18030');
    expect(decodeBytes(bytes, 'x.txt').text).toBe(text);
  });

  it.each(SAMPLES)('decodes UTF-16LE and UTF-16BE copies of %s with a BOM and strips the BOM', (name) => {
    const text = sampleText(name);
    const le = withBom([0xff, 0xfe], Buffer.from(text, 'utf16le'));
    const be = withBom([0xfe, 0xff], Buffer.from(text, 'utf16le').swap16());
    expect(decodeBytes(le, name)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(be, name)).toEqual({ text, encoding: 'utf-16be' });
  });

  it.each(SAMPLES)('recognises UTF-16LE and UTF-16BE copies of %s without a BOM from their NUL bytes', (name) => {
    const text = sampleText(name);
    expect(decodeBytes(Buffer.from(text, 'utf16le'), name)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(Buffer.from(text, 'utf16le').swap16(), name)).toEqual({ text, encoding: 'utf-16be' });
  });

  it('strips a UTF-8 BOM', () => {
    const text = sampleText(SAMPLES[0]);
    const out = decodeBytes(withBom([0xef, 0xbb, 0xbf], Buffer.from(text, 'utf8')), 'x.txt');
    expect(out.text).toBe(text);
    expect(out.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('turns \\r\\n and lone \\r into \\n before anything else sees the text', () => {
    const text = gbkSafe(sampleText(SAMPLES[1]));
    const crlf = text.replace(/\n/g, '\r\n');
    const cr = text.replace(/\n/g, '\r');
    expect(decodeBytes(Buffer.from(crlf, 'utf8'), 'a.txt').text).toBe(text);
    expect(decodeBytes(iconv.encode(cr, 'gbk'), 'b.txt').text).toBe(text);
  });

  it('decodes GBK bytes as GB18030 even when the page declares UTF-8', () => {
    const text = gbkSafe(sampleText(SAMPLES[3]));
    expect(decodeBytes(iconv.encode(text, 'gbk'), 'x.html', 'utf-8')).toEqual({ text, encoding: 'gb18030' });
  });

  it('decodes UTF-8 bytes as UTF-8 even when the page declares GB2312', () => {
    const text = sampleText(SAMPLES[4]);
    expect(decodeBytes(Buffer.from(text, 'utf8'), 'x.html', 'gb2312')).toEqual({ text, encoding: 'utf-8' });
  });

  it('prefers Chinese GB18030 over a declared Western charset that would decode anything', () => {
    const text = gbkSafe(sampleText(SAMPLES[0]));
    expect(decodeBytes(iconv.encode(text, 'gbk'), 'x.html', 'iso-8859-1').encoding).toBe('gb18030');
  });

  it('follows a verified Big5 declaration, and finds Big5 undeclared when chardet is sure', () => {
    const bytes = iconv.encode(TRADITIONAL, 'big5');
    expect(decodeBytes(bytes, 'x.html', 'big5')).toEqual({ text: TRADITIONAL, encoding: 'big5' });
    expect(decodeBytes(Buffer.concat(Array(20).fill(bytes)), 'x.txt').text).toBe(TRADITIONAL.repeat(20));
  });

  it.each([
    ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
    ['a fake PDF', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1')],
    ['a ZIP (DOCX) header', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00])],
    ['an OLE (DOC) header', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ['a JPEG header', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46])],
    ['GZIP data', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00])],
    ['text with NUL bytes at both parities', Buffer.from('报告\u0000\u0000正文\u0000内容\u0000\u0000\u0000', 'utf8')],
    ['bytes full of control characters', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
  ])('refuses %s as E_BINARY', (_what, bytes) => {
    expect(codeOf(() => decodeBytes(bytes, 'x.bin'))).toBe('E_BINARY');
  });

  it('names what it found in the E_BINARY message and the file in front', () => {
    expect(() => decodeBytes(Buffer.from('%PDF-1.7 …'), 'report.txt')).toThrow(/^report\.txt: .*PDF/);
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['ASCII white space', Buffer.from(' \n\t\r\n  ')],
    ['full-width spaces and NBSP', Buffer.from('\u3000\u3000\u00a0\n', 'utf8')],
    ['a lone UTF-8 BOM', Buffer.from([0xef, 0xbb, 0xbf])],
    ['a UTF-16 BOM and spaces', withBom([0xff, 0xfe], Buffer.from('  \n', 'utf16le'))],
  ])('refuses %s as E_EMPTY', (_what, bytes) => {
    expect(codeOf(() => decodeBytes(bytes, 'x.txt'))).toBe('E_EMPTY');
  });

  it('refuses bytes invalid in UTF-8 and GB18030 with no plausible other reading as E_DECODE', () => {
    expect(codeOf(() => decodeBytes(Buffer.alloc(64, 0xff), 'x.txt'))).toBe('E_DECODE');
    expect(codeOf(() => decodeBytes(Buffer.from('\x81 \x81 \x81 abc \x8d\x8f\x90', 'latin1'), 'x.txt'))).toBe('E_DECODE');
  });
});

describe('chardetGb18030Confidence', () => {
  /** The GB18030 confidence of chardet's full analysis (0 when it has no GB18030 match). */
  const fullAnalysis = (bytes: Buffer) => chardet.analyse(bytes.subarray(0, 256 * 1024)).find((m) => m.name === 'GB18030')?.confidence ?? 0;

  it.each(SAMPLES)('gives the confidence the full analysis gives, for GBK, Big5 and UTF-8 copies of %s', (name) => {
    const text = gbkSafe(sampleText(name));
    for (const bytes of [iconv.encode(text, 'gbk'), iconv.encode(text.slice(0, 200), 'gbk'), Buffer.from(text, 'utf8')]) {
      expect(chardetGb18030Confidence(bytes)).toBe(fullAnalysis(bytes));
    }
  });

  it('gives the full analysis confidence for Big5 text and for a few bytes', () => {
    for (const bytes of [iconv.encode(TRADITIONAL, 'big5'), Buffer.from([0xb1, 0xa8]), Buffer.from('report', 'ascii')]) {
      expect(chardetGb18030Confidence(bytes)).toBe(fullAnalysis(bytes));
    }
  });
});
