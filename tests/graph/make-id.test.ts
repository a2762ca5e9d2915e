import { describe, expect, it } from 'vitest';
import { issuerUnitCode } from '../../src/graph/make-id.js';

describe('issuerUnitCode', () => {
  const parent = (code: string) => ({ code, name: '', level: 'county' as const, kind: '' });

  it('is the division code when there is one', () => {
    expect(issuerUnitCode({ name: '练塘镇', code: '310118103', parents: [parent('310118')] })).toBe('310118103');
  });

  it('keeps namesakes the tables lack apart by their nearest parent', () => {
    const a = issuerUnitCode({ name: '城关镇', code: null, parents: [parent('61'), parent('6106'), parent('610630')] });
    const b = issuerUnitCode({ name: '城关镇', code: null, parents: [parent('36'), parent('3601'), parent('360103')] });
    expect(a).toBe('unresolved:610630/城关镇');
    expect(b).not.toBe(a);
  });

  it('falls back to the name alone when no parent is known', () => {
    expect(issuerUnitCode({ name: '城关镇', code: null, parents: [] })).toBe('unresolved:城关镇');
    expect(issuerUnitCode({ name: '城关镇', code: null })).toBe('unresolved:城关镇');
  });
});
