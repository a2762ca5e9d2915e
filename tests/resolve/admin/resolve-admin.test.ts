import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAdminIndex } from '../../../src/resolve/admin/admin-index.js';
import { buildAdminContext, resolveAdminName } from '../../../src/resolve/admin/resolve-admin.js';

const index = loadAdminIndex();

describe('resolveAdminName', () => {
  it('resolves 三乡镇 to 中山市 when the text names 中山市', () => {
    const [best, other] = resolveAdminName('三乡镇', new Map([['中山市', 1]]), index);
    expect(best.unit.code).toBe('442000114');
    expect(best.confirmed).toEqual(['中山市']);
    expect(best.ambiguous).toBe(false);
    expect(other.unit.code).toBe('410327107');
  });

  it('resolves 三乡镇 to 宜阳县 in 河南 when the text names 河南 and 宜阳', () => {
    const [best] = resolveAdminName('三乡镇', new Map([['河南', 0.5], ['宜阳', 0.25]]), index);
    expect(best.unit.code).toBe('410327107');
    expect(best.confirmed).toEqual(['河南省', '宜阳县']);
  });

  it('flags a repeated name ambiguous when nothing in the context decides, and orders by code', () => {
    const candidates = resolveAdminName('三乡镇', new Map(), index);
    expect(candidates.map((c) => c.unit.code)).toEqual(['410327107', '442000114']);
    expect(candidates.every((c) => c.ambiguous)).toBe(true);
  });

  it('ranks by how many ancestors the context confirms: 天津市 and 河东区 pick the 河东区 of 天津', () => {
    const [best] = resolveAdminName('河东区', new Map([['天津市', 1]]), index);
    expect(best.unit.code).toBe('120102');
    const [deeper] = resolveAdminName('鲁山道街道', new Map([['天津市', 1], ['河东区', 1]]), index);
    expect(deeper.score).toBe(2);
  });

  it('resolves short forms and says so', () => {
    const [best] = resolveAdminName('练塘', new Map([['青浦区', 1]]), index);
    expect(best.unit.name).toBe('练塘镇');
    expect(best.match).toBe('short');
  });

  it('prefers the larger unit for a bare short form when the context is silent (中山 → 中山市)', () => {
    expect(resolveAdminName('中山', new Map(), index)[0].unit.code).toBe('4420');
  });

  it('finds a unit written with another suffix than the tables have, as a loose match', () => {
    const [best] = resolveAdminName('澥浦街道', new Map([['镇海区', 1]]), index);
    expect(best.unit.code).toBe('330211100');
    expect(best.match).toBe('loose');
  });

  it('returns no candidate for a name that is no admin unit', () => {
    expect(resolveAdminName('法治政府', new Map(), index)).toEqual([]);
  });
});

describe('buildAdminContext', () => {
  it('weighs the province, city and county names of a real report', () => {
    const text = readFileSync('data/samples/003_a9c3b358a18e57db.txt', 'utf8');
    const context = buildAdminContext(text, index);
    expect(context.get('天津市')).toBeGreaterThan(0);
    expect(context.get('河东区')).toBeGreaterThan(0);
  });

  it('does not read 鲁山道街道 as the county 鲁山 (its township name is matched first)', () => {
    expect(buildAdminContext('鲁山道街道充分发挥作用', index).has('鲁山')).toBe(false);
  });

  it('ignores a two-character county short form standing alone (共和 in 中华人民共和国)', () => {
    expect(buildAdminContext('《中华人民共和国行政处罚法》', index).has('共和')).toBe(false);
  });

  it('counts a county short form next to another admin name (宁波镇海)', () => {
    const context = buildAdminContext('宁波镇海澥浦镇', index);
    expect(context.get('宁波')).toBeGreaterThan(0);
    expect(context.get('镇海')).toBeGreaterThan(0);
  });

  it('caps a name repeated many times', () => {
    expect(buildAdminContext('天津市,'.repeat(50), index, { cap: 3 }).get('天津市')).toBe(3);
  });
});
