// Folds the variants of a practice's name into one canonical name: quotation marks and 新时代 go, a
// generic tail (工作, 活动, 机制 …) goes when the core is a known program, …制 becomes …制度 when the
// report also writes …制度, and any name or alias of the gazetteer becomes its canonical name.
import type { MatchTrie } from '../match-trie.js';
import { unquote } from '../skeleton.js';
import type { ProgramEntry } from '../../ontology/types.js';

/** Tails that may follow a known program without changing what it names. Longest first. */
export const GENERIC_TAILS: readonly string[] = [
  '工作机制', '责任机制', '工作模式', '工作制度', '工作方法', '责任制', '普法责任制', '工作', '活动', '机制', '制度',
  '要求', '模式', '理念', '品牌', '改革', '经验',
];

const TAILS_LONGEST_FIRST = [...GENERIC_TAILS].sort((a, b) => b.length - a.length);

/** The name without quotation marks, spaces and a leading 新时代. */
export function cleanProgramName(name: string): string {
  return unquote(name).replace(/\s+/g, '').replace(/^新时代/, '');
}

/**
 * The gazetteer entry a discovered name stands for: the name itself, the name without a generic tail
 * (“谁执法谁普法”工作机制 → 谁执法谁普法), with …制度 for …制 or with 制度 added.
 * @example lookupProgram('行政执法公示制', trie)?.name === '行政执法公示制度' // when listed as an alias
 */
export function lookupProgram(name: string, programs: MatchTrie<ProgramEntry>): ProgramEntry | null {
  const n = cleanProgramName(name);
  const own = lookupWhole(n, programs);
  if (own) return own;
  // 局党组会议|会前学法制度, 镇长办公会|会前学法制度: a known practice held at a body's meeting is
  // that practice, whichever meeting the report names.
  for (let i = 1; i <= n.length - 4; i++) {
    if (n[i - 1] !== '会' && n.slice(i - 2, i) !== '会议') continue;
    const held = lookupWhole(n.slice(i), programs);
    if (held) return held;
  }
  // 乡|党委理论学习中心组学法制度, 乡|领导干部接访下访制度: a known practice that the unit's level
  // word opens is that practice (an unknown one keeps its level word: 区领导接访日制度).
  const level = LEADING_LEVEL.exec(n);
  if (level && n.length - level[0].length >= 4) return lookupWhole(n.slice(level[0].length), programs);
  return null;
}

/** A unit's level word at the start of a practice's name. */
const LEADING_LEVEL = /^(?:街道|苏木|[镇乡区县市旗])/;

/** lookupProgram for the name as it is (with its tail variants), no part of it cut off. */
function lookupWhole(n: string, programs: MatchTrie<ProgramEntry>): ProgramEntry | null {
  const direct = programs.get(n)?.[0];
  if (direct) return direct;
  for (const tail of TAILS_LONGEST_FIRST) {
    if (n.endsWith(tail) && n.length - tail.length >= 2) {
      const core = programs.get(n.slice(0, -tail.length))?.[0];
      if (core) return core;
    }
  }
  if (n.endsWith('制') && !n.endsWith('机制')) {
    const full = programs.get(`${n}度`)?.[0];
    if (full) return full;
  }
  return programs.get(`${n}制度`)?.[0] ?? null;
}

/**
 * Renames …制 to …制度 where the same report also writes the …制度 form, so the two spellings of one
 * system make one entity.
 */
export function foldSystemSpellings(names: readonly string[]): Map<string, string> {
  const present = new Set(names);
  const out = new Map<string, string>();
  for (const n of present) {
    if (n.endsWith('制') && !n.endsWith('机制') && present.has(`${n}度`)) out.set(n, `${n}度`);
  }
  return out;
}
