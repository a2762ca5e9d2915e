import { describe, expect, it } from 'vitest';
import {
  isGenericBefore,
  levelWordAt,
  levelWordEndingAt,
  resolveUnitWord,
  selfReferenceAtStart,
} from '../../../src/extract/recognizers/self-references.js';
import { ISSUERS, LIANTANG } from './body-test-context.js';

describe('levelWordAt', () => {
  it.each([
    ['区司法局', 0, '区'],
    ['镇党委', 0, '镇'],
    ['市委依法治市办', 0, '市'],
    ['街道综合执法大队', 0, '街道'],
    ['县委书记', 0, '县'],
    ['省纪委省监委', 3, '省'],
  ])('finds the level word of %s at %i', (text, at, word) => {
    expect(levelWordAt(text, at)).toBe(word);
  });

  it.each([
    ['市场监管', 0],
    ['乡村振兴', 0],
    ['区域协同', 0],
    ['社区治理', 1],
    ['城乡融合', 1],
    ['县域经济', 0],
    ['司法所', 0],
  ])('sees no level word in %s at %i', (text, at) => {
    expect(levelWordAt(text, at)).toBeNull();
  });

  it('reads a level word backwards from its end', () => {
    expect(levelWordEndingAt('鲁山道街道', 5)).toEqual({ start: 3, word: '街道' });
    expect(levelWordEndingAt('做强镇', 3)).toEqual({ start: 2, word: '镇' });
    expect(levelWordEndingAt('三乡镇', 2)).toBeNull();
  });
});

describe('resolveUnitWord', () => {
  it.each([
    ['镇', '练塘镇', '练塘镇'],
    ['区', '练塘镇', '青浦区'],
    ['市', '练塘镇', '上海市'],
    ['区', '澥浦镇', '镇海区'],
    ['市', '澥浦镇', '宁波市'],
    ['省', '澥浦镇', '浙江省'],
    ['街道', '鲁山道街道', '鲁山道街道'],
    ['县', '安吉县', '安吉县'],
    ['市', '安吉县', '湖州市'],
    ['市', '乔口镇', '长沙市'],
    ['区', '乔口镇', '望城区'],
    ['市', '千灯镇', '昆山市'],
  ])('points %s in the report of %s at %s', (word, issuer, name) => {
    expect(resolveUnitWord(word, ISSUERS.get(issuer)!)?.name).toBe(name);
  });

  it.each([
    ['县', '练塘镇'],
    ['镇', '鲁山道街道'],
    ['镇', '安吉县'],
    ['省', '练塘镇'],
  ])('points %s at no unit in the report of %s', (word, issuer) => {
    expect(resolveUnitWord(word, ISSUERS.get(issuer)!)).toBeNull();
  });

  it('points 地区 at a 地区 township or at the prefecture (地区) a unit lies in', () => {
    const dongba = {
      name: '东坝地区', level: 'township' as const, code: '110105039', kind: '地区', province: '北京市', city: '北京市', county: '朝阳区',
      parents: [
        { code: '11', name: '北京市', level: 'province' as const, kind: '直辖市' },
        { code: '110105', name: '朝阳区', level: 'county' as const, kind: '区' },
      ],
    };
    const langan = {
      name: '兰干街道', level: 'township' as const, code: '652901001', kind: '街道', province: '新疆维吾尔自治区', city: '阿克苏地区', county: '阿克苏市',
      parents: [
        { code: '65', name: '新疆维吾尔自治区', level: 'province' as const, kind: '自治区' },
        { code: '6529', name: '阿克苏地区', level: 'city' as const, kind: '地区' },
        { code: '652901', name: '阿克苏市', level: 'county' as const, kind: '县级市' },
      ],
    };
    expect(resolveUnitWord('地区', dongba)?.name).toBe('东坝地区');
    expect(resolveUnitWord('地区', langan)).toMatchObject({ name: '阿克苏地区', code: '6529', level: 'city' });
    expect(resolveUnitWord('市', langan)?.name).toBe('阿克苏市');
    expect(resolveUnitWord('地区', ISSUERS.get('练塘镇')!)).toBeNull();
    expect(resolveUnitWord('地区', ISSUERS.get('乔口镇')!)).toBeNull();
  });

  it("points a development zone's short kind (经开区) at a zone issuer only", () => {
    const zone = {
      name: '芜湖经济技术开发区', level: 'county' as const, code: '340271', kind: '区', province: '安徽省', city: '芜湖市', county: '芜湖经济技术开发区',
      parents: [{ code: '34', name: '安徽省', level: 'province' as const, kind: '省' }, { code: '3402', name: '芜湖市', level: 'city' as const, kind: '市' }],
    };
    expect(levelWordAt('经开区党工委', 0)).toBe('经开区');
    expect(resolveUnitWord('经开区', zone)?.name).toBe('芜湖经济技术开发区');
    expect(resolveUnitWord('高新区', ISSUERS.get('练塘镇')!)).toBeNull();
  });

  it('gives the code of the unit for scoping', () => {
    expect(resolveUnitWord('区', LIANTANG)?.code).toBe('310118');
    expect(resolveUnitWord('镇', LIANTANG)?.code).toBe('310118103');
  });
});

describe('selfReferenceAtStart and isGenericBefore', () => {
  it('reads a self-reference that opens a name', () => {
    expect(selfReferenceAtStart('我镇司法所')).toEqual({ surface: '我镇', word: '镇' });
    expect(selfReferenceAtStart('本街道综合执法大队')).toEqual({ surface: '本街道', word: '街道' });
    expect(selfReferenceAtStart('镇司法所')).toBeNull();
  });

  it.each([
    ['当前各', true],
    ['每个', true],
    ['全市各', true],
    ['当前', false],
    ['联合', false],
  ])('treats a level word after %s as generic: %s', (before, generic) => {
    expect(isGenericBefore(before, before.length)).toBe(generic);
  });
});
