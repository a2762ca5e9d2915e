// A small hand-made graph for the Neo4j tests: three townships under two counties, laws, a practice,
// a law firm, a person, an indicator and nested documents — built through addExtraction, as the
// pipeline does. The `hostile` variant puts quotes, backslashes, newlines and braces in values.
import { addExtraction } from '../../../src/graph/add-extraction.js';
import { createGraph, type KgGraph } from '../../../src/graph/kg-graph.js';
import type { Extraction, ExtractedEntity, MentionRef } from '../../../src/types.js';
import { ENTITY_LABELS } from '../../../src/types.js';

/** Values that break naive string splicing in Cypher, CSV or JSON. */
export const HOSTILE = {
  documentTitle: `关于"依法治镇"的'实施'方案}) MATCH (n) DETACH DELETE n //`,
  passageText: `第一行，含逗号, 引号"和'单引号'\n第二行\\反斜杠\\n不是换行} {\r\n\t制表符 \u2028 分隔 😀 结束`,
  programAlias: `枫桥"经验\\`,
} as const;

function mention(passage: number, start: number, surface: string, recognizer = 'gazetteer'): MentionRef {
  return { passage, start, end: start + surface.length, surface, recognizer };
}

function emptyEntities(): Extraction['entities'] {
  return Object.fromEntries(ENTITY_LABELS.map((l) => [l, [] as ExtractedEntity[]])) as Extraction['entities'];
}

interface TownSpec {
  sha: string;
  town: string;
  code: string;
  kind: string;
  county: { code: string; name: string };
  year: number;
}

const TOWNS: TownSpec[] = [
  { sha: 'a1'.repeat(32), town: '练塘镇', code: '310118103', kind: '镇', county: { code: '310118', name: '青浦区' }, year: 2022 },
  { sha: 'b2'.repeat(32), town: '鲁山道街道', code: '120102007', kind: '街道', county: { code: '120102', name: '河东区' }, year: 2023 },
  { sha: 'c3'.repeat(32), town: '朱家角镇', code: '310118102', kind: '镇', county: { code: '310118', name: '青浦区' }, year: 2023 },
];

function makeExtraction(t: TownSpec, hostile: boolean): Extraction {
  const id = `report:${t.sha.slice(0, 16)}`;
  const provinceCode = t.code.slice(0, 2) + '0000';
  const provinceName = t.code.startsWith('31') ? '上海市' : '天津市';
  const passages = [
    { index: 0, start: 0, end: 40, section: '', role: 'preamble' as const, text: `${t.year}年，${t.town}深入学习贯彻《中华人民共和国行政处罚法》。` },
    {
      index: 1,
      start: 41,
      end: 120,
      section: '一/(一)',
      role: 'achievement' as const,
      text: hostile ? HOSTILE.passageText : `坚持和发展新时代“枫桥经验”，聘请东炬律师事务所为法律顾问单位，调解成功率达100%。`,
    },
  ];
  const entities = emptyEntities();
  entities.Law.push({
    id: 'law:行政处罚法',
    name: '行政处罚法',
    kind: 'national-law',
    aliases: ['中华人民共和国行政处罚法'],
    props: { fullName: '中华人民共和国行政处罚法' },
    mentions: [mention(0, 12, '《中华人民共和国行政处罚法》', 'titled-citations')],
  });
  entities.Program.push({
    id: 'program:枫桥经验',
    name: '枫桥经验',
    kind: 'practice',
    aliases: hostile ? ['新时代枫桥经验', HOSTILE.programAlias] : ['新时代枫桥经验'],
    mentions: [mention(1, 5, '新时代“枫桥经验”')],
  });
  entities.LawFirm.push({ id: 'lawfirm:东炬律师事务所', name: '东炬律师事务所', mentions: [mention(1, 20, '东炬律师事务所', 'law-firms')] });
  entities.Person.push({ id: `person:${t.code}:张兵`, name: '张兵', props: { scope: t.code }, mentions: [mention(1, 30, '张兵', 'people')] });
  entities.Indicator.push({
    id: 'indicator:调解成功率',
    name: '调解成功率',
    props: { unit: '%' },
    mentions: [{ ...mention(1, 40, '调解成功率达100%', 'indicators'), value: 100, unit: '%' }],
  });
  const outer = hostile ? HOSTILE.documentTitle : '关于贯彻落实〈法治政府建设实施纲要〉任务分工清单的通知';
  entities.Document.push(
    { id: `document:${outer}`, name: outer, props: { docNumber: '开州府办发〔2023〕44号', docNumberRaw: '开州府办发〔202344号', resolved: true }, mentions: [mention(0, 2, `《${outer}》`, 'titled-citations')] },
    { id: 'document:法治政府建设实施纲要', name: '法治政府建设实施纲要', mentions: [mention(0, 3, '〈法治政府建设实施纲要〉', 'titled-citations')] },
  );
  return {
    report: `${t.town}.txt`,
    id,
    title: `${t.year}年度${t.town}法治政府建设年度报告`,
    issuer: {
      name: t.town,
      level: 'township',
      code: t.code,
      kind: t.kind,
      province: provinceName,
      city: provinceName,
      county: t.county.name,
      parents: [
        { code: provinceCode, name: provinceName, level: 'province', kind: '市' },
        { code: t.county.code, name: t.county.name, level: 'county', kind: '区' },
      ],
    },
    year: t.year,
    publishedAt: `${t.year + 1}-01-23`,
    source: `data/${t.town}.txt`,
    sha256: t.sha,
    chars: 1200,
    entities,
    relations: [
      { type: 'RETAINS_COUNSEL', from: `admin:${t.code}`, to: 'lawfirm:东炬律师事务所', fromName: t.town, toName: '东炬律师事务所', evidence: { passage: 1, start: 20, end: 27 } },
      { type: 'HOLDS_POSITION', from: `person:${t.code}:张兵`, to: `admin:${t.code}`, fromName: '张兵', toName: t.town, props: { title: '镇党委书记' }, evidence: { passage: 1, start: 30, end: 32 } },
      { type: 'REFERENCES', from: `document:${outer}`, to: 'document:法治政府建设实施纲要', fromName: outer, toName: '法治政府建设实施纲要', evidence: { passage: 0, start: 2, end: 30 } },
    ],
    passages,
    unresolved: [],
  };
}

export interface FixtureOptions {
  /** How many of the three reports to add (default 2). */
  reports?: number;
  hostile?: boolean;
}

/** Builds the fixture graph. */
export function buildFixtureGraph(options: FixtureOptions = {}): KgGraph {
  const graph = createGraph();
  for (const t of TOWNS.slice(0, options.reports ?? 2)) addExtraction(graph, makeExtraction(t, options.hostile ?? false));
  return graph;
}
