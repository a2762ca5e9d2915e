// Classifies a top-level section heading into the fixed parts of these reports, so users can ask
// "which towns plan X next year" (主要举措和成效 / 存在的不足 / 下一年度安排 / 第一责任人职责).
import type { SectionRole } from '../types.js';

const ROLE_CUES: [SectionRole, RegExp][] = [
  ['responsibility', /第一责任人|履行.{0,12}职责|责任落实情况/],
  ['shortcoming', /不足|问题|差距|短板|困难|薄弱/],
  ['plan', /安排|计划|打算|思路|下一步|下一年|明年|展望|努力方向|工作重点|谋划/],
  ['other', /其他|需要报告/],
  ['achievement', /举措|成效|成绩|做法|回顾|情况|开展|推进|完成|主要工作|落实/],
];

/** Role of a section from its heading text; 'other' when no cue matches. */
export function classifySection(heading: string): SectionRole {
  for (const [role, cue] of ROLE_CUES) if (cue.test(heading)) return role;
  return 'other';
}
