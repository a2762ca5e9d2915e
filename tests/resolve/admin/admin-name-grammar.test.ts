import { describe, expect, it } from 'vitest';
import { kindOfAdminName, shortAdminNames } from '../../../src/resolve/admin/admin-name-grammar.js';
import type { AdminLevel } from '../../../src/types.js';

describe('kindOfAdminName', () => {
  const cases: [string, AdminLevel, string][] = [
    ['浙江省', 'province', '省'],
    ['上海市', 'province', '直辖市'],
    ['广西壮族自治区', 'province', '自治区'],
    ['宁波市', 'city', '市'],
    ['延边朝鲜族自治州', 'city', '自治州'],
    ['锡林郭勒盟', 'city', '盟'],
    ['阿里地区', 'city', '地区'],
    ['青浦区', 'county', '区'],
    ['宜阳县', 'county', '县'],
    ['长阳土家族自治县', 'county', '自治县'],
    ['鄂伦春自治旗', 'county', '自治旗'],
    ['仙桃市', 'county', '县级市'],
    ['神农架林区', 'county', '林区'],
    ['练塘镇', 'township', '镇'],
    ['钟山乡', 'township', '乡'],
    ['莪山畲族乡', 'township', '民族乡'],
    ['鲁山道街道', 'township', '街道'],
    ['南磨房地区', 'township', '地区'],
  ];
  it.each(cases)('reads %s (%s) as a %s', (name, level, kind) => {
    expect(kindOfAdminName(name, level)).toBe(kind);
  });

  it('gives 其他 to a township row that has no township suffix', () => {
    expect(kindOfAdminName('某某监狱', 'township')).toBe('其他');
  });
});

describe('shortAdminNames', () => {
  const cases: [string, AdminLevel, string[]][] = [
    ['练塘镇', 'township', ['练塘']],
    ['鲁山道街道', 'township', ['鲁山道']],
    ['莪山畲族乡', 'township', ['莪山']],
    ['青浦区', 'county', ['青浦']],
    ['开州区', 'county', ['开州']],
    ['长阳土家族自治县', 'county', ['长阳']],
    ['中山市', 'city', ['中山']],
    ['延边朝鲜族自治州', 'city', ['延边']],
    ['上海市', 'province', ['上海']],
    ['浙江省', 'province', ['浙江']],
    ['广西壮族自治区', 'province', ['广西']],
    ['新疆维吾尔自治区', 'province', ['新疆']],
    ['西藏自治区', 'province', ['西藏']],
    ['内蒙古自治区', 'province', ['内蒙古']],
    // Development zones keep a short form of their kind (高新区, 经开区).
    ['济宁高新技术产业开发区', 'county', ['济宁高新区']],
    ['芜湖经济技术开发区', 'county', ['芜湖经开区']],
    ['河北邢台经济开发区', 'county', ['河北邢台经开区']],
  ];
  it.each(cases)('shortens %s (%s) to %j', (name, level, shorts) => {
    expect(shortAdminNames(name, level)).toEqual(shorts);
  });

  it('gives no short form of one character (沛县 is not 沛)', () => {
    expect(shortAdminNames('沛县', 'county')).toEqual([]);
  });

  it('gives no short form when only the nationality would remain (东乡族自治县)', () => {
    expect(shortAdminNames('东乡族自治县', 'county')).toEqual([]);
  });
});
