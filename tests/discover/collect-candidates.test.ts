import { describe, expect, it } from 'vitest';
import { createCandidateCollector, sentenceAround } from '../../src/discover/collect-candidates.js';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { ENTITY_LABELS, type EntityLabel, type ExtractedEntity, type Extraction } from '../../src/types.js';

const ontology = loadOntology();

/** A minimal extraction whose passage 0 is `text`, with entities named by their surfaces in it. */
function extraction(report: string, text: string, found: [EntityLabel, string, string, string?][]): Extraction {
  const entities = Object.fromEntries(ENTITY_LABELS.map((l) => [l, [] as ExtractedEntity[]])) as Extraction['entities'];
  for (const [label, name, surface, kind] of found) {
    const start = text.indexOf(surface);
    expect(start, `${surface} in the test text`).toBeGreaterThanOrEqual(0);
    entities[label].push({ id: `${label}:${name}`, name, kind, mentions: [{ surface, start, end: start + surface.length, passage: 0, recognizer: 'test' }] });
  }
  return {
    report, id: report, title: null, issuer: null, year: 2024, publishedAt: null, source: report, sha256: report, chars: text.length,
    entities, relations: [], unresolved: [],
    passages: [{ index: 0, start: 0, end: text.length, section: '', role: 'achievement', text }],
  };
}

describe('createCandidateCollector', () => {
  it('keeps laws and practices the gazetteers lack and ranks them by the reports using them', () => {
    const c = createCandidateCollector(ontology);
    const a = '学习《天津市绿化条例》和《中华人民共和国行政处罚法》。推行“三色两级”分类管理。';
    const b = '宣传《天津市绿化条例》。';
    c.add(extraction('a.txt', a, [
      ['Law', '天津市绿化条例', '《天津市绿化条例》', 'local-regulation'],
      ['Law', '行政处罚法', '《中华人民共和国行政处罚法》', 'national-law'],
      ['Program', '三色两级', '“三色两级”', 'brand'],
    ]));
    c.add(extraction('b.txt', b, [['Law', '天津市绿化条例', '《天津市绿化条例》', 'local-regulation']]));
    const list = c.list();
    expect(c.reports).toBe(2);
    expect(list.map((x) => [x.label, x.name, x.reports])).toEqual([
      ['Law', '天津市绿化条例', 2],
      ['Program', '三色两级', 1],
    ]);
    expect(list[0].example).toEqual({ report: 'a.txt', passage: 0, sentence: '学习《天津市绿化条例》和《中华人民共和国行政处罚法》。' });
    expect(list[0].kind).toBe('local-regulation');
  });

  it('drops what the program gazetteer already lists', () => {
    const c = createCandidateCollector(ontology);
    c.add(extraction('a.txt', '坚持发展新时代“枫桥经验”。', [['Program', '枫桥经验', '“枫桥经验”', 'practice']]));
    expect(c.list()).toEqual([]);
  });

  it('applies top, minimum report count and type filters', () => {
    const c = createCandidateCollector(ontology);
    const text = '推行“三色两级”和“六环递进”。';
    c.add(extraction('a.txt', text, [['Program', '三色两级', '“三色两级”'], ['Program', '六环递进', '“六环递进”']]));
    c.add(extraction('b.txt', text, [['Program', '三色两级', '“三色两级”']]));
    expect(c.list({ top: 1 }).map((x) => x.name)).toEqual(['三色两级']);
    expect(c.list({ minReports: 2 }).map((x) => x.name)).toEqual(['三色两级']);
    expect(c.list({ labels: ['Law'] })).toEqual([]);
  });
});

describe('sentenceAround', () => {
  it('returns the sentence holding the span', () => {
    const text = '第一句。推行“三色两级”分类管理;第三句。';
    const at = text.indexOf('三色两级');
    expect(sentenceAround(text, at, at + 4)).toBe('推行“三色两级”分类管理;');
  });

  it('cuts a sentence with no end to a readable window around the span', () => {
    const text = '很'.repeat(1000) + '三色两级' + '好'.repeat(1000);
    const s = sentenceAround(text, 1000, 1004);
    expect(s).toContain('三色两级');
    expect(s.length).toBeLessThanOrEqual(170);
  });
});
