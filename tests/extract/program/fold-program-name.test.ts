// Folding variants of a practice's name onto one canonical name: gazetteer names and aliases, generic
// tails, 新时代, and …制 / …制度 written both ways in one report.
import { describe, expect, it } from 'vitest';
import { MatchTrie } from '../../../src/extract/match-trie.js';
import { cleanProgramName, foldSystemSpellings, lookupProgram } from '../../../src/extract/program/fold-program-name.js';
import type { ProgramEntry } from '../../../src/ontology/types.js';

const entries: ProgramEntry[] = [
  { name: '谁执法谁普法', category: 'mechanism', aliases: [] },
  { name: '行政执法公示制度', category: 'mechanism', aliases: ['行政执法公示制'] },
  { name: '枫桥经验', category: 'practice', aliases: [] },
  { name: '最多跑一次', category: 'practice', aliases: [] },
  { name: '合法性审查', category: 'mechanism', aliases: ['合法性审查制度'] },
  { name: '以案释法制度', category: 'mechanism', aliases: [] },
  { name: '会前学法', category: 'mechanism', aliases: ['会前学法制度'] },
];
const trie = new MatchTrie<ProgramEntry>();
for (const e of entries) for (const n of [e.name, ...e.aliases]) trie.add(n, e);

describe('lookupProgram', () => {
  it.each([
    ['“谁执法谁普法”工作机制', '谁执法谁普法'],
    ['谁执法谁普法责任制', '谁执法谁普法'],
    ['行政执法公示制', '行政执法公示制度'],
    ['新时代“枫桥经验”', '枫桥经验'],
    ['最多跑一次改革', '最多跑一次'],
    ['合法性审查制度', '合法性审查'],
    ['以案释法', '以案释法制度'],
    // A listed practice held at the meeting a report names.
    ['局党组会议会前学法制度', '会前学法'],
    ['会会前学法制度', '会前学法'],
    ['镇长办公会会前学法制度', '会前学法'],
    // A listed practice that the unit's level word opens.
    ['乡以案释法制度', '以案释法制度'],
    ['街道合法性审查制度', '合法性审查'],
  ])('maps %s to the listed program %s', (variant, canonical) => {
    expect(lookupProgram(variant, trie)?.name).toBe(canonical);
  });

  it.each(['谁执法', '执法公示', '三色两级', '枫桥', '区领导接访日制度', '镇枫桥'])('finds no listed program for %s', (name) => {
    expect(lookupProgram(name, trie)).toBeNull();
  });
});

describe('cleanProgramName', () => {
  it('drops quotation marks, spaces and a leading 新时代', () => {
    expect(cleanProgramName('新时代“枫桥 经验”')).toBe('枫桥经验');
    expect(cleanProgramName('“三色两级”')).toBe('三色两级');
  });
});

describe('foldSystemSpellings', () => {
  it('renames …制 to …制度 only when the report writes both', () => {
    const renames = foldSystemSpellings(['行政执法过错责任追究制', '行政执法过错责任追究制度', '首问负责制', '一周一会商机制']);
    expect([...renames]).toEqual([['行政执法过错责任追究制', '行政执法过错责任追究制度']]);
  });
});
