// Indicators: the figures a report gives, each with its subject — a cue of the indicator gazetteer
// in the same clause (受理矛盾纠纷294件 → 矛盾纠纷受理数, 出庭应诉率100% → 行政机关负责人出庭应诉率),
// or else the words before the figure (全镇网格走访5.5万次 → 网格走访) or the noun after it
// (覆盖1340名党员 → 覆盖党员). The value is a number (5.5万 → 55000, 980余万元 → 9800000 元).
import type { IndicatorEntry } from '../../ontology/types.js';
import { createLazyTokens, loadSegmenter, type LazyTokens, type Token } from '../../text/segment.js';
import type { Mention, Passage } from '../../types.js';
import type { MatchTrie } from '../match-trie.js';
import type { Recognizer, RecognizerContext } from '../types.js';
import { makePassageMention } from '../make-passage-mention.js';
import { findTableFigures, type TableFigure } from './figure-tables.js';

export const INDICATORS = 'indicators';

/** Units of counted things and amounts, longest first where they nest (人次 over 人, 万元 over 元). */
const UNITS = [
  '%', '‰', '个百分点', '人次', '户次', '家次', '批次', '件次', '场次', '宗次', '余次', '个学时', '学时', '课时', '万元', '亿元', '元',
  '件', '次', '场', '期', '份', '户', '家', '项', '条', '名', '人', '宗', '起', '批', '篇', '个', '所', '套', '册', '处', '台', '辆',
  '平方米', '公里', '亩', '小时',
];
// A number, an approximation word, a magnitude and a unit: 5.5万次, 980余万元, 2400余份, 100%.
const FIGURE = new RegExp(
  `(\\d+(?:\\.\\d+)?)\\s*(余|多)?\\s*(万|亿|千)?\\s*(余|多)?\\s*(${UNITS.map((u) => u.replace(/[%‰]/g, '\\$&')).join('|')})`,
  'g',
);
const MAGNITUDE: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 };
/** A figure followed by these is a threshold or a time, not a reported figure (10万元以上, 24小时值守). */
const NOT_A_FIGURE_AFTER = /^(?:以上|以下|以内|左右之内|之内|轮班|值守|内|前|后|制|学习)/;
/** A figure preceded by these is part of a code, a date or an ordinal (ZH10-03, 第3次, 〔2023〕). */
const NOT_A_FIGURE_BEFORE = /(?:[A-Za-z\-–〔[(第每近]|前|后)$/;
/** Words between a subject and its figure: 共, 累计, 达, 为 … */
const FILLER_END = /(?:共计|总计|合计|累计|共有|共|计|高达|达到|达|突破|均为|均|分别为|分别|为|是|约|近|不少于|不低于|不超过|超过|超|逾|了|已|有|的)+$/;
/** Words that open a clause without belonging to its subject: 一年来, 其中, 全年, 全镇 … */
const LEAD = /^(?:\d{4}年度?|\d{1,2}月(?:份)?以来|\d{1,2}月|超过|超|近|约|逾|[内里在对共于由]|一年来|今年以来|今年|全年|年度|其中|同时|此外|目前|截至目前|截至|累计|共计|共|并|且|及|和|全镇|全街|全街道|全区|全县|全乡|本镇|本街道|我镇|我街道|我街|本镇|涉及|通过|以|在|对|将)+/;
const CLAUSE_BREAKS = ',，。;；:：!！?？\n()（）“”';
/** The code units of CLAUSE_BREAKS, compared at every step of the walks back from a figure (no regex, no one-character strings). */
const CLAUSE_BREAK_CODES = new Set([...CLAUSE_BREAKS].map((c) => c.charCodeAt(0)));
const isClauseBreak = (text: string, i: number): boolean => CLAUSE_BREAK_CODES.has(text.charCodeAt(i));
const MAX_SUBJECT = 12;
/** Longest distance between a cue and its figure. */
const MAX_CUE_GAP = 24;

export interface Figure {
  start: number;
  end: number;
  value: number;
  unit: string;
  raw: string;
}

/**
 * The figures of a text: number, approximation, magnitude, unit.
 * @example readFigures('全镇网格走访5.5万次')[0] → { value: 55000, unit: '次', raw: '5.5万次', … }
 */
export function readFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (NOT_A_FIGURE_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (/[\d.]/.test(text[start - 1] ?? '') || NOT_A_FIGURE_AFTER.test(text.slice(end, end + 4))) continue;
    // A year, a date or a serial number (2023年, 3月, 44号) is no figure: the unit list has none of them.
    let value = Number(m[1]) * (m[3] ? MAGNITUDE[m[3]] : 1);
    let unit = m[5];
    if (unit === '万元' || unit === '亿元') {
      value *= unit === '万元' ? 1e4 : 1e8;
      unit = '元';
    }
    if (unit === '余次') unit = '次';
    if (!Number.isFinite(value)) continue;
    value = Math.round(value * 1e6) / 1e6;
    out.push({ start, end, value, unit, raw: m[0] });
  }
  return out;
}

function clauseStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) if (isClauseBreak(text, i) || text.charCodeAt(i) === 0x3001 /* 、 */) return i + 1;
  return floor;
}

interface Subject {
  name: string;
  start: number;
  end: number;
  rule: string;
  unit?: string;
}

/** The rightmost cue of the clause before a figure, when no other figure lies between. */
function findCue(text: string, f: Figure, floor: number, cues: MatchTrie<IndicatorEntry>): Subject | null {
  let from = f.start;
  for (let i = f.start - 1; i >= Math.max(floor, f.start - MAX_CUE_GAP); i--) {
    if (isClauseBreak(text, i)) break;
    from = i;
  }
  const window = text.slice(from, f.start);
  let best: Subject | null = null;
  for (const m of cues.findAll(window)) {
    const entry = m.values[0];
    const gap = window.slice(m.end).replace(FILLER_END, '');
    if (/\d/.test(gap) || !fitsCue(entry, f, gap)) continue;
    best = { name: entry.name, start: from + m.start, end: f.end, rule: `cue:${m.key}`, unit: entry.unit };
  }
  return best;
}

const isRate = (unit: string) => unit === '%' || unit === '‰' || unit === '个百分点';
const CHANGE = /(?:同比|环比)?(?:下降|增长|减少|提高|上升|降低|增加)$/;

/**
 * Whether a cue names the figure after it: a rate takes a percentage; with words between them
 * (法律援助|讲座6场) the unit must be the indicator's own, unless the words say how it changed
 * (三公经费…支出同比下降57.80%).
 */
function fitsCue(entry: IndicatorEntry, f: Figure, gap: string): boolean {
  if (isRate(entry.unit) !== isRate(f.unit)) return false;
  if (gap.length === 0) return true;
  if (CHANGE.test(gap)) return true;
  return gap.length <= 4 && sameUnit(entry.unit, f.unit);
}

/** Units that count the same things: cases and disputes are counted in 件, 宗 (Guangdong's usage) or 起. */
const CASE_UNITS = new Set(['件', '宗', '起']);
const sameUnit = (a: string, b: string) => a === b || (CASE_UNITS.has(a) && CASE_UNITS.has(b));

/** 等 closing a list (超达食品有限公司等规上企业): what follows it is what is counted; not 平等, 等级. */
const LIST_END = /(?<![平高中初同相对均])等(?![级次同待候])(?=[\u4e00-\u9fa5]{2})/g;

function trimSubject(s: string): string {
  let t = s.replace(FILLER_END, '');
  t = t.replace(LEAD, '');
  const of = t.lastIndexOf('的');
  if (of >= 0 && of < t.length - 1) t = t.slice(of + 1);
  let etc = -1;
  for (const m of t.matchAll(LIST_END)) etc = m.index;
  if (etc >= 0) t = t.slice(etc + 1);
  return t.replace(FILLER_END, '');
}

/** The nearest token ending at or before `end` (back over adjacent tokens to `floor`) that `test` accepts. */
function findBefore(tk: LazyTokens, end: number, floor: number, test: (t: Token) => boolean): Token | undefined {
  for (let t = tk.endingAt(end); t && t.start >= floor; t = tk.previous(t)) if (test(t)) return t;
  return undefined;
}

/** The earliest of the tokens read back from the one ending at `end` that still start at or after `floor`. */
function firstBefore(tk: LazyTokens, end: number, floor: number): Token | undefined {
  let first: Token | undefined;
  for (let t = tk.endingAt(end); t && t.start >= floor; t = tk.previous(t)) first = t;
  return first;
}

/** Words of how many of the things counted (13个街道全部建成): not a second noun of the thing. */
const WHOLE_OR_PART = /^(?:全部|全体|所有|部分|大部分|大多数|多数|少数|一半|均)$/;

/** Verbs of reaching or having a number, not of doing what is counted (建成, 审查 are kept). */
const LIGHT_VERB = /^(?:实现|达到|达|涉及|包括|包含|共有|拥有|有|占|计)$/;

/** The subject from the words around a figure with no cue. */
function findSubject(text: string, f: Figure, floor: number): Subject | null {
  const cs = clauseStart(text, f.start, Math.max(floor, f.start - 30));
  // Only the clause and a few characters after the figure are segmented, not the whole passage,
  // and of these only the jieba blocks that a lookup reaches.
  let toks: LazyTokens | null = null;
  const tokens = () => (toks ??= createLazyTokens(text.slice(cs, Math.min(text.length, f.end + 10)), cs));
  const before = text.slice(cs, f.start);
  // 法律六进活动20项60余次: a second figure right after the first counts the same thing.
  if (before.length === 0 && cs === floor) return null;
  // A noun right after the unit is what is counted (1340名党员, 272次特色活动).
  const quoted = /^[“"]([\u4e00-\u9fa5]{2,8})[”"]/.exec(text.slice(f.end, f.end + 12));
  const isNoun = (t: Token | undefined) => !!t && /^n/.test(t.tag ?? '') && !/^(?:nr|ns)/.test(t.tag ?? '');
  let noun: { word: string; start: number; end: number } | null = null;
  if (quoted) noun = { word: quoted[1], start: f.end, end: f.end + quoted[0].length };
  else {
    const first = tokens().startingAt(f.end);
    // A verb or verbal noun that a noun follows opens the thing counted too (1200份宣传资料,
    // 5次执法培训).
    const opensNoun = (t: Token) => {
      const next = tokens().next(t);
      return /^v/.test(t.tag ?? '') && !!next && next.start === t.end && (isNoun(next) || next.tag === 'vn');
    };
    if (first && (isNoun(first) || opensNoun(first))) {
      // Two nouns in a row are one thing counted (4份规范性文件), and so are a noun and a verbal
      // noun (3次专项检查, 8场法治宣传); not a noun and a verb (58名公务员参加: 公务员 are counted).
      const next = tokens().next(first);
      const adjacent = next && next.start === first.end && next.end - f.end <= 6 ? next : null;
      const second = adjacent && (isNoun(adjacent) || adjacent.tag === 'vn') && !WHOLE_OR_PART.test(adjacent.word) ? adjacent : null;
      noun = second ? { word: first.word + second.word, start: f.end, end: second.end } : first;
    }
  }
  if (noun) {
    const found = findBefore(tokens(), f.start, cs, (t) => /^v/.test(t.tag ?? ''));
    // A verb that only says the count is reached names nothing (实现全镇18个行政村…全覆盖 counts 行政村).
    const verb = found && !LIGHT_VERB.test(found.word) ? found : undefined;
    const name = (verb ? verb.word : '') + noun.word;
    return { name, start: verb && f.start - verb.end <= 4 ? verb.start : f.start, end: noun.end, rule: verb ? 'verb-noun' : 'noun-after' };
  }
  let subject = trimSubject(before);
  if (subject.length > MAX_SUBJECT) {
    // Keep the last words, cut where the segmenter cuts.
    const at = before.lastIndexOf(subject) + subject.length - MAX_SUBJECT;
    let cut = firstBefore(tokens(), f.start, cs + at);
    // A word of one character first is most often the end of a word the cut split (党委|会): the
    // subject starts after it.
    while (cut && cut.word.length === 1) {
      const next = tokens().next(cut);
      if (!next || next.start >= f.start) break;
      cut = next;
    }
    subject = cut ? trimSubject(text.slice(cut.start, f.start)) : subject.slice(-MAX_SUBJECT);
  }
  if (subject.length < 2 || /^[\d\s]+$/.test(subject)) return null;
  const start = cs + before.lastIndexOf(subject);
  return { name: subject, start: start >= cs ? start : f.start, end: f.end, rule: 'words-before' };
}

/**
 * Indicator mentions of one passage's text (offsets into that text).
 * @example findIndicators('受理矛盾纠纷294件', cues)[0] → { name: '矛盾纠纷受理数', value: 294, unit: '件' }
 */
export function findIndicators(text: string, cues: MatchTrie<IndicatorEntry>): (Subject & { figure: Figure })[] {
  const figures = readFigures(text);
  if (figures.length === 0) return [];
  const out: (Subject & { figure: Figure })[] = [];
  let floor = 0;
  let previous: Subject | null = null;
  for (const f of figures) {
    let subject = findCue(text, f, floor, cues) ?? findSubject(text, f, floor);
    const prev = previous as Subject | null;
    if (!subject && prev && f.start === floor) subject = { ...prev, start: f.start, end: f.end, rule: `${prev.rule}:again` };
    floor = f.end;
    previous = subject;
    if (subject) out.push({ name: subject.name, start: subject.start, end: subject.end, rule: subject.rule, unit: subject.unit, figure: f });
  }
  return out;
}

function toMention(s: Subject & { figure: Figure }, p: Passage): Mention {
  const start = Math.min(s.start, s.figure.start);
  const end = Math.max(s.end, s.figure.end);
  return makePassageMention(p, { start, end }, {
    label: 'Indicator',
    name: s.name,
    recognizer: INDICATORS,
    reason: s.rule,
    attrs: { value: s.figure.value, unit: s.figure.unit },
  });
}

/**
 * The indicator of a table row's label: the longest cue in it that takes the figure's kind (a rate
 * or a count), else the label itself; the unit is the figure's, else the cue's.
 */
function tableMention(t: TableFigure, p: Passage, cues: MatchTrie<IndicatorEntry>): Mention | null {
  let cue: IndicatorEntry | null = null;
  let length = 0;
  for (const m of cues.findAll(t.label)) {
    const entry = m.values[0];
    if (m.end - m.start <= length || (t.unit !== null && isRate(entry.unit) !== isRate(t.unit))) continue;
    cue = entry;
    length = m.end - m.start;
  }
  const unit = t.unit ?? cue?.unit ?? null;
  if (unit === null || (cue === null && (t.label.length < 2 || t.label.length > MAX_SUBJECT + 4))) return null;
  return makePassageMention(p, { start: t.labelStart, end: t.end }, {
    label: 'Indicator',
    name: cue ? cue.name : t.label,
    recognizer: INDICATORS,
    reason: cue ? 'table:cue' : 'table:label',
    attrs: { value: t.value, unit },
  });
}

export const indicatorRecognizer: Recognizer = {
  name: INDICATORS,
  labels: ['Indicator'],
  recognize(ctx: RecognizerContext) {
    loadSegmenter(ctx.ontology);
    const mentions: Mention[] = [];
    const passages = ctx.text.passages;
    const tables = findTableFigures(passages.map((p) => p.text), ctx.year);
    for (let i = 0; i < passages.length; i++) {
      const p = passages[i];
      // A table row gives the figure of the report's year, not the first of its columns.
      const row = tables.get(i);
      if (row) {
        const m = tableMention(row, p, ctx.gazetteers.indicators);
        if (m) mentions.push(m);
        continue;
      }
      // Headings too: a short numbered line may be all of a paragraph ((一)全镇共受理行政复议案件12件,…).
      if (!/\d/.test(p.text)) continue;
      for (const s of findIndicators(p.text, ctx.gazetteers.indicators)) mentions.push(toMention(s, p));
    }
    return { mentions };
  },
};
