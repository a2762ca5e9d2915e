import { describe, expect, it } from 'vitest';
import { parseDocNumber } from '../../src/extract/parse-doc-number.js';

describe('parseDocNumber', () => {
  it.each([
    ['(开州府办发〔202344号)', '开州府办发〔2023〕44号', true],
    ['(开州委发20231号)', '开州委发〔2023〕1号', true],
    ['(津政发〔2023〕5号)', '津政发〔2023〕5号', false],
    ['（国办发[2021]12号）等', '国办发〔2021〕12号', false],
    ['（青政〔2024〕11号）', '青政〔2024〕11号', false],
  ])('reads %s as %s', (text, expected, repaired) => {
    const d = parseDocNumber(text);
    expect(d?.docNumber).toBe(expected);
    expect(d?.repaired).toBe(repaired);
  });

  it('keeps the raw form as written', () => {
    expect(parseDocNumber('(开州委法办〔20239号)等文件')?.raw).toBe('开州委法办〔20239号');
  });

  it('does not take the next item of a list for the title\'s number', () => {
    expect(parseDocNumber('和桐政办发〔2023〕15号文件要求')).toBeNull();
    expect(parseDocNumber('及浙政办发〔2022〕3号')).toBeNull();
    // In brackets right after the title it is the title's, whatever its first character.
    expect(parseDocNumber('（和政发〔2023〕2号）')?.docNumber).toBe('和政发〔2023〕2号');
  });

  it('returns null when no 文号 follows', () => {
    expect(parseDocNumber('要求,全面开展工作')).toBeNull();
  });
});
