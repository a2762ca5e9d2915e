// A small hand-made graph whose values are hard for a CSV bulk load: quotes, commas, backslashes,
// braces, line breaks, an empty passage, empty and missing lists, a figure with a fraction.
import { addExtraction } from '../../../src/graph/add-extraction.js';
import { createGraph, type KgGraph } from '../../../src/graph/kg-graph.js';
import { ENTITY_LABELS, type EntityLabel, type Extraction, type ExtractedEntity } from '../../../src/types.js';

export const TRICKY_TEXT = 'He said "依法行政", then: a\\b, {c} and\na line break\r\nand a tab\there; 单引号\'也在';
export const TRICKY_TOWN = '练塘镇';
export const TRICKY_REPORT_ID = 'report:00000000000000aa';

function emptyEntities(): Record<EntityLabel, ExtractedEntity[]> {
  return Object.fromEntries(ENTITY_LABELS.map((l) => [l, []])) as unknown as Record<EntityLabel, ExtractedEntity[]>;
}

export function makeTrickyExtraction(): Extraction {
  const entities = emptyEntities();
  const passages = [
    { index: 0, start: 0, end: 0, section: '', role: 'preamble' as const, text: '' },
    { index: 1, start: 0, end: TRICKY_TEXT.length, section: '一/(三)/2', role: 'achievement' as const, text: TRICKY_TEXT },
    { index: 2, start: 100, end: 120, section: '三', role: 'plan' as const, text: '继续深化“枫桥经验”,聘请东炬律师事务所' },
  ];
  entities.Law.push({
    id: 'law:行政处罚法',
    name: '行政处罚法',
    kind: 'national-law',
    aliases: ['中华人民共和国行政处罚法', '行政处罚法,"简称"\\'],
    props: { fullName: '中华人民共和国行政处罚法' },
    mentions: [{ surface: '依法行政', start: 9, end: 13, passage: 1, recognizer: 'test' }],
  });
  entities.Law.push({ id: 'law:宪法', name: '宪法', kind: 'national-law', aliases: [], props: {}, mentions: [{ surface: '宪法', start: 0, end: 2, passage: 1, recognizer: 'test' }] });
  entities.Program.push({ id: 'program:枫桥经验', name: '枫桥经验', kind: 'practice', aliases: ['新时代枫桥经验'], mentions: [{ surface: '枫桥经验', start: 105, end: 109, passage: 2, recognizer: 'test' }] });
  entities.LawFirm.push({ id: 'lawfirm:东炬律师事务所', name: '东炬律师事务所', mentions: [{ surface: '东炬律师事务所', start: 113, end: 120, passage: 2, recognizer: 'test' }] });
  entities.Indicator.push({ id: 'indicator:调解成功率', name: '调解成功率', props: { unit: '%' }, mentions: [{ surface: '调解成功率达99.5%', start: 50, end: 60, passage: 1, recognizer: 'test', value: 99.5, unit: '%' }] });
  return {
    report: 'tricky.txt',
    id: TRICKY_REPORT_ID,
    title: '2023年度练塘镇法治政府建设年度报告',
    issuer: {
      name: TRICKY_TOWN,
      level: 'township',
      code: '310118103',
      kind: '镇',
      province: '上海市',
      city: '上海市',
      county: '青浦区',
      parents: [
        { code: '310000', name: '上海市', level: 'province', kind: '市' },
        { code: '310118', name: '青浦区', level: 'county', kind: '区' },
      ],
    },
    year: 2023,
    publishedAt: null,
    source: 'tests/tricky.txt',
    sha256: 'aa'.repeat(32),
    chars: 200,
    entities,
    relations: [
      {
        type: 'RETAINS_COUNSEL',
        from: 'admin:310118103',
        to: 'lawfirm:东炬律师事务所',
        fromName: TRICKY_TOWN,
        toName: '东炬律师事务所',
        evidence: { passage: 2, start: 100, end: 120 },
      },
    ],
    passages,
    unresolved: [],
  };
}

/** The tricky report as a graph, plus one node of a label the schema does not know. */
export function makeTrickyGraph(): KgGraph {
  const graph = createGraph();
  addExtraction(graph, makeTrickyExtraction());
  graph.addNode('alien:1', { label: 'Alien', id: 'alien:1' });
  return graph;
}
