import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize-text.js';

describe('normalizeText', () => {
  it('folds full-width digits, letters and brackets to ASCII one for one', () => {
    expect(normalizeText('（一）２０２３年ＡＢｃ，')).toBe('(一)2023年ABc,');
  });

  it('maps the ideographic space to a space and keeps CJK text untouched', () => {
    expect(normalizeText('一、\u3000练塘镇')).toBe('一、 练塘镇');
  });

  it('keeps the length of every sample, so offsets stay valid in the original', () => {
    for (const f of ['000_e995035764c2eff9.txt', '004_d37acb428d33b8ca.txt']) {
      const text = readFileSync(`data/samples/${f}`, 'utf8');
      expect(normalizeText(text).length).toBe(text.length);
    }
  });
});
