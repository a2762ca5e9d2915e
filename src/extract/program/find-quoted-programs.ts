// Decides which quoted terms of a passage name a practice (“三色两级”, “大调解”机制, 推行“首违不罚”)
// and which are figures of speech or slogans (举好“指挥棒”, “看得见法治元素”), from the form of the
// term and its context: a numbered form, a suffix after it, a verb that introduces a practice.
import type { ProgramCategory } from '../../ontology/types.js';
import type { DropReason } from '../../types.js';
import {
  AFTER_QUOTE_SUFFIXES,
  AVOID_VERBS,
  COUNTERS,
  CUE_VERBS,
  FACILITY_ENDINGS,
  FIGURATIVE_VERBS,
  GOAL_VERBS,
  INNER_SUFFIXES,
  MEASURE_CHARS,
  NON_PROGRAM_AFTER,
  NUMERAL_CHARS,
  STRONG_AFTER_SUFFIXES,
} from './program-vocabulary.js';
import { groupQuotedTerms, scanQuotedTerms, type QuotedGroup, type QuotedTerm } from './scan-quoted-terms.js';
import { clauseBefore, cjkRunAfter, indexWords, isCjk, lastOccurring, longestPrefix, longestSuffix } from './text-windows.js';
import type { ProgramCandidate, ProgramFindings, ProgramWordLists, RejectedCandidate } from './types.js';

export interface QuotedProgramOptions {
  /** Longer quoted texts are quotations or slogans. */
  maxLength: number;
  /** How far back a cue verb is looked for (within the clause). */
  cueWindow: number;
  /** Record rejected terms with reasons (for tests and `kg discover`); off in bulk runs. */
  collectRejected?: boolean;
}

export const DEFAULT_QUOTED_PROGRAM: QuotedProgramOptions = { maxLength: 12, cueWindow: 10 };

/** Last words of a quoted name of a platform or account (“两个平台”, “法润XX”公众号 is caught after). */
const INNER_NON_PROGRAM = ['平台', '公众号', '小程序', 'APP', 'App', '热线', '系统', '网站', '专栏', '法网', '服务网'];
const SENTENCE_PUNCTUATION = /[,，。;；:：!！?？、…]/;
const ALNUM_TERM = /^[0-9A-Za-z+\-]+$/;
/** Two to four parallel phrases of two to six characters, joined by 、 (网格吹哨、部门报到). */
export const PARALLEL_MOTTO = /^[\u4e00-\u9fa5]{2,6}(?:、[\u4e00-\u9fa5]{2,6}){1,3}$/;
/** A date written as a name (“12·4”, “3·15”, “6.26”). */
const DATE_TERM = /^\d{1,2}[·.\-]\d{1,2}$/;
/** A holiday in quotes (每逢春节、“五一”、国庆): it dates the work, it is no practice. */
const HOLIDAY = /^(?:五一|十一|七一|八一|六一|三八|五四|国庆|春节|元旦|端午|中秋|清明|元宵|重阳|双节|两节)$/;
/**
 * A campaign against what the quotes name (打击“黑导游”“黑竹筏”专项行动, 整治“三无”船舶专项行动):
 * the verb, the quoted objects and the campaign word are one name; the objects are no practices.
 */
const AGAINST_VERB = /(?:严厉打击|打击整治|打击|整治|治理|查处|清理|清查|取缔)$/;
const CAMPAIGN_WORD = /^(?:专项行动|专项整治|专项治理|集中整治|整治行动|专项斗争|百日行动)$/;
/** A numbered method: 网格工作八法, 工作三法, 五步工作法. */
const NUMBERED_METHOD = /^[\u4e00-\u9fff]{0,4}?(工作)?[一二三四五六七八九十]+(步|字)?(工作)?法/;
const STRONG_LIST = [...STRONG_AFTER_SUFFIXES];
const CUE_INDEX = indexWords(CUE_VERBS);
const FIGURATIVE_INDEX = indexWords(FIGURATIVE_VERBS);
const GOAL_INDEX = indexWords(GOAL_VERBS);
const AVOID_INDEX = indexWords(AVOID_VERBS);
const COUNTED = new RegExp(`^\\d+余?[${[...COUNTERS].join('')}]`);
/** What lies between two items of one list: a few characters of the first (进企业), then 、. */
const LIST_CONTINUATION = /^[\u4e00-\u9fa5]{0,6}、$/;
/** Characters after a suffix that show the noun phrase ends there. */
const PHRASE_END = new Set([...'的等和与及、并为中上后时,，。;；:：!！?？()（）“”《 \n']);

interface Context {
  before: string;
  /** CJK run right after the group. */
  run: string;
  /** Text right after the group (any characters, short). */
  after: string;
  figurative: boolean;
  goal: boolean;
  /** The nearest verb before says the quoted terms are to be avoided (防止层层加码和“一刀切”). */
  avoided: boolean;
  cue: boolean;
  transition: boolean;
  /** A suffix after the group that shows its terms name practices. */
  suffix: { word: string; strong: boolean; modifier: string; end: number } | null;
  nonProgram: string | null;
}

/** Finds the quoted terms of `text` that name a practice, with a reason for every rejection. */
export function findQuotedPrograms(text: string, words: ProgramWordLists, options: QuotedProgramOptions = DEFAULT_QUOTED_PROGRAM): ProgramFindings {
  const accepted: ProgramCandidate[] = [];
  const rejected: RejectedCandidate[] | null = options.collectRejected === false ? null : [];
  // The end of the last group a cue verb introduced: the items listed after it share its verb
  // (推进“法治体检”进企业、“法律服务进社区”).
  let cuedEnd = -1;
  for (const group of groupQuotedTerms(text, scanQuotedTerms(text))) {
    const ctx = readContext(text, group, options);
    if (!ctx.cue && !ctx.figurative && cuedEnd >= 0 && LIST_CONTINUATION.test(text.slice(cuedEnd, group.start))) {
      ctx.cue = true;
      ctx.goal = false;
    }
    cuedEnd = ctx.cue && !ctx.figurative && !ctx.goal ? group.end : -1;
    // “妈妈式”和“店小二”服务: a conjunction makes the noun after the group shared by all its terms.
    const joined = group.terms.every((t, k) => k === 0 || /^(、|和|与|及|以及|或)$/.test(text.slice(group.terms[k - 1].end, t.start)));
    const anyAdjectival = group.terms.some((t) => t.inner.endsWith('式'));
    group.terms.forEach((term, k) => {
      const adjectival = term.inner.endsWith('式') || (anyAdjectival && joined);
      const verdict = classifyTerm(text, group, k, term, ctx, adjectival, words, options);
      if ('reason' in verdict) rejected?.push({ start: term.start, end: term.end, surface: text.slice(term.start, term.end), reason: verdict.reason, detail: verdict.detail });
      else accepted.push(verdict);
    });
  }
  return { accepted, rejected: rejected ?? [] };
}

function readContext(text: string, group: QuotedGroup, options: QuotedProgramOptions): Context {
  const before = clauseBefore(text, group.start, options.cueWindow);
  const after = text.slice(group.end, group.end + 16);
  const run = cjkRunAfter(text, group.end, 14);
  const fig = lastOccurring(before, FIGURATIVE_INDEX);
  const cue = lastOccurring(before, CUE_INDEX);
  const goal = lastOccurring(before, GOAL_INDEX);
  const avoid = lastOccurring(before, AVOID_INDEX);
  // The verb nearest to the quote decides (落实…实现“X” is a goal, 实现…推行“X” a practice).
  const endOf = (m: { word: string; at: number } | null) => (m ? m.at + m.word.length : -1);
  const transition = /[从由向]$/.test(before) || /^[向到]“/.test(after);
  return {
    before,
    run,
    after,
    figurative: fig !== null && endOf(fig) >= endOf(cue),
    goal: goal !== null && endOf(goal) > endOf(cue),
    avoided: avoid !== null && endOf(avoid) > endOf(cue),
    cue: cue !== null,
    transition,
    suffix: readSuffix(text, group.end, run),
    nonProgram: readNonProgram(run),
  };
}

/** A practice suffix after the group: “X”机制, “X”双向评价机制, “X”等监督模式 (modifier ≤ 4 chars). */
function readSuffix(text: string, at: number, run: string): Context['suffix'] {
  const lead = run.startsWith('等') ? 1 : 0;
  for (let m = 0; m <= 4 && lead + m < run.length; m++) {
    const rest = run.slice(lead + m);
    const word = longestPrefix(rest, AFTER_QUOTE_SUFFIXES);
    if (!word) continue;
    const end = at + lead + m + word.length;
    // The suffix must close the phrase (“法润乡风”乡村振兴法律服务工作站 is a station's name).
    const next = text[end];
    const closes = next === undefined || PHRASE_END.has(next) || !isCjk(next) || m === 0;
    if (!closes) continue;
    return { word, strong: STRONG_AFTER_SUFFIXES.has(word), modifier: run.slice(lead, lead + m), end };
  }
  return null;
}

/** A platform, account, venue or role noun right after the group (“企呼我应”平台, “智囊”作用). */
function readNonProgram(run: string): string | null {
  for (let m = 0; m <= 4 && m < run.length; m++) {
    const word = longestPrefix(run.slice(m), NON_PROGRAM_AFTER);
    if (!word) continue;
    // “X”机制平台 is still a practice: a practice suffix comes first.
    return m > 0 && longestSuffix(run.slice(0, m), STRONG_LIST) !== null ? null : word;
  }
  return null;
}

function isNumbered(inner: string): boolean {
  if (/^\d/.test(inner)) return true;
  if (NUMERAL_CHARS.has(inner[0])) return !MEASURE_CHARS.has(inner[1] ?? '');
  // 最多跑一次, 法律六进: a numeral that closes the name counts too.
  return /(一次|[一二三四五六七八九十]进)$/.test(inner);
}

function isCountPhrase(inner: string): boolean {
  return NUMERAL_CHARS.has(inner[0]) && MEASURE_CHARS.has(inner[1] ?? '') && inner.length >= 3;
}

type Verdict = ProgramCandidate | { reason: DropReason; detail: string };

function classifyTerm(
  text: string,
  group: QuotedGroup,
  k: number,
  term: QuotedTerm,
  ctx: Context,
  adjectival: boolean,
  words: ProgramWordLists,
  options: QuotedProgramOptions,
): Verdict {
  const inner = term.inner.replace(/\s+/g, '').replace(/^新时代/, '');
  const reject = (reason: DropReason, detail: string): Verdict => ({ reason, detail });
  if (inner.length === 0) return reject('too-short', 'empty quotation');
  if (words.figuresOfSpeech.has(inner)) return reject('figure-of-speech', 'listed figure of speech');
  // “网格吹哨、部门报到”, “一窗受理、集成服务”: parallel phrases after a verb that introduces a
  // practice, or before a practice's noun, are its name (the practice is the whole motto).
  // Not one that qualifies what follows it (形成了“问责一个、警醒一片”的警示效果).
  // Nor places a campaign goes to (“法律进村组、进学校、进家庭”), each opened by the same verb.
  const motto =
    PARALLEL_MOTTO.test(inner) &&
    !ctx.after.startsWith('的') &&
    !/^[^、]*(进|送|到|入)[^、]+(?:、\1[^、]+)+$/.test(inner) &&
    ((ctx.cue && !ctx.figurative && !ctx.goal) || (ctx.suffix?.strong ?? false));
  if (SENTENCE_PUNCTUATION.test(inner) && !motto) return reject('not-a-name', 'quoted sentence or list');
  if (inner.length > options.maxLength) return reject('too-long', `longer than ${options.maxLength} characters`);
  if (inner.length === 1) return reject('too-short', 'single character');
  if (/得/.test(inner)) return reject('not-a-name', 'slogan (potential complement V得V)');
  if (DATE_TERM.test(inner)) return reject('not-a-name', 'a date (“12·4”)');
  if (HOLIDAY.test(inner) && !ctx.suffix?.strong) return reject('not-a-name', 'a holiday (“五一”)');
  const against = ctx.suffix && CAMPAIGN_WORD.test(ctx.suffix.word) ? AGAINST_VERB.exec(ctx.before) : null;
  if (against) {
    if (k > 0) return reject('not-a-name', 'object of a campaign named with it');
    const from = group.start - against[0].length;
    return make(from, ctx.suffix!.end, text.slice(from, ctx.suffix!.end), 'campaign', 'quoted:campaign-against');
  }
  // “两个平台”, “四个之区” count things; “两个规定” after 落实 names a rule set.
  if (isCountPhrase(inner) && !(ctx.cue && !ctx.figurative && !ctx.goal) && !ctx.suffix?.strong) {
    return reject('not-a-name', 'count phrase (numeral + measure word) without a cue');
  }
  if (ctx.transition) return reject('not-a-name', 'from-to slogan (从“A”向“B”)');
  const last = k === group.terms.length - 1;
  const suffix = ctx.suffix;

  // “631”体系, “126X”四级服务矩阵: a code is a name only with the noun that follows it.
  if (ALNUM_TERM.test(inner)) {
    if (!last || !suffix || ctx.nonProgram) return reject('not-a-name', 'code without a practice noun');
    return make(term.start, suffix.end, inner + text.slice(term.end, suffix.end), 'brand', 'quoted:code+noun');
  }
  // “妈妈式”和“店小二”服务, “一站式”预约服务指导机制: an adjective takes the noun that follows.
  if (adjectival) {
    const tail = longestNounWithSuffix(ctx.run);
    if (!tail) return reject('not-a-name', 'adjectival term without a noun');
    const name = inner + tail;
    if (words.notPrograms.has(name)) return reject('stopword', 'listed as not a program');
    return make(term.start, last ? group.end + tail.length : term.end, name, 'practice', 'quoted:adjectival+noun');
  }
  if (ctx.nonProgram && !(suffix && suffix.strong)) return reject('not-a-name', `part of a ${ctx.nonProgram} name or role`);
  const ownNoun = longestSuffix(inner, INNER_NON_PROGRAM);
  // “12348内蒙古法网”: a service number opens a platform's name, not a numbered practice's.
  if (ownNoun && (!isNumbered(inner) || /^\d{5,6}/.test(inner))) return reject('not-a-name', `names a ${ownNoun}, not a practice`);
  if (words.notPrograms.has(inner)) return reject('stopword', 'listed as not a program');
  if (motto) return make(term.start, term.end, inner, 'practice', 'quoted:parallel-motto');

  const numbered = isNumbered(inner);
  const innerSuffix = inner.length >= 4 ? longestSuffix(inner, INNER_SUFFIXES) : null;
  const strongSuffix = suffix?.strong ?? false;
  const facility = inner.length <= 6 && longestSuffix(inner, FACILITY_ENDINGS) !== null && /^(全覆盖|建设|品牌|阵地)/.test(ctx.after);
  const counted = inner.length >= 4 && COUNTED.test(ctx.after);

  if (ctx.figurative && !innerSuffix && !strongSuffix) return reject('figure-of-speech', 'object of a figurative verb');
  if (ctx.goal && !strongSuffix && !innerSuffix) return reject('not-a-name', 'goal after 实现/做到');
  if (ctx.avoided && !strongSuffix) return reject('not-a-name', 'a fault to avoid, after 防止/杜绝');

  // 开展习近平法治思想“八进”活动: a two-character numbered term is named with its frame.
  if (numbered && inner.length <= 2 && last && suffix && suffix.modifier === '' && /^(活动|行动|工程)$/.test(suffix.word)) {
    const frame = frameBefore(ctx.before);
    if (frame) return make(term.start - frame.length, suffix.end, frame + inner + suffix.word, 'campaign', 'quoted:numbered+frame');
  }
  // “八五”普法: a plan period names the campaign only with 普法.
  if (/^[一二三四五六七八九十]五$/.test(inner) && last && ctx.run.startsWith('普法')) {
    return make(term.start, group.end + 2, `${inner}普法`, 'campaign', 'quoted:plan-period+普法');
  }
  if (/^[一二三四五六七八九十]+五$/.test(inner)) return reject('not-a-name', 'plan period (“十四五”)');
  // “走访巡查调处报宣”网格工作八法: the numbered method is part of the name.
  const method = last ? NUMBERED_METHOD.exec(ctx.run) : null;
  if (method) return make(term.start, group.end + method[0].length, inner + method[0], 'practice', 'quoted:numbered-method');

  const category: ProgramCategory = numbered ? 'brand' : categoryOf(inner, suffix?.word);
  if (numbered) return make(term.start, term.end, inner, category, 'quoted:numbered');
  if (innerSuffix) return make(term.start, term.end, inner, category, `quoted:ends-with-${innerSuffix}`);
  if (strongSuffix) return make(term.start, term.end, inner, category, `quoted:followed-by-${suffix!.word}`);
  if (facility) return make(term.start, term.end, inner, 'brand', 'quoted:venue-brand');
  if (inner.length <= 3) return reject('too-short', 'short quoted noun without a practice suffix');
  if (counted) return make(term.start, term.end, inner, 'practice', 'quoted:counted-service');
  if (ctx.cue) return make(term.start, term.end, inner, category, 'quoted:after-cue-verb');
  return reject('not-a-name', 'no cue of a practice (verb before or suffix after)');
}

function make(start: number, end: number, name: string, category: ProgramCategory, rule: string): ProgramCandidate {
  return { start, end, name, category, rule };
}

function categoryOf(name: string, suffix: string | undefined): ProgramCategory {
  const s = suffix ?? name;
  if (/(行动|活动|工程|试点|专项)/.test(s)) return 'campaign';
  if (/(机制|制度|责任制|清单|办法)$/.test(s)) return 'mechanism';
  return 'practice';
}

/** The longest start of `run` (≤ 10 chars) that ends with a practice suffix (法律服务, 预约服务指导机制). */
function longestNounWithSuffix(run: string): string | null {
  for (let n = Math.min(run.length, 10); n >= 2; n--) {
    const head = run.slice(0, n);
    if (!longestSuffix(head, AFTER_QUOTE_SUFFIXES)) continue;
    // “妈妈式”服务理念 names the service; the 理念 is how it is talked about.
    const bare = head.replace(/理念$/, '');
    return longestSuffix(bare, AFTER_QUOTE_SUFFIXES) ? bare : head;
  }
  return null;
}

/** The noun phrase between the cue verb and the quote (开展|习近平法治思想|“八进”). */
function frameBefore(before: string): string | null {
  const cue = lastOccurring(before, CUE_INDEX);
  if (!cue) return null;
  const frame = before.slice(cue.at + cue.word.length);
  return frame.length >= 2 && [...frame].every(isCjk) ? frame : null;
}
