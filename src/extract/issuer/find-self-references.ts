// Finds the places where a report names its own unit without its name: 我镇, 本街道, 全区, 我县 …
// Another recognizer maps them to the issuer; findIssuer uses their kinds as evidence of the level.

import type { Span } from '../../types.js';

export interface SelfReference extends Span {
  surface: string;
  /** The unit word as written, folded to a kind: 镇, 乡, 街道, 区, 县, 市, 旗, 苏木. */
  kind: string;
  /** 我/本 point at the writer; 全 (全镇) speaks of its whole territory. */
  pronoun: '我' | '本' | '全';
}

// 全 after these characters is part of another word (安全区, 健全区级 …); 本 after these (基本, 成本, 日本 …).
const NOT_QUAN = '安完健齐周保成两';
const NOT_BEN = '基根成资版样日书剧文账课脚';

// Unit word, then what must not follow it for the pair to be a self-reference (本区域, 全市场, 全乡镇).
const UNIT = '(街道(?!办)|街(?![道头巷区])|苏木|镇(?![街区])|乡(?![镇村])|区(?![域县镇间别分块])|县(?![域区市])|市(?![场民县区级州])|旗)';

const SELF_REFERENCE = new RegExp(`(?<![${NOT_QUAN}])(全)${UNIT}|(?<![${NOT_BEN}])(本)${UNIT}|(我)${UNIT}`, 'g');

/**
 * Positions of self-references in `text` (offsets into `text`).
 * @example findSelfReferences('现将我镇2022年度…').map((r) => r.surface) → ['我镇']
 */
export function findSelfReferences(text: string): SelfReference[] {
  const out: SelfReference[] = [];
  for (const m of text.matchAll(SELF_REFERENCE)) {
    const pronoun = (m[1] ?? m[3] ?? m[5]) as SelfReference['pronoun'];
    const unit = m[2] ?? m[4] ?? m[6];
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, surface: m[0], kind: unit === '街' ? '街道' : unit, pronoun });
  }
  return out;
}
