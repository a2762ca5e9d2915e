import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { bodyLines, makeTempDir, SAMPLES, samplePath, sampleText, wrapInPage } from './sample-files.js';

let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  tmp = makeTempDir();
});
afterAll(() => tmp.cleanup());

function write(name: string, bytes: Buffer | string): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).code;
  }
  return undefined;
}

/** GBK pages write a plain space where the UTF-8 sample has NBSP or EN SPACE. */
const toGbkText = (s: string) => s.replace(/[\u00a0\u2002]/g, ' ');

describe('readDocument', () => {
  it.each(SAMPLES)('reads %s with its name, size, hash, encoding and format', async (name) => {
    const path = samplePath(name);
    const doc = await readDocument(path);
    const bytes = readFileSync(path);
    expect(doc).toMatchObject({
      source: path,
      name,
      bytes: statSync(path).size,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding: 'utf-8',
      format: 'text',
      text: sampleText(name),
    });
    expect(doc.furniture.length).toBeGreaterThan(0);
    expect(doc.meta.title).toMatch(/报告$/);
  });

  it.each(SAMPLES)('gives a GBK web page wrapping %s the same report paragraphs and metadata as the .txt', async (name) => {
    const txt = await readDocument(samplePath(name));
    // The page's <title> is the report title plus the site name, as government sites print it.
    const page = wrapInPage(toGbkText(sampleText(name)), 'gbk', `${txt.meta.title}_某某区人民政府网`);
    const html = await readDocument(write(`${name}.html`, iconv.encode(page, 'gbk')));
    expect(html.format).toBe('html');
    expect(html.encoding).toBe('gb18030');
    expect(bodyLines(html.text, html.furniture)).toEqual(bodyLines(toGbkText(txt.text), txt.furniture).map((l) => l.trim()));
    expect(html.meta).toEqual(txt.meta);
  });

  it('decodes a GBK page that declares UTF-8 as GBK', async () => {
    const name = SAMPLES[3];
    const page = wrapInPage(sampleText(name), 'utf-8');
    const doc = await readDocument(write('wrong-meta.htm', iconv.encode(page, 'gbk')));
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toContain(sampleText(name).split('\n').find((l) => l.length > 50));
  });

  it('ignores a page title that is only the site name or a column path', async () => {
    const name = SAMPLES[1];
    const txt = await readDocument(samplePath(name));
    for (const title of ['某某区人民政府网', '首页 > 政务公开 > 法治政府建设年度报告']) {
      const doc = await readDocument(write(`titled-${title.length}.html`, wrapInPage(sampleText(name), 'utf-8', title)));
      expect(doc.meta.title).toBe(txt.meta.title);
    }
  });

  it('reads a .txt holding page source as HTML', async () => {
    const doc = await readDocument(write('saved-page.txt', wrapInPage(sampleText(SAMPLES[0]), 'utf-8')));
    expect(doc.format).toBe('html');
    expect(doc.text).not.toContain('<p>');
  });

  it('reads an .html file without any tag as plain text, keeping its line breaks', async () => {
    const doc = await readDocument(write('plain.html', '某镇法治政府建设年度报告\n正文一。\n正文二。'));
    expect(doc.format).toBe('text');
    expect(doc.text.split('\n')).toHaveLength(3);
  });

  it('takes ArticleTitle and PubDate meta tags when the page prints neither', async () => {
    const page =
      '<html><head><meta name="ArticleTitle" content="某镇2024年法治政府建设年度报告"><meta name="PubDate" content="2025-01-27 09:00">' +
      '<meta name="ContentSource" content="某镇人民政府"><title>某市人民政府</title></head><body><p>2024年，某镇坚持依法行政。</p></body></html>';
    const doc = await readDocument(write('meta-tags.html', page));
    expect(doc.meta).toEqual({ title: '某镇2024年法治政府建设年度报告', publishedAt: '2025-01-27', source: '某镇人民政府' });
  });

  it('keeps offsets valid: furniture spans index the returned text of a CRLF file', async () => {
    const crlf = sampleText(SAMPLES[1]).replace(/\n/g, '\r\n');
    const doc = await readDocument(write('crlf.txt', crlf));
    expect(doc.text).not.toContain('\r');
    expect(doc.text.slice(doc.furniture[0].start, doc.furniture[0].end)).toMatch(/^您当前的位置/);
  });

  it.each([
    ['png.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['fake.pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n', 'latin1')],
    ['report.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])],
  ])('refuses binary %s as E_BINARY', async (name, bytes) => {
    expect(await codeOf(readDocument(write(name, bytes)))).toBe('E_BINARY');
  });

  it('refuses an empty and a whitespace-only file as E_EMPTY', async () => {
    expect(await codeOf(readDocument(write('empty.txt', '')))).toBe('E_EMPTY');
    expect(await codeOf(readDocument(write('blank.txt', ' \r\n\t\u3000\n')))).toBe('E_EMPTY');
  });

  it('refuses an HTML page with nothing visible as E_NO_TEXT', async () => {
    expect(await codeOf(readDocument(write('scripts.html', '<html><head><script>var a = 1;</script></head><body> </body></html>')))).toBe(
      'E_NO_TEXT',
    );
  });

  it('refuses a missing path and a directory as E_READ, naming the path', async () => {
    const missing = join(tmp.dir, 'no-such-file.txt');
    expect(await codeOf(readDocument(missing))).toBe('E_READ');
    await expect(readDocument(missing)).rejects.toThrow(missing);
    const dir = join(tmp.dir, 'a-folder');
    mkdirSync(dir);
    expect(await codeOf(readDocument(dir))).toBe('E_READ');
  });

  it('refuses an unreadable file as E_READ', async (ctx) => {
    const path = write('locked.txt', sampleText(SAMPLES[0]));
    chmodSync(path, 0o000);
    try {
      readFileSync(path);
      console.log('skipped: running as root, file permissions do not stop reads');
      ctx.skip();
    } catch {
      expect(await codeOf(readDocument(path))).toBe('E_READ');
    } finally {
      chmodSync(path, 0o644);
    }
  });

  it('refuses a file over maxBytes as E_TOO_LARGE before decoding it', async () => {
    const path = write('big.txt', sampleText(SAMPLES[0]));
    expect(await codeOf(readDocument(path, { maxBytes: 1000 }))).toBe('E_TOO_LARGE');
    await expect(readDocument(path, { maxBytes: 1_000_000 })).resolves.toMatchObject({ format: 'text' });
  });

  it('uses a declared encoding option as a verified hint', async () => {
    const text = '二〇二三年度法治政府建設年度報告\n本鎮堅持依法行政。';
    const doc = await readDocument(write('big5.txt', iconv.encode(text, 'big5')), { encoding: 'big5' });
    expect(doc).toMatchObject({ encoding: 'big5', text });
  });
});
