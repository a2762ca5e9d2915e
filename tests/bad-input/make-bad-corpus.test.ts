// The bad-input corpus generator: every kind of bad input issue 8 lists, the same bytes for a seed,
// and binaries only in the folder it is given (never committed).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBadCorpus, type BadCorpusEntry } from '../../scripts/make-bad-corpus.mjs';
import { detectBinary } from '../../src/ingest/detect-binary.js';
import { makeTempDir } from '../ingest/sample-files.js';

const a = makeTempDir();
const b = makeTempDir();
afterAll(() => {
  a.cleanup();
  b.cleanup();
});

describe('makeBadCorpus', () => {
  let entries: BadCorpusEntry[];
  beforeAll(() => {
    entries = makeBadCorpus({ out: a.dir });
  });
  const bytesOf = (file: string) => readFileSync(join(a.dir, file));
  const codes = () => entries.flatMap((e) => ('code' in e.expect ? [e.expect.code] : []));

  it('writes one file per entry, plus EXPECTED.json describing them', () => {
    expect(readdirSync(a.dir).sort()).toEqual([...entries.map((e) => e.file), 'EXPECTED.json'].sort());
    expect(JSON.parse(readFileSync(join(a.dir, 'EXPECTED.json'), 'utf8'))).toEqual(entries);
  });

  it('covers empty, blank, binary, undecodable, textless and issuer-less files', () => {
    for (const code of ['E_EMPTY', 'E_BINARY', 'E_DECODE', 'E_NO_TEXT', 'E_NO_ISSUER', 'E_DUPLICATE']) expect(codes(), code).toContain(code);
    expect(bytesOf('empty.txt')).toHaveLength(0);
    expect(bytesOf('whitespace-only.txt').toString('utf8').trim()).toBe('');
  });

  it('writes PNG, PDF, DOCX (ZIP) and DOC (OLE) files renamed .txt, each recognised by its magic number', () => {
    const found = entries.filter((e) => e.file.startsWith('binary-') && e.file.endsWith('-renamed.txt')).map((e) => detectBinary(bytesOf(e.file))?.what);
    expect(found).toHaveLength(4);
    for (const what of ['PNG', 'PDF', 'ZIP', 'OLE']) expect(found.some((w) => w?.includes(what)), what).toBe(true);
  });

  it('writes UTF-8 cut inside a character, GBK under a UTF-8 meta tag, and UTF-16 both ways', () => {
    const cut = bytesOf('truncated-utf8.txt');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(cut)).toThrow();
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(cut.subarray(0, cut.length - 2))).not.toThrow();
    const gbk = bytesOf('gbk-declared-utf8.html');
    expect(gbk.toString('latin1')).toContain('charset=utf-8');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect([...bytesOf('utf16le-bom.txt').subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const be = bytesOf('utf16be-no-bom.txt');
    expect([...be.subarray(0, 2)]).not.toEqual([0xfe, 0xff]);
    // ASCII in UTF-16 BE: a NUL byte, then the character.
    expect(be.indexOf(Buffer.from([0, 0x32]))).toBeGreaterThanOrEqual(0);
  });

  it('nests the deep page thousands of levels deep', () => {
    expect(bytesOf('deeply-nested.html').toString('utf8').split('<div>').length - 1).toBeGreaterThanOrEqual(10_000);
  });

  it('names two different towns in the two-issuer report', () => {
    const e = entries.find((x) => x.file === 'two-issuers.txt')!;
    expect(e.issuer).toBeTruthy();
    expect(e.rival).toBeTruthy();
    expect(e.issuer).not.toBe(e.rival);
    const text = bytesOf(e.file).toString('utf8');
    expect(text.split('\n')[1]).toContain(e.issuer!);
    expect(text).toContain(`${e.rival}人民政府`);
  });

  it('writes the same bytes on every run for one seed', () => {
    makeBadCorpus({ out: b.dir });
    for (const e of entries) expect(readFileSync(join(b.dir, e.file)).equals(bytesOf(e.file)), e.file).toBe(true);
  });

  it('writes the 50 MB file only when asked', () => {
    expect(entries.some((e) => e.file.startsWith('huge-'))).toBe(false);
  });
});
