import { describe, expect, it } from 'vitest';
import { getChain, loadAdminIndex, NameLengths } from '../../../src/resolve/admin/admin-index.js';

describe('loadAdminIndex', () => {
  // Load time is measured by `npm run bench`, not asserted here (timed unit tests are flaky).
  it('loads every level of the national tables, and only once', () => {
    const index = loadAdminIndex();
    expect(index.size).toBeGreaterThan(40_000);
    expect(loadAdminIndex()).toBe(index);
  });

  it('finds a township by its full name with code, level, kind and parent', () => {
    const [unit, ...rest] = loadAdminIndex().byName('练塘镇');
    expect(rest).toEqual([]);
    expect(unit).toMatchObject({ code: '310118103', level: 'township', kind: '镇', parentCode: '310118' });
  });

  it('returns every place a repeated name stands for, in code order', () => {
    expect(loadAdminIndex().byName('三乡镇').map((u) => u.code)).toEqual(['410327107', '442000114']);
  });

  it.each([
    ['练塘', '310118103'],
    ['鲁山道', '120102012'],
    ['青浦', '310118'],
    ['开州', '500154'],
    ['中山', '4420'],
    ['上海', '31'],
    ['浙江', '33'],
    ['宁波', '3302'],
    ['广西', '45'],
  ])('finds the unit that %s is a short form of (%s)', (short, code) => {
    expect(loadAdminIndex().byShortName(short).map((u) => u.code)).toContain(code);
  });

  it('finds short forms of ethnic townships (莪山 → 莪山畲族乡)', () => {
    expect(loadAdminIndex().byShortName('莪山').map((u) => u.name)).toContain('莪山畲族乡');
  });

  it('keeps township short forms out of lookups that exclude townships', () => {
    expect(loadAdminIndex().byShortName('中山', false).every((u) => u.level !== 'township')).toBe(true);
  });

  it('finds a street office the tables name after its street (唐家墩街街道) by its written name, 唐家墩街道', () => {
    expect(loadAdminIndex().byName('唐家墩街道').map((u) => [u.code, u.name])).toEqual([['420103009', '唐家墩街街道']]);
  });

  it('does not index a township row named only 街道', () => {
    expect(loadAdminIndex().byName('街道')).toEqual([]);
  });
});

describe('getChain', () => {
  it('makes a municipality its own city: 练塘镇 sits in 上海市 › 青浦区 with no 市辖区 row', () => {
    expect(getChain('310118103').map((r) => [r.code, r.name, r.level])).toEqual([
      ['31', '上海市', 'province'],
      ['310118', '青浦区', 'county'],
      ['310118103', '练塘镇', 'township'],
    ]);
    expect(getChain('31')[0].kind).toBe('直辖市');
  });

  it('puts the towns of a city without counties directly under the city (三乡镇 in 中山市)', () => {
    expect(getChain('442000114').map((r) => r.name)).toEqual(['广东省', '中山市', '三乡镇']);
  });

  it('puts a county-level city under the province when its city row is a placeholder (仙桃市)', () => {
    expect(getChain('429004').map((r) => [r.name, r.level, r.kind])).toEqual([
      ['湖北省', 'province', '省'],
      ['仙桃市', 'county', '县级市'],
    ]);
  });

  it('follows a placeholder code to the unit it was folded into', () => {
    expect(loadAdminIndex().get('442000')?.name).toBe('中山市');
    expect(loadAdminIndex().get('1201')?.name).toBe('天津市');
  });

  it('gives a full chain for a town in an ordinary prefecture city', () => {
    expect(getChain('330211100').map((r) => r.name)).toEqual(['浙江省', '宁波市', '镇海区', '澥浦镇']);
  });

  it('returns an empty chain for an unknown code', () => {
    expect(getChain('999999')).toEqual([]);
  });

  it('returns copies, so a caller cannot corrupt the cached chain', () => {
    const chain = getChain('310118103');
    chain[0].name = 'changed';
    chain.pop();
    expect(getChain('310118103').map((r) => r.name)).toEqual(['上海市', '青浦区', '练塘镇']);
  });
});

describe('name length masks', () => {
  const index = loadAdminIndex();

  it('hold the length of every full name at its start and at its end', () => {
    let n = 0;
    for (const u of index.all()) {
      if (n++ % 7 !== 0 || u.name.length < 2) continue;
      const text = `在${u.name}。`;
      expect(NameLengths.has(index.nameLengthsAt(text, 1), u.name.length)).toBe(true);
      expect(NameLengths.has(index.nameLengthsEndingAt(text, 1 + u.name.length), u.name.length)).toBe(true);
      expect(index.longestNameAt(text, 1)).toBeGreaterThanOrEqual(u.name.length);
    }
  });

  it('lead a scan to the next position where a name may start (nextNameStart)', () => {
    const text = '的的A青浦区的练塘镇。浙江的';
    for (const shortForms of [false, true]) {
      for (let from = 0; from <= text.length; from++) {
        let expected = from;
        while (expected < text.length && !(/[\u4e00-\u9fff]/.test(text[expected]) && index.nameLengthsAt(text, expected, shortForms) !== 0)) expected++;
        expect(index.nextNameStart(text, from, shortForms)).toBe(expected);
      }
    }
  });

  it('hold short forms of provinces, cities and counties when asked', () => {
    expect(NameLengths.has(index.nameLengthsAt('青浦的', 0), 2)).toBe(false);
    expect(NameLengths.has(index.nameLengthsAt('青浦的', 0, true), 2)).toBe(true);
    expect(NameLengths.has(index.nameLengthsAt('浙江的', 0, true), 2)).toBe(true);
    // 练塘 is the short form of a township only.
    expect(NameLengths.has(index.nameLengthsAt('练塘的', 0, true), 2)).toBe(false);
  });

  it('are empty where no name can start or end, and at the edges of the text', () => {
    expect(index.nameLengthsAt('的的的', 0)).toBe(0);
    expect(index.nameLengthsEndingAt('的的的', 3)).toBe(0);
    expect(index.nameLengthsAt('练塘镇', 2)).toBe(0);
    expect(index.nameLengthsEndingAt('练塘镇', 1)).toBe(0);
    expect(index.nameLengthsEndingAt('练塘镇', 4)).toBe(0);
    expect(index.longestNameAt('练塘镇', 2)).toBe(0);
  });
});
