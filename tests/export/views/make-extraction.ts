// Small hand-made extractions for projection tests: a report of a town naming some practices and
// laws, each mention placed in one passage with real offsets.
import type { AdminRef, Extraction, ExtractedEntity } from '../../../src/types.js';

export interface TownReport {
  id: string;
  year: number;
  town: { code: string; name: string; parents: AdminRef[] };
  programs?: string[];
  laws?: string[];
}

function entities(prefix: 'program' | 'law', names: string[], text: string): ExtractedEntity[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    return { id: `${prefix}:${name}`, name, mentions: [{ surface: name, start, end: start + name.length, passage: 0, recognizer: 'test' }] };
  });
}

export function makeExtraction(r: TownReport): Extraction {
  const text = `${r.town.name}推进${[...(r.programs ?? []), ...(r.laws ?? [])].join('、')}。`;
  const province = r.town.parents.find((p) => p.level === 'province')?.name ?? null;
  return {
    report: `${r.id}.txt`,
    id: `report:${r.id}`,
    title: `${r.year}年${r.town.name}法治政府建设年度报告`,
    issuer: { name: r.town.name, level: 'township', code: r.town.code, kind: '镇', province, city: null, county: null, parents: r.town.parents },
    year: r.year,
    publishedAt: null,
    source: `${r.id}.txt`,
    sha256: r.id.padEnd(64, '0'),
    chars: text.length,
    entities: {
      Law: entities('law', r.laws ?? [], text),
      Program: entities('program', r.programs ?? [], text),
      Document: [], LawFirm: [], Institution: [], Organization: [], Platform: [], Person: [], Event: [], Indicator: [],
    },
    relations: [],
    passages: [{ index: 0, start: 0, end: text.length, section: '', role: 'achievement', text }],
    unresolved: [],
  };
}

export const HENAN: AdminRef = { code: '41', name: '河南省', level: 'province', kind: '省' };
export const GUANGDONG: AdminRef = { code: '44', name: '广东省', level: 'province', kind: '省' };
export const ZHONGSHAN: AdminRef = { code: '4420', name: '中山市', level: 'city', kind: '市' };
export const YANSHI: AdminRef = { code: '410381', name: '偃师区', level: 'county', kind: '区' };
