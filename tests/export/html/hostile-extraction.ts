// A report written to break exporters: markup, quotes and ampersands in names, a title and a
// province, plus characters XML cannot hold. Added to graphs through the normal graph builder.
import type { Extraction } from '../../../src/types.js';

export const HOSTILE = '<script>alert(1)</script>&"';
export const HOSTILE_TOWN = '<img src=x onerror=alert(2)>镇';
export const HOSTILE_PROVINCE = '测试省"&';
/** A document title with a vertical tab and a form feed, as scraped pages sometimes have. */
export const CONTROL_TITLE = '关于\u000b印发\u000c《工作方案》的通知]]>';

export function hostileExtraction(): Extraction {
  const text = `本镇推行${HOSTILE}工作法,印发${CONTROL_TITLE}。`;
  const start = text.indexOf(HOSTILE);
  const docStart = text.indexOf(CONTROL_TITLE);
  return {
    report: 'hostile.txt',
    id: 'report:hostile0000000000',
    title: `<b>${HOSTILE}</b>年度报告`,
    issuer: { name: HOSTILE_TOWN, level: 'township', code: '999999999', kind: '镇', province: HOSTILE_PROVINCE, city: null, county: null, parents: [] },
    year: 2024,
    publishedAt: null,
    source: 'hostile.txt',
    sha256: '0'.repeat(64),
    chars: text.length,
    entities: {
      Law: [], LawFirm: [], Institution: [], Organization: [], Platform: [], Person: [], Event: [], Indicator: [],
      Program: [{ id: `program:${HOSTILE}`, name: HOSTILE, kind: 'practice', mentions: [{ surface: HOSTILE, start, end: start + HOSTILE.length, passage: 0, recognizer: 'test' }] }],
      Document: [{ id: `document:${CONTROL_TITLE}`, name: CONTROL_TITLE, mentions: [{ surface: CONTROL_TITLE, start: docStart, end: docStart + CONTROL_TITLE.length, passage: 0, recognizer: 'test' }] }],
    },
    relations: [],
    passages: [{ index: 0, start: 0, end: text.length, section: '', role: 'achievement', text }],
    unresolved: [],
  };
}
