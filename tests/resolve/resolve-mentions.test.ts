import { describe, expect, it } from 'vitest';
import { resolveMentions, settleOverlaps } from '../../src/resolve/resolve-mentions.js';
import type { Issuer, Mention } from '../../src/types.js';

const text = '依据《中华人民共和国行政处罚法》和“八五”普法规划,镇党委书记张兵';
const at = (surface: string) => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, surface };
};
const m = (label: Mention['label'], name: string, surface: string, extra: Partial<Mention> = {}): Mention => ({
  label,
  name,
  ...at(surface),
  passage: 0,
  recognizer: 'test',
  ...extra,
});
const issuer: Issuer = { name: '练塘镇', level: 'township', code: '310118103', province: '上海市', city: '上海市', county: '青浦区' };

describe('settleOverlaps', () => {
  it('keeps the higher-priority span and drops the one inside it with a reason', () => {
    const title = m('Law', '行政处罚法', '《中华人民共和国行政处罚法》', { priority: 10, recognizer: 'titled-citation' });
    const inner = m('Law', '行政处罚法', '行政处罚法');
    const { kept, dropped } = settleOverlaps([inner, title]);
    expect(kept).toEqual([title]);
    expect(dropped).toHaveLength(1);
    expect(dropped[0].reason).toBe('duplicate');
  });

  it('lets a longer span win over a shorter one it contains, whatever their priorities', () => {
    const text2 = '贯彻乡村振兴促进法';
    const law: Mention = { label: 'Law', name: '乡村振兴促进法', start: 2, end: 9, surface: '乡村振兴促进法', passage: 0, recognizer: 'law', priority: 0 };
    const program: Mention = { label: 'Program', name: '乡村振兴', start: 2, end: 6, surface: '乡村振兴', passage: 0, recognizer: 'program', priority: 2 };
    expect(text2.slice(law.start, law.end)).toBe(law.surface);
    expect(settleOverlaps([program, law]).kept).toEqual([law]);
  });

  it('prefers the longer span at equal priority', () => {
    const long = m('Program', '八五普法', '“八五”普法');
    const short = m('Program', '普法', '普法');
    expect(settleOverlaps([short, long]).kept).toEqual([long]);
  });
});

describe('resolveMentions', () => {
  it('merges mentions of one name into one entity with a deterministic id and original surfaces', () => {
    const a = m('Program', '八五普法', '“八五”普法');
    const r = resolveMentions([a], issuer, text);
    expect(r.entities.Program).toHaveLength(1);
    const e = r.entities.Program[0];
    expect(e.id).toBe('program:八五普法');
    expect(e.mentions[0].surface).toBe(text.slice(e.mentions[0].start, e.mentions[0].end));
    expect(e.aliases).toBeUndefined();
  });

  it('scopes people to the issuing unit', () => {
    const r = resolveMentions([m('Person', '张兵', '张兵', { attrs: { roles: ['镇党委书记'] } })], issuer, text);
    expect(r.entities.Person[0].id).toBe('person:310118103:张兵');
    expect(r.entities.Person[0].props?.roles).toEqual(['镇党委书记']);
  });
});
