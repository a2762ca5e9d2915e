// Evidence behind an aggregate edge: the passages of a report that mention an entity, with the
// mention spans placed inside the passage, even when stored offsets are stale.
import { describe, expect, it } from 'vitest';
import { findEvidence, indexEvidence, locateSurface, mergeMarks } from '../../../src/export/views/index-evidence.js';
import { addExtraction } from '../../../src/graph/add-extraction.js';
import { createGraph } from '../../../src/graph/kg-graph.js';
import type { Extraction } from '../../../src/types.js';

function twoPassageReport(): Extraction {
  const p0 = '深入学习宪法。';
  const p1 = '依法聘请东炬律师事务所担任法律顾问,学习宪法和民法典。';
  const at = (p: string, s: string, base: number) => base + p.indexOf(s);
  const base1 = p0.length + 1;
  const m = (surface: string, p: string, base: number, passage: number) => ({ surface, start: at(p, surface, base), end: at(p, surface, base) + surface.length, passage, recognizer: 'test' });
  return {
    report: 'r.txt', id: 'report:r', title: 'r', issuer: null, year: 2023, publishedAt: null, source: 'r.txt', sha256: '1'.repeat(64), chars: base1 + p1.length,
    entities: {
      Law: [{ id: 'law:宪法', name: '宪法', mentions: [m('宪法', p0, 0, 0), m('宪法', p1, base1, 1)] }, { id: 'law:民法典', name: '民法典', mentions: [m('民法典', p1, base1, 1)] }],
      LawFirm: [{ id: 'lawfirm:东炬律师事务所', name: '东炬律师事务所', mentions: [m('东炬律师事务所', p1, base1, 1)] }],
      Document: [], Program: [], Institution: [], Organization: [], Platform: [], Person: [], Event: [], Indicator: [],
    },
    relations: [],
    passages: [
      { index: 0, start: 0, end: p0.length, section: '一', role: 'achievement', text: p0 },
      { index: 1, start: base1, end: base1 + p1.length, section: '二', role: 'achievement', text: p1 },
    ],
    unresolved: [],
  };
}

describe('evidence', () => {
  it('marks every mention of the entity in each passage of the report, in document order', () => {
    const g = createGraph();
    addExtraction(g, twoPassageReport());
    const refs = findEvidence(indexEvidence(g), ['report:r'], ['law:宪法']);
    expect(refs.map((r) => r.passage)).toEqual(['report:r#0', 'report:r#1']);
    for (const r of refs) {
      const text = String(g.getNodeAttribute(r.passage, 'text'));
      expect(r.marks.map(([s, e]) => text.slice(s, e))).toEqual(['宪法']);
    }
  });

  it('puts first the passages naming both ends of a relation', () => {
    const g = createGraph();
    addExtraction(g, twoPassageReport());
    const refs = findEvidence(indexEvidence(g), ['report:r'], ['lawfirm:东炬律师事务所', 'law:宪法'], 1);
    expect(refs).toHaveLength(1);
    const text = String(g.getNodeAttribute(refs[0].passage, 'text'));
    expect(refs[0].marks.map(([s, e]) => text.slice(s, e))).toEqual(['东炬律师事务所', '宪法']);
  });

  it('finds the surface in the passage when the stored offsets do not match its text', () => {
    expect(locateSurface('学习宪法和民法典', 100, 102, 104, '宪法')).toEqual([2, 4]);
    expect(locateSurface('学习宪法和民法典', 100, 90, 92, '民法典')).toEqual([5, 8]);
    expect(locateSurface('学习宪法和民法典', 100, 102, 104, '刑法')).toBeNull();
  });

  it('merges overlapping highlights so marks never nest', () => {
    expect(mergeMarks([[5, 8], [0, 2], [1, 3], [8, 9]])).toEqual([[0, 3], [5, 9]]);
  });
});
