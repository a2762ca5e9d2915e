import { describe, expect, it } from 'vitest';
import { normalizeForMatch, scoreExtractions } from '../../src/eval/score-extractions.js';
import type { GoldReport } from '../../src/eval/load-gold.js';
import type { Extraction } from '../../src/types.js';
import { ENTITY_LABELS } from '../../src/types.js';

function extraction(report: string, laws: string[]): Extraction {
  const entities = Object.fromEntries(ENTITY_LABELS.map((l) => [l, []])) as unknown as Extraction['entities'];
  entities.Law = laws.map((name) => ({ id: `law:${name}`, name, mentions: [] }));
  return {
    report, id: 'r', title: null, year: 2023, publishedAt: null, source: report, sha256: '', chars: 0,
    issuer: { name: '河堰镇', level: 'township', code: '500154108', province: null, city: null, county: null },
    entities, relations: [], passages: [], unresolved: [],
  };
}

const gold: GoldReport = {
  report: 'a.txt',
  issuer: { name: '河堰镇', code: '500154108' },
  year: 2023,
  entities: { Law: [{ name: '环境保护法', aliases: ['环保法'] }, { name: '宪法' }, { name: '预算法' }] },
};

describe('scoreExtractions', () => {
  it('matches a predicted name against gold names and aliases, one to one', () => {
    const r = scoreExtractions([extraction('a.txt', ['环保法', '宪法', '宪法', '刑法'])], new Map([['a.txt', gold]]));
    const law = r.types.find((t) => t.type === 'Law')!;
    expect(law.truePositives).toBe(2);
    expect(law.precision).toBeCloseTo(2 / 4);
    expect(law.recall).toBeCloseTo(2 / 3);
    expect(law.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(r.diffs[0].missed).toEqual(['预算法']);
    expect(r.diffs[0].falseHits).toEqual(['宪法', '刑法']);
  });

  it('counts issuer name, code and year', () => {
    const r = scoreExtractions([extraction('a.txt', [])], new Map([['a.txt', gold]]));
    expect(r.issuer).toEqual({ name: 1, code: 1, year: 1, total: 1 });
  });

  it('normalises quotes, brackets and the 中华人民共和国 prefix of laws', () => {
    expect(normalizeForMatch('《中华人民共和国行政处罚法》', 'Law')).toBe('行政处罚法');
    expect(normalizeForMatch('“八五”普法', 'Program')).toBe('八五普法');
    expect(normalizeForMatch('中华人民共和国', 'Program')).toBe('中华人民共和国');
  });
});
