// Hostile input: extraction of a megabyte of brackets and quotes ends in bounded time, and an
// unbalanced 《 or “ never hides the entities that follow it.
import { describe, expect, it } from 'vitest';
import { getExtractContext } from '../../src/pipeline/create-context.js';
import { extractDocument } from '../../src/pipeline/extract-document.js';
import type { RawDocument } from '../../src/types.js';

const HEADER = '2023年练塘镇法治政府建设年度报告\n';
const SIGNATURE = '\n中共青浦区练塘镇委员会\n2024年3月1日\n';
const MB = 1 << 20;
/** Catastrophic backtracking on 1 MB takes minutes or hours; linear extraction takes a few seconds
 * even on a loaded 2-core machine. The bound separates the two without flaking. */
const BOUND_MS = 30_000;

function makeDoc(body: string): RawDocument {
  const text = HEADER + body + SIGNATURE;
  return { source: 'hostile.txt', name: 'hostile.txt', sha256: 'hostile', bytes: text.length * 3, encoding: 'utf-8', format: 'text', text, meta: {}, furniture: [] };
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

describe('extraction on hostile input', () => {
  const ctx = getExtractContext();

  it.each([
    ['repeated 《', '《'],
    ['repeated “', '“'],
    ['repeated 〈 and (', '〈('],
    ['mixed brackets and quotes', '《“〈(【<<「‘'],
    ['unclosed titles with text', '《关于“加强(法治〈建设'],
    ['closers without openers', '》”〉)】>>」’'],
    ['law firm suffixes', '律所律师事务所('],
  ])('extracts 1 MB of %s in bounded time', (_name, unit) => {
    const { value, ms } = timed(() => extractDocument(makeDoc(repeatTo(unit, MB)), ctx));
    expect(value.issuer?.name).toBe('练塘镇');
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('extracts 1 MB of brackets on one line in bounded time', () => {
    const { ms } = timed(() => extractDocument(makeDoc(repeatTo('《“〈(「宪法', MB).replace(/\n/g, '')), ctx));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('still finds the law and the firm after an unbalanced 《 and “', () => {
    const body = [
      '一、主要举措和成效',
      '开展《条例学习和“法治体检活动,深入宣传宪法,学习《中华人民共和国行政处罚法》,司法所联合镇法律顾问单位东炬律师事务所开展活动。',
      '组织学习民法典。',
    ].join('\n');
    const x = extractDocument(makeDoc(body), ctx);
    expect(x.entities.Law.map((e) => e.name).sort()).toEqual(['宪法', '民法典', '行政处罚法'].sort());
    expect(x.entities.LawFirm.map((e) => e.name)).toEqual(['东炬律师事务所']);
  });

  it('keeps an unclosed 《 inside its paragraph', () => {
    const x = extractDocument(makeDoc('学习《中华人民共和国宪法\n学习《中华人民共和国民法典》。'), ctx);
    expect(x.entities.Law.map((e) => e.name)).toEqual(['宪法', '民法典']);
  });
});
