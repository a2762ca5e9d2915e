// Finds unquoted named systems: a phrase closed by …制度/…机制/…责任制/…工作法/…专项行动/…试点 (and
// a bare …公示制), bounded on the left by the verb that introduces it (严格执行|行政执法人员资格认证
// 制度) or by punctuation, with a shared suffix distributed over a list (权力清单、责任清单、负面清单
// 制度 → three systems). Generic phrases (工作机制, 规范性文件制度, 社会矛盾化解机制) are rejected by form.
import type { DropReason } from '../../types.js';
import {
  BARE_ZHI_HEADS,
  BOUNDARY_VERBS,
  CUE_VERBS,
  GENERIC_MECHANISM_HEADS,
  GENERIC_STEMS,
  GENERIC_SYSTEM_HEADS,
  ITEM_LEADING_VERBS,
  LEADING_MODIFIERS,
  LIST_CLOSERS,
  MECHANISM_SUFFIXES,
  OPENING_VERBS,
  ROUTINE_PREFIXES,
  type MechanismSuffix,
} from './program-vocabulary.js';
import { unquote } from '../skeleton.js';
import { findBack, indexWords, isCjk, longestPrefix, stripLeading, wordEndingAt } from './text-windows.js';
import type { ProgramCandidate, ProgramFindings, ProgramWordLists, RejectedCandidate } from './types.js';

/** A word of a segmented window (jieba's tokens, see src/text/segment.ts). */
export interface SegmentedWord {
  word: string;
  tag?: string;
}

export interface NamedMechanismOptions {
  /**
   * Segments a short window, so a one-character function word (对, 将, 为 …) ends a name only when
   * it stands alone (将|法律顾问制度) and not inside a word (前置核对|机制). Without it such
   * characters never end a name.
   */
  segment?: (text: string) => SegmentedWord[];
  /** Longest stem (the name without its suffix) walked over before giving up. */
  maxStem: number;
  /** Length bounds of one item of a list. */
  minItem: number;
  maxItem: number;
  /** Record rejected candidates with reasons (for tests and `kg discover`); off in bulk runs. */
  collectRejected?: boolean;
}

export const DEFAULT_NAMED_MECHANISM: NamedMechanismOptions = { maxStem: 22, minItem: 4, maxItem: 14 };

/** Verbs indexed by their last character, so a check at a position allocates nothing. */
const CUES_BY_LAST = indexWords(CUE_VERBS);
const STOPPING_BY_LAST = indexWords([...CUE_VERBS, ...BOUNDARY_VERBS]);
const STEM_OPENERS = [...LEADING_MODIFIERS, ...CUE_VERBS, ...OPENING_VERBS];

/** Single characters that end the name on its left (的, 了, 等 …); 和/与 only between two systems. */
const STOP_CHARS = new Set([...'的了等并及也又均都'].map((ch) => ch.charCodeAt(0)));
/** One-character function words that may also end a word (核对, 作为, 存在): decided by segmentation. */
const AMBIGUOUS_STOPS = new Set([...'将把对是为在从向其该即']);
/** A closing word of a system or campaign name: a conjunction after it joins two (…普法责任制和…以案释法制度, 断卡行动和…专项行动, “证照分离”改革和…告知承诺制). */
const SYSTEM_END = /(制度|机制|责任制|制|体系|清单|行动|整治|改革)$/;
/** An item of a list that is already a system (权力清单 is not: it takes the shared 制度). */
const OWN_SYSTEM_END = /(制度|机制|责任制|制|体系)$/;
const BARE_ZHI: MechanismSuffix = { suffix: '制', minStem: 4, category: 'mechanism' };
const NESTED_SYSTEM = /(体系|体制|机制|制度)/;
/** Units of time and count after a figure (24小时, 3个工作日, 5天). */
const FIGURE_UNIT = /^(?:小时|[天日周年月个项次人])/;

type Boundary = 'cue' | 'punct' | 'stop' | 'list' | 'coord' | 'quote' | 'limit' | 'start';

interface CleanStretch {
  from: number;
  to: number;
}

/** Finds unquoted named systems and listed measures in one passage. */
export function findNamedMechanisms(text: string, words: ProgramWordLists, options: NamedMechanismOptions = DEFAULT_NAMED_MECHANISM): ProgramFindings {
  const accepted: ProgramCandidate[] = [];
  const rejected: RejectedCandidate[] | null = options.collectRejected === false ? null : [];
  const clean: CleanStretch = { from: -1, to: -1 };
  for (let i = 0; i < text.length; i++) {
    const sfx = suffixAt(text, i);
    if (!sfx) continue;
    findOne(text, i, sfx, words, options, accepted, rejected, clean);
    i += sfx.suffix.length - 1;
  }
  findListedMeasures(text, words, options, accepted, rejected);
  return { accepted, rejected: rejected ?? [] };
}

/** The system suffix starting at `i`, if any (制度 but not 制度化; 公示制 but not 体制). */
function suffixAt(text: string, i: number): MechanismSuffix | null {
  const c = text[i];
  if (c !== '制' && c !== '机' && c !== '责' && c !== '工' && c !== '专' && c !== '试' && c !== '改' && c !== '创') return null;
  let best: MechanismSuffix | null = null;
  for (const s of MECHANISM_SUFFIXES) {
    if (text.startsWith(s.suffix, i) && (!best || s.suffix.length > best.suffix.length)) best = s;
  }
  if (best) {
    // 责任制度 is …制度; 制度化/机制化 are adjectives.
    if (best.suffix === '责任制' && text[i + 3] === '度') return null;
    if (text[i + best.suffix.length] === '化') return null;
    return best;
  }
  if (c === '制' && text[i + 1] !== '度' && text[i + 1] !== '化' && BARE_ZHI_HEADS.has(text.slice(i - 2, i))) return BARE_ZHI;
  return null;
}

/**
 * Walks left from `end` to the start of the name; returns the start and what stopped the walk.
 * `clean` is a stretch a previous walk crossed without finding a boundary: reaching its right end
 * means the limit is reached too, so a run of suffixes (制度制度制度…) costs linear time.
 */
function walkLeft(text: string, end: number, max: number, clean?: CleanStretch): { start: number; boundary: Boundary } {
  let i = end;
  while (i > 0) {
    if (end - i >= max || (clean && i === clean.to && clean.from <= end - max)) return { start: Math.max(i, end - max), boundary: 'limit' };
    const c = text[i - 1];
    if (c === '、') return { start: i, boundary: 'list' };
    if (c === '”') {
      // A quoted term inside a name (惠民财政补贴资金“一卡通”管理改革) is walked over; one that opens
      // the name is left to the quoted-term rules.
      const open = findBack(text, '“', i - 2, 12);
      // After a conjunction that follows a title or a quote, the quoted term opens the name
      // (…规划》和“谁执法谁普法”普法责任制); after a word it may share the suffix with it
      // (涉企行政检查备案和“扫码入企”制度).
      if (open >= 1 && (text[open - 1] === '和' || text[open - 1] === '与' || text[open - 1] === '及') && !isCjk(text[open - 2])) return { start: open, boundary: 'quote' };
      if (open >= 0 && isCjk(text[open - 1]) && !cueEndsAt(text, open) && !stopsAt(text, open)) {
        i = open;
        continue;
      }
      return { start: i, boundary: 'quote' };
    }
    if (c === '“') return { start: i, boundary: 'quote' };
    if (c === ')' || c === ')') {
      const open = findBack(text, '(', i - 2, 4);
      const inner = open >= 0 ? text.slice(open + 1, i - 1) : '';
      if (open >= 0 && inner.length > 0 && [...inner].every((ch) => isCjk(ch) && !'一二三四五六七八九十'.includes(ch)) && isCjk(text[open - 1])) {
        i = open;
        continue;
      }
      return { start: i, boundary: 'punct' };
    }
    if (!isCjk(c)) return { start: i, boundary: 'punct' };
    if (c === '和' || c === '与') {
      // Two systems joined (…责任制和…以案释法制度) or a conjunction before a generic word (…标准和工作制度).
      const right = text.slice(i, end);
      if (right.length < 2 || GENERIC_STEMS.has(right) || /^(相关|有关|各项|配套)/.test(right) || SYSTEM_END.test(text.slice(Math.max(0, i - 4), i - 1))) {
        return { start: i, boundary: 'coord' };
      }
    } else if (STOP_CHARS.has(c.charCodeAt(0))) return { start: i, boundary: c === '及' ? 'list' : 'stop' };
    if (cueEndsAt(text, i)) return { start: i, boundary: 'cue' };
    if (stopsAt(text, i)) return { start: i, boundary: 'stop' };
    i--;
  }
  return { start: 0, boundary: 'start' };
}

function findOne(
  text: string,
  at: number,
  sfx: MechanismSuffix,
  words: ProgramWordLists,
  options: NamedMechanismOptions,
  accepted: ProgramCandidate[],
  rejected: RejectedCandidate[] | null,
  clean: CleanStretch,
): void {
  // For a bare …制 the procedure word (公示, 追究) is part of the stem.
  const stemEnd = at;
  let { start: walked, boundary } = walkLeft(text, stemEnd, options.maxStem, clean);
  if (boundary === 'limit') {
    clean.from = stemEnd - options.maxStem;
    clean.to = stemEnd;
  }
  // 综治及平安建设领导责任机制: a word too short to be an item of its own joins the name.
  if (boundary === 'list' && text[walked - 1] === '及') {
    const prev = walkLeft(text, walked - 1, options.minItem);
    if (prev.boundary !== 'limit' && prev.boundary !== 'quote' && walked - 1 - prev.start >= 1) {
      walked = prev.start;
      boundary = prev.boundary;
    }
  }
  const end = at + sfx.suffix.length;
  const reject = (reason: DropReason, detail: string, s = walked): void => {
    rejected?.push({ start: s, end, surface: text.slice(s, end), reason, detail });
  };
  if (boundary === 'limit') return reject('too-long', 'no left boundary within reach');
  // 24小时|值班制度, 3天|内办结机制: a figure and its unit open the phrase, which names a routine.
  if (boundary === 'punct' && /[0-9]/.test(text[walked - 1] ?? '') && FIGURE_UNIT.test(text.slice(walked, walked + 2))) {
    return reject('not-a-name', 'opens with a figure');
  }
  if (boundary === 'quote') return reject('not-a-name', 'quoted head (left to the quoted-term rules)');
  const cut = cutAtFunctionWord(text.slice(walked, stemEnd), options);
  const raw = text.slice(walked + cut, stemEnd);
  let stem = stripLeading(raw, STEM_OPENERS);
  // 以…为抓手: the 以 of the frame is no part of the name (以法治政府建设示范创建为抓手), unlike 以奖代补.
  if (stem[0] === '以' && text[at + sfx.suffix.length] === '为') stem = stripLeading(stem.slice(1), STEM_OPENERS);
  const start = walked + cut + (raw.length - stem.length);
  const why = judgeStem(stem, sfx, words);
  if (why) return reject(why.reason, why.detail, start);
  const category = sfx.category;
  // A list sharing the suffix: 权力清单、责任清单、负面清单制度; 领导包联及项目服务专员制度.
  if (boundary === 'list' && sfx !== BARE_ZHI && /制/.test(sfx.suffix)) {
    for (const item of collectItems(text, walked - 1, options)) {
      if (judgeStem(item.text, sfx, words)) continue;
      accepted.push({ start: item.start, end: item.start + item.text.length, name: item.text + sfx.suffix, category, rule: `mechanism:shared-${sfx.suffix}` });
    }
  }
  // Two systems sharing the suffix (政府法律顾问和公职律师制度, 村务公开和四议两公开制度), unless the
  // second names how the two work together (行政执法与刑事司法衔接机制 is one system).
  const joined = COORDINATED.exec(stem);
  if (joined && (sfx.suffix === '制度' || sfx.suffix === '机制') && !RELATIONAL_END.test(stem)) {
    const left = joined[1];
    const right = stem.slice(left.length + 1);
    if (!judgeStem(left, sfx, words) && !judgeStem(right, sfx, words)) {
      accepted.push({ start, end: start + left.length, name: unquote(left) + sfx.suffix, category, rule: `mechanism:coordinated-${sfx.suffix}` });
      accepted.push({ start: start + left.length + 1, end, name: unquote(right) + sfx.suffix, category, rule: `mechanism:coordinated-${sfx.suffix}` });
      return;
    }
  }
  accepted.push({ start, end, name: unquote(stem) + sfx.suffix, category, rule: `mechanism:${sfx.suffix}` });
}

/** A stem of two names joined by 和 or 与, each of four characters or more. */
const COORDINATED = /^([^和与]{4,})[和与](?=[^和与]{4,}$)/;
/** Words of two things working together: the names joined are one system (两法衔接, 诉调对接). */
const RELATIONAL_END = /(?:衔接|对接|联动|协作|协同|配合|结合|联席|联调|互动|互通|融合|贯通|共享)$/;

/** Offset in `stem` after the last stand-alone function word (镇党委将|法律顾问 → 4), or 0. */
function cutAtFunctionWord(stem: string, options: NamedMechanismOptions): number {
  if (!options.segment || ![...stem].some((ch) => AMBIGUOUS_STOPS.has(ch))) return 0;
  let pos = 0;
  let cut = 0;
  for (const t of options.segment(stem)) {
    pos += t.word.length;
    if (t.word.length === 1 && AMBIGUOUS_STOPS.has(t.word)) cut = pos;
  }
  return cut;
}

/** Why `stem` + suffix is not a named system, or null when it is one. */
function judgeStem(stem: string, sfx: MechanismSuffix, words: ProgramWordLists): { reason: DropReason; detail: string } | null {
  const core = stem.replace(/(工作|长效)$/, '');
  if (stem.length < sfx.minStem || core.length < Math.min(sfx.minStem, 4)) return { reason: 'too-short', detail: `stem shorter than ${sfx.minStem}` };
  if (/[0-9A-Za-z]/.test(stem)) return { reason: 'not-a-name', detail: 'figures in the stem' };
  if (GENERIC_STEMS.has(stem) || GENERIC_STEMS.has(core)) return { reason: 'stopword', detail: 'generic stem' };
  // The list names words that are no program on their own: 行政调解 is none, 行政调解制度 is one.
  if (words.notPrograms.has(unquote(stem) + sfx.suffix)) return { reason: 'stopword', detail: 'listed as not a program' };
  if (NESTED_SYSTEM.test(stem)) return { reason: 'not-a-name', detail: 'a system word inside the stem' };
  if (longestPrefix(stem, ROUTINE_PREFIXES)) return { reason: 'stopword', detail: 'routine work (常态化/定期 …)' };
  const head = core.slice(-2);
  if (sfx.suffix === '机制' && GENERIC_MECHANISM_HEADS.has(head)) return { reason: 'stopword', detail: `generic mechanism head ${head}` };
  if (sfx.suffix === '制度' && (GENERIC_SYSTEM_HEADS.has(head) || stem.endsWith('工作'))) return { reason: 'stopword', detail: `generic system head ${head}` };
  if (sfx.suffix === '改革' && /^(全面|深化|体制|机构|进一步|各项)/.test(stem)) return { reason: 'stopword', detail: 'general reform wording' };
  if (sfx.stemMust && !stem.includes(sfx.stemMust)) return { reason: 'not-a-name', detail: `stem lacks ${sfx.stemMust}` };
  // 在八角北里社区试点“红色物业”: a place piloting something (试点 the verb), not a pilot's name.
  if (sfx.suffix === '试点' && PLACE_END.test(stem)) return { reason: 'not-a-name', detail: 'a place before 试点' };
  return null;
}

/** Where a stem names a place (a village, community, town or street office). */
const PLACE_END = /(?:社区|村|镇|乡|街道|小区)$/;

interface Item {
  start: number;
  text: string;
}

/**
 * The items of a list left of separator `sep` (、 or 及), nearest first, up to the verb or the
 * punctuation that opens the list. Empty when the list is not a clean list of names.
 */
function collectItems(text: string, sep: number, options: NamedMechanismOptions): Item[] {
  const items: Item[] = [];
  let end = sep;
  for (let guard = 0; guard < 8; guard++) {
    const { start, boundary } = walkLeft(text, end, options.maxItem + 1);
    const raw = text.slice(start, end);
    const t = stripLeading(raw, LEADING_MODIFIERS);
    if (boundary === 'limit' || boundary === 'quote' || boundary === 'coord' || boundary === 'stop' || /[“”]/.test(raw)) return [];
    // An item with a suffix of its own (…公示制度、执法全过程记录制度) ends the shared part.
    if (t.length < options.minItem || t.length > options.maxItem || OWN_SYSTEM_END.test(t)) return items.length && OWN_SYSTEM_END.test(t) ? items : [];
    items.push({ start: start + raw.length - t.length, text: t });
    if (boundary !== 'list') return items;
    end = start - 1;
  }
  return [];
}

/**
 * Lists closed by 等措施/等制度/等工作机制 after a verb: 实行预约式指导、亮码检查…等工作措施;
 * 建立健全司法所长列席镇长办公会等制度. Each item is a practice (…等制度 items take 制度).
 */
function findListedMeasures(text: string, words: ProgramWordLists, options: NamedMechanismOptions, accepted: ProgramCandidate[], rejected: RejectedCandidate[] | null): void {
  for (let c = text.indexOf('等'); c >= 0; c = text.indexOf('等', c + 1)) {
    const closer = longestPrefix(text.slice(c, c + 6), LIST_CLOSERS);
    if (!closer) continue;
    const suffix = closer.endsWith('制度') ? '制度' : '';
    const items: Item[] = [];
    let end = c;
    let opened = false;
    for (let guard = 0; guard < 10 && end > 0; guard++) {
      // Quoted items (“轻微违法首违不罚”“较轻违法限期改正”) belong to the quoted-term rules: skip them.
      if (text[end - 1] === '”') {
        end = skipQuotedItems(text, end);
        if (end < 0) break;
        if (text[end - 1] === '、') {
          end--;
          continue;
        }
        opened = cueEndsAt(text, end);
        break;
      }
      const { start, boundary } = walkLeft(text, end, options.maxItem + 1);
      const raw = text.slice(start, end);
      if (boundary === 'limit' || boundary === 'coord' || boundary === 'stop' || boundary === 'quote' || /[“”]/.test(raw)) break;
      const t = stripLeading(stripLeading(raw, LEADING_MODIFIERS), ITEM_LEADING_VERBS);
      items.push({ start: start + raw.length - t.length, text: t });
      if (boundary === 'cue') {
        opened = true;
        break;
      }
      if (boundary !== 'list') break;
      end = start - 1;
    }
    if (!opened) continue;
    for (const item of items) {
      const name = suffix && !/制度?$/.test(item.text) ? item.text + suffix : item.text;
      const bad =
        item.text.length < 3 || item.text.length > options.maxItem ? 'length'
        : GENERIC_STEMS.has(item.text) || words.notPrograms.has(item.text) || words.notPrograms.has(name) ? 'generic'
        : longestPrefix(item.text, ROUTINE_PREFIXES) ? 'routine'
        : NESTED_SYSTEM.test(item.text) && !suffix ? 'nested'
        : null;
      const s = item.start;
      const e = item.start + item.text.length;
      if (bad) rejected?.push({ start: s, end: e, surface: text.slice(s, e), reason: bad === 'length' ? 'too-short' : 'stopword', detail: `list item (${bad})` });
      else accepted.push({ start: s, end: e, name, category: suffix ? 'mechanism' : 'practice', rule: `list:${closer}` });
    }
  }
}

/** Start of a run of adjacent quoted items ending at `end` (“A”“B”, “A”和“B”), or -1. */
function skipQuotedItems(text: string, end: number): number {
  let e = end;
  while (text[e - 1] === '”') {
    const open = findBack(text, '“', e - 2, 40);
    if (open < 0) return -1;
    e = open;
    if ((text[e - 1] === '和' || text[e - 1] === '与') && text[e - 2] === '”') e--;
  }
  return e;
}

/** True when a verb that bounds a name without introducing it (围绕, 优化 …) ends right at `i`. */
function stopsAt(text: string, i: number): boolean {
  return !splitsXingzheng(text, i) && !text.startsWith('情况', i) && wordEndingAt(text, i, STOPPING_BY_LAST) !== null;
}

/** True when a cue verb (推行, 实行 …) ends right at `i`; not one made a noun by 情况 (决策执行|情况后评估制度). */
function cueEndsAt(text: string, i: number): boolean {
  return !splitsXingzheng(text, i) && !text.startsWith('情况', i) && wordEndingAt(text, i, CUES_BY_LAST) !== null;
}

/**
 * True when position `i` falls inside 行政 (落实|行政执法 must not read as 落|实行|政执法), unlike
 * 推行|政府 or 执行|政策, where the verb really ends at 行.
 */
function splitsXingzheng(text: string, i: number): boolean {
  return text[i - 1] === '行' && text[i] === '政' && !'府务策治'.includes(text[i + 1] ?? '');
}
