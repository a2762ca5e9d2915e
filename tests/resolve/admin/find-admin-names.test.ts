import { describe, expect, it } from 'vitest';
import { loadAdminIndex } from '../../../src/resolve/admin/admin-index.js';
import { findAdminNames, groupAdminChains } from '../../../src/resolve/admin/find-admin-names.js';

const index = loadAdminIndex();
const chainsOf = (text: string): string[][] =>
  groupAdminChains(text, findAdminNames(text, index)).map((c) => c.map((t) => t.surface));

describe('findAdminNames and groupAdminChains', () => {
  it.each([
    ['天津市河东区人民政府鲁山道街道办事处', [['天津市', '河东区', '鲁山道街道']]],
    ['中山市三乡镇人民政府', [['中山市', '三乡镇']]],
    ['重庆市开州区河堰镇人民政府', [['重庆市', '开州区', '河堰镇']]],
    ['中共青浦区练塘镇委员会法治建设委员会', [['青浦区', '练塘镇']]],
    ['开州区河堰镇', [['开州区', '河堰镇']]],
    ['宁波市镇海区澥浦镇', [['宁波市', '镇海区', '澥浦镇']]],
  ])('reads %s as the chain %j', (text, chains) => {
    expect(chainsOf(text)).toEqual(chains);
  });

  it('starts a new chain when running text separates two names', () => {
    expect(chainsOf('青浦区召开会议,练塘镇参加')).toEqual([['青浦区'], ['练塘镇']]);
  });

  it('records offsets into the text', () => {
    const text = '2024年,三乡镇深入贯彻';
    const [t] = findAdminNames(text, index);
    expect(text.slice(t.start, t.end)).toBe('三乡镇');
    expect(t.match).toBe('exact');
  });

  it('matches short forms only for the levels asked for', () => {
    expect(findAdminNames('宁波镇海', index).length).toBe(0);
    const tokens = findAdminNames('宁波镇海', index, { shortLevels: ['city', 'county'] });
    expect(tokens.map((t) => [t.surface, t.match])).toEqual([
      ['宁波', 'short'],
      ['镇海', 'short'],
    ]);
  });

  it('keeps only the levels asked for', () => {
    const tokens = findAdminNames('浙江省宁波市镇海区澥浦镇', index, { levels: ['county'] });
    expect(tokens.map((t) => t.surface)).toEqual(['镇海区']);
  });
});
