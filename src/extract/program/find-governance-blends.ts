// The practice of governing by several means at once, written out as a list of its means: 自治、
// 法治、德治相结合, 法治与自治德治相融合, 政治引领、自治为基、法治为本、德治为先、智治为撑的“五治”
// 融合 — named by how many there are: 三治融合 (自治, 法治, 德治), 四治融合, 五治融合. The
// gazetteer knows the usual spellings; this reads any order and any joining words.
import type { ProgramCandidate } from './types.js';

/** The means of governance (治理方式) that the blends list. */
const MEANS = '政治|自治|法治|德治|智治';
/** A role word a mean may carry in the longer form (政治引领, 自治为基, 法治为本 …). */
const ROLE = '引领|强基|为基|为本|为先|为撑|为要|为重|保障|支撑|赋能|教化|护航';
/**
 * Three to five means, each with an optional role, joined by 、, 与, 和, 及 or nothing, then within a
 * few characters 结合 or 融合 (相结合, 的“五治”融合).
 */
const BLEND = new RegExp(
  `(?:${MEANS})(?:${ROLE})?(?:[、与和及]?(?:${MEANS})(?:${ROLE})?){2,4}(?:相|有机|深度|的)?[“"]?(?:[三四五]治)?[”"]?(?:融合|结合)`,
  'g',
);
const MEAN = new RegExp(MEANS, 'g');

/** The three means that 三治融合 names. */
const THREE = ['自治', '法治', '德治'];
const BY_COUNT: Record<number, string> = { 4: '四治融合', 5: '五治融合' };

/**
 * Blends of means of governance in a passage's text (offsets into it).
 * @example findGovernanceBlends('推动法治与自治德治相融合')[0].name === '三治融合'
 */
export function findGovernanceBlends(text: string): ProgramCandidate[] {
  if (!/[融结]合/.test(text)) return [];
  const out: ProgramCandidate[] = [];
  for (const m of text.matchAll(BLEND)) {
    const means = new Set(m[0].match(MEAN) ?? []);
    const name = means.size === 3 ? (THREE.every((w) => means.has(w)) ? '三治融合' : null) : (BY_COUNT[means.size] ?? null);
    if (!name) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, name, category: 'practice', rule: `blend:${means.size}` });
  }
  return out;
}
