// Titles in 《》 (with nested 〈〉 titles): laws and regulations by gazetteer or by the form of the
// title, other titled documents with their 文号, short names declared with (以下简称《…》), and
// bare generic titles with no referent (《条例》) kept as unresolved. Unbalanced brackets are
// repaired where the title's own ending shows its extent; a 《 never reaches past its clause.
// Also finds the few titles written without 《》 whose form leaves no doubt (宁波市…清单(试行), a
// 关于…的通知 followed by its 文号).
import type { LawKind } from '../../ontology/types.js';
import type { Issuer, Mention, Passage } from '../../types.js';
import type { GazetteerIndex } from '../gazetteer-index.js';
import { adminNameStartingAt, startsWithPlaceName } from '../names/admin-names.js';
import { findNameStart } from '../names/find-name-start.js';
import { standsAlone } from '../names/stands-alone.js';
import { parseDocNumber } from '../parse-doc-number.js';
import { unquote } from '../skeleton.js';
import type { Recognizer, RecognizerContext, RecognizerOutput } from '../types.js';
import { makePassageMention } from '../make-passage-mention.js';
import { cellsOf } from './figure-tables.js';

const NAME = 'titled-citation';
/** Longest title accepted; real titles are far shorter, so anything longer is a stray bracket. */
const MAX_TITLE = 120;
/** Stray brackets closer than this to the last recorded one are part of the same run. */
const STRAY_RUN = 20;
/** How far back a stray 》 may look for the start of its title. */
const MAX_STRAY_BACK = 60;
const LAW_PREFIX = '中华人民共和国';

/** Generic words that name no particular instrument when they stand alone in 《》. */
const GENERIC_TITLE =
  /^(?:法|法律|条例|规定|办法|细则|决定|决议|意见|通知|方案|规划|计划|纲要|准则|规则|章程|法规|文件|制度|要点|清单|指引|指南|目录|守则|公约|报告|标准|规范|实施方案|实施意见|实施细则|实施办法|工作方案|工作要点|工作计划|若干规定|若干意见|暂行规定|暂行办法)$/;
/** Titles ending in 法 that are not statutes (办法, 工作法 …). */
const NOT_A_LAW_SUFFIX = /(?:办法|方法|做法|说法|看法|用法|想法|司法|执法|普法|守法|立法|违法|依法|宪法学|语法|工作法|[一二三四五六七八九十百\d]+[步字招式]?法)$/;
/**
 * A place name at the head of a title: the issuing locality (天津市…, 浙江省…, 中山市三乡镇…), not a
 * word that merely contains 区/市/乡 (民族区域, 城市场, 乡镇).
 */
const PLACE_PREFIX = /^(?:中共)?[\u4e00-\u9fa5]{2,10}?(?:省|市|自治区|自治州|自治县|特别行政区|经济特区|县|区|旗|盟|镇|乡|街道)(?![域划别间块级场村镇长容])/;
/**
 * Provincial and city legislatures only: counties and towns make no 条例 (autonomous counties
 * aside); a special economic zone's (深圳经济特区…条例) are its city's.
 */
const LEGISLATING_PLACE = /^[\u4e00-\u9fa5]{2,10}?(?:经济特区|省|市|自治区|自治州|自治县|特别行政区)(?![域划别间块级场村镇长容])/;
/** A special economic zone's regulations (深圳经济特区…条例, 海南经济特区…规定); its government's rules are 办法. */
const SEZ_REGULATION = /^[\u4e00-\u9fa5]{2,4}经济特区[\u4e00-\u9fa5、]{2,30}(?:条例|规定)$/;
/** A decision of the national or a local legislature or its standing committee. */
const LEGISLATIVE_DECISION = /^(全国|[\u4e00-\u9fa5]{2,10}?(?:省|市|自治区|自治州|自治县))人民代表大会(?:常务委员会)?关于.{2,60}的决定$/;
/** Edition notes that do not change which instrument is cited. */
const EDITION_SUFFIX = /[(（](?:\d{4}年?)?(?:修订|修正|修订版|修正版|版|年版)[)）]$/;
/** The bracketed mark of a draft after a title (（草案）, （修订草案）, （修正草案征求意见稿）). */
const DRAFT_SUFFIX = /[(（](?:修订|修正|修改)?草案(?:征求意见稿|送审稿)?[)）]$|[(（]征求意见稿[)）]$/;
/** Prefixes that announce a revised law (新《环保法》 inside the brackets, 新修订的…). */
const REVISED_PREFIX = /^(?:新修订的|新修订|修订后的|修改后的|新修正的|最新|新版|新)/;
/** Endings of titled instruments, used to repair unbalanced brackets and find unbracketed titles. */
const TITLE_ENDING = /(?:法|条例|规定|办法|细则|决定|意见|通知|方案|规划|纲要|准则|规则|章程|要点|清单|指引|指南|目录|制度|计划|标准|规范|汇编)(?:[(（](?:试行|暂行|修订|征求意见稿)[)）])?/g;
const TITLE_ENDING_AT_END = new RegExp(`(?:${TITLE_ENDING.source})$`);
/** Characters that end a clause: a title never spans them. */
const HARD_STOP = new Set(['。', ';', '；', '\n', '!', '！', '?', '？']);
/** Words that introduce a title written without brackets (按照…, 制定了…), possibly in a row. */
const CUE = '(?:认真|深入|全面|严格|及时|先后|进一步|组织|按照|根据|依据|对照|参照|贯彻落实|贯彻|落实|执行|印发了|印发|制定了|制定|出台了|出台|修订了|修订|编制了|编制|发布了|发布|学习|宣传|宣讲|解读|结合|遵照|遵循|依照|了|并|还|已)';
/** The stronger verbs only, to cut a title that lost its 《 (宣传, 组织 … also occur inside titles). */
const CUE_RUN = /(?:认真|深入|按照|根据|依据|对照|参照|遵照|依照|贯彻落实|贯彻|落实|执行|印发|制定|出台|修订|编制|学习)+了?/;
const ENDS_WITH_CUE = new RegExp(`${CUE}$`);
/** Characters that end a clause for an unclosed 《. */
const CLAUSE_END = new Set([',', '，', ';', '；', '。', '\n', ':', '：', '!', '！', '?', '？']);
/** Characters a title does not contain when its start must be found backwards (quotes it may). */
const CLAUSE_BREAK = /[,，、。;；:：!！?？\s《》]/;

export interface TitleClassification {
  label: 'Law' | 'Document';
  name: string;
  kind?: LawKind;
  fullName?: string;
  reason: string;
}

function lookup(title: string, gazetteers: GazetteerIndex) {
  return gazetteers.lookupLaw(title) ?? (EDITION_SUFFIX.test(title) ? gazetteers.lookupLaw(title.replace(EDITION_SUFFIX, '')) : undefined);
}

/** Endings of a government rule's title (规章): 办法, 规定, 实施细则. */
const RULE_ENDING = /(?:办法|规定|细则)$/;
/** The titles of ministries' rules of enforcement (农业行政处罚程序规定, 水行政处罚实施办法, 税务行政复议规则). */
const DEPARTMENT_ENFORCEMENT_RULE = /^(?!关于)[\u4e00-\u9fa5]{1,12}?(?:行政处罚程序规定|行政处罚实施办法|行政处罚暂行办法|行政处罚办法|行政执法程序规定|行政复议规则)$/;
/** A department or an office of the government right after the place: its own document, not a rule. */
const DEPARTMENT_AFTER = /^[\u4e00-\u9fa5]{0,10}?(?:局|厅|办公室|政府|委员会办公室)/;

/**
 * A province's government rule (四川省行政规范性文件管理办法, 湖南省行政程序规定, 天津市…规定): the
 * province alone at the head — not followed by one of its counties (天津市河东区…办法) or by one of
 * its departments — and no 关于 or 通知, which make a document about the rule. A city's 办法 is as
 * often a normative document of its government as a rule, and stays a document.
 */
function isPlacedRule(base: string): boolean {
  if (!RULE_ENDING.test(base) || /关于|通知|意见|方案/.test(base)) return false;
  const place = adminNameStartingAt(base, 0);
  if (!place || !place.units.some((u) => u.level === 'province')) return false;
  const rest = base.slice(place.end);
  return rest.length >= 4 && !adminNameStartingAt(base, place.end) && !DEPARTMENT_AFTER.test(rest);
}

/** Endings of a ministry's rule (规章), which also ends in 规则. */
const MINISTRY_RULE_ENDING = /(?:办法|规定|细则|规则)$/;
/** Words of a document about rules, or of a plan or opinion, not of a rule. */
const NOT_A_RULE = /关于|通知|意见|方案|决定|纪要|章程|公约|规约|守则/;

/** A title of a rule's form that no place or body opens (the ministries' rules are cited so). */
function isUnplacedRule(base: string, placed: boolean): boolean {
  if (placed || base.length < 6 || !MINISTRY_RULE_ENDING.test(base) || NOT_A_RULE.test(base)) return false;
  return !adminNameStartingAt(base, 0) && !startsWithPlaceName(base);
}

/** The party-regulation forms: 中国共产党…条例, 党政…规定, …职责规定, …廉洁自律准则. */
function isPartyRegulationForm(base: string, placed: boolean): boolean {
  if (/^(?:中国共产党|中共中央)/.test(base) && /(?:条例|规定|准则|规则|细则|办法)$/.test(base) && !/关于|通知$/.test(base)) return true;
  if (placed || /^关于/.test(base)) return false;
  if (/^(?:党政|党委|党组|党员|党内|党的|领导干部|党政领导干部|党政机关)/.test(base) && /(?:条例|规定|准则|规则|办法)$/.test(base)) return true;
  if (/职责规定$/.test(base)) return true;
  return /准则$/.test(base) && /党|廉洁/.test(base);
}

/**
 * Decides whether a title names a law or regulation (gazetteer first, then the title's form) or
 * another document.
 * @example classifyTitle('中华人民共和国行政处罚法', idx).name === '行政处罚法'
 */
export function classifyTitle(rawTitle: string, gazetteers: GazetteerIndex): TitleClassification {
  const title = unquote(rawTitle).replace(/\s+/g, '');
  const known = lookup(title, gazetteers);
  if (known) return { label: 'Law', name: known.name, kind: known.kind, fullName: known.fullName, reason: 'gazetteer' };
  const revised = REVISED_PREFIX.exec(title);
  if (revised) {
    const rest = title.slice(revised[0].length);
    const again = lookup(rest, gazetteers);
    if (again) return { label: 'Law', name: again.name, kind: again.kind, fullName: again.fullName, reason: `gazetteer:revised(${revised[0]})` };
    // 新时代…, 新形势下… are not revisions: only a law-shaped remainder is.
    if (revised[0] !== '新' && /法$/.test(rest)) return classifyTitle(rest, gazetteers);
  }
  const short = title.startsWith(LAW_PREFIX) ? title.slice(LAW_PREFIX.length) : title;
  const base = short.replace(EDITION_SUFFIX, '').replace(/[(（](?:试行|暂行)[)）]$/, '');
  const placed = PLACE_PREFIX.test(base);
  if (/草案|征求意见稿/.test(base)) {
    // 《中华人民共和国民营经济促进法（草案）》, sent out for comment: a mention of the law in the
    // making, which is the node that towns consulted on it meet at. A draft of anything else is a
    // document of its own.
    const enacted = DRAFT_SUFFIX.test(title) ? classifyTitle(title.replace(DRAFT_SUFFIX, ''), gazetteers) : null;
    if (enacted?.label === 'Law') return { ...enacted, reason: `draft:${enacted.reason}` };
    return { label: 'Document', name: title, reason: 'form:draft' };
  }
  if (isPartyRegulationForm(base, placed)) {
    return { label: 'Law', name: short, kind: 'party-regulation', fullName: title, reason: 'form:party' };
  }
  // 天津市实施〈中华人民共和国村民委员会组织法〉办法: a provincial law implementing a national one.
  if (LEGISLATING_PLACE.test(base) && /实施[〈<《].{2,40}[〉>》](?:办法|细则|若干规定|规定)$/.test(base)) {
    return { label: 'Law', name: short, kind: 'local-regulation', fullName: title, reason: 'form:local-implementing' };
  }
  if (isPlacedRule(base)) return { label: 'Law', name: short, kind: 'rule', fullName: title, reason: 'form:local-rule' };
  // 中华人民共和国… is the title of a national law or a State Council regulation, whatever follows.
  if (title.startsWith(LAW_PREFIX) && /(?:法|法典)$/.test(base)) {
    return { label: 'Law', name: short, kind: 'national-law', fullName: title, reason: 'form:prc-law' };
  }
  if (/^[\u4e00-\u9fa5、]{1,24}法$/.test(base) && !NOT_A_LAW_SUFFIX.test(base) && !/^关于/.test(base) && !placed) {
    return { label: 'Law', name: short, kind: 'national-law', fullName: title.startsWith(LAW_PREFIX) ? title : LAW_PREFIX + short, reason: 'form:law' };
  }
  // 住房和城乡建设行政处罚程序规定: a ministry's rule of enforcement procedure, which no place opens
  // (a place's own procedure is titled with the place: 浙江省行政程序办法).
  if (DEPARTMENT_ENFORCEMENT_RULE.test(base) && !adminNameStartingAt(base, 0)) return { label: 'Law', name: short, kind: 'rule', fullName: title, reason: 'form:department-rule' };
  // 医疗美容服务管理办法, 超限运输车辆行驶公路管理规定: a rule that no place opens is a ministry's (a
  // place's rules and documents carry its name; a document about a rule says 关于 or 通知).
  if (isUnplacedRule(base, placed)) return { label: 'Law', name: short, kind: 'rule', fullName: title, reason: 'form:unplaced-rule' };
  // 海南经济特区海岸带保护与开发管理规定: the regulations of a special economic zone's legislature.
  if (SEZ_REGULATION.test(base)) return { label: 'Law', name: short, kind: 'local-regulation', fullName: title, reason: 'form:sez-regulation' };
  // 海南省人民代表大会常务委员会关于…的决定: a legislature's decision has the force of its laws.
  const decision = LEGISLATIVE_DECISION.exec(base);
  if (decision) {
    const national = decision[1] === '全国';
    return { label: 'Law', name: short, kind: national ? 'national-law' : 'local-regulation', fullName: title, reason: 'form:legislative-decision' };
  }
  if (/条例$/.test(base) && !/^关于/.test(base) && !/的通知|的决定/.test(base)) {
    if (LEGISLATING_PLACE.test(base)) return { label: 'Law', name: short, kind: 'local-regulation', fullName: title, reason: 'form:local-regulation' };
    if (!placed) return { label: 'Law', name: short, kind: 'administrative-regulation', fullName: title, reason: 'form:regulation' };
  }
  return { label: 'Document', name: title, reason: 'form:document' };
}

// ------------------------------------------------------------------------------------------ scan

interface InnerSpan {
  open: number;
  close: number;
}

interface TitleSpan {
  /** Start of the title's text and end (exclusive), inside the passage text. */
  textStart: number;
  textEnd: number;
  /** Surface span (brackets included where present). */
  start: number;
  end: number;
  inner: InnerSpan[];
  /** How the extent was found: balanced, or repaired from an unclosed 《 / a stray 》. */
  form: 'balanced' | 'unclosed' | 'unopened';
}

interface ScanResult {
  titles: TitleSpan[];
  /** Openings whose title could not be delimited. */
  stray: { at: number; kind: 'unclosed' | 'unopened' }[];
}

function isOpen(text: string, i: number): number {
  if (text[i] === '《') return 1;
  if (text[i] === '<' && text[i + 1] === '<') return 2;
  return 0;
}

function isClose(text: string, i: number): number {
  if (text[i] === '》') return 1;
  if (text[i] === '>' && text[i + 1] === '>') return 2;
  return 0;
}

/**
 * For a 《 never closed: the title ends at the first title ending of its clause that is followed
 * by a boundary (《XX办法,… → XX办法). Returns -1 when the clause has none.
 */
function findEndingForward(text: string, from: number, to: number): number {
  let clauseEnd = from;
  while (clauseEnd < to && !CLAUSE_END.has(text[clauseEnd])) clauseEnd++;
  if (clauseEnd - from < 4) return -1;
  const slice = text.slice(from, clauseEnd);
  TITLE_ENDING.lastIndex = 0;
  for (let m = TITLE_ENDING.exec(slice); m; m = TITLE_ENDING.exec(slice)) {
    const end = m.index + m[0].length;
    if (end < 4) continue;
    const rest = slice.slice(end, end + 2);
    // The first ending that reaches the clause end or a boundary wins.
    if (rest === '' || /^[、)）\s]/.test(rest) || /^(?:等|和|及|与|要求|精神)/.test(rest)) return from + end;
  }
  return -1;
}

/** Start of a title that ends at a stray 》: after the last clause boundary and introducing words. */
function findStartBackward(text: string, close: number, floor: number): number {
  const from = Math.max(floor, close - MAX_STRAY_BACK);
  let start = from;
  for (let k = close - 1; k >= from; k--) {
    if (CLAUSE_BREAK.test(text[k])) {
      start = k + 1;
      break;
    }
  }
  return start + skipCueWords(text, start, close);
}

/**
 * Length of the subject and introducing words before a title (街道认真贯彻落实XX办法 → 8): up to the
 * end of the first run of introducing words, unless the text opens like a title itself (关于…).
 */
function skipCueWords(text: string, start: number, limit: number): number {
  const span = text.slice(start, limit);
  if (span.startsWith('关于')) return 0;
  const m = CUE_RUN.exec(span);
  return m && limit - (start + m.index + m[0].length) >= 4 ? m.index + m[0].length : 0;
}

/** Chinese characters in text[from, to): a repaired title must have a few. */
function countHan(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/** Finds titles in one passage in a single left-to-right pass with bounded look-ahead. */
export function scanTitles(text: string): ScanResult {
  const titles: TitleSpan[] = [];
  const stray: ScanResult['stray'] = [];
  let floor = 0;
  let i = 0;
  while (i < text.length) {
    const closeLen = isClose(text, i);
    if (closeLen) {
      // A 》 with no 《: the title's start is the clause start.
      const start = findStartBackward(text, i, floor);
      const body = text.slice(start, i).trim();
      if (countHan(text, start, i) >= 4 && TITLE_ENDING_AT_END.test(body)) {
        titles.push({ textStart: start, textEnd: i, start, end: i + closeLen, inner: [], form: 'unopened' });
      } else {
        const last = stray[stray.length - 1];
        if (!last || last.kind !== 'unopened' || i - last.at >= STRAY_RUN) stray.push({ at: i, kind: 'unopened' });
      }
      i += closeLen;
      floor = i;
      continue;
    }
    const openLen = isOpen(text, i);
    if (!openLen) {
      i++;
      continue;
    }
    const open = i;
    const inner: InnerSpan[] = [];
    let innerOpen = -1;
    let innerDouble = false;
    let close = -1;
    let closeWidth = 0;
    let j = open + openLen;
    for (; j < text.length && j - open <= MAX_TITLE; j++) {
      const ch = text[j];
      if (HARD_STOP.has(ch)) break;
      if (innerOpen < 0 && (ch === '〈' || (ch === '<' && text[j + 1] !== '<'))) {
        innerOpen = j;
        continue;
      }
      if (innerOpen >= 0 && (ch === '〉' || (ch === '>' && text[j + 1] !== '>') || (innerDouble && ch === '》'))) {
        inner.push({ open: innerOpen, close: j });
        innerOpen = -1;
        innerDouble = false;
        continue;
      }
      const c = isClose(text, j);
      if (c) {
        close = j;
        closeWidth = c;
        break;
      }
      if (ch === '《') {
        // 《关于贯彻《XX》的通知》: a nested title written with doubled brackets.
        if (innerOpen < 0) {
          innerOpen = j;
          innerDouble = true;
          continue;
        }
        break;
      }
    }
    if (close >= 0) {
      titles.push({ textStart: open + openLen, textEnd: close, start: open, end: close + closeWidth, inner, form: 'balanced' });
      i = close + closeWidth;
      floor = i;
      continue;
    }
    // Unclosed: cut the title at its first ending followed by a clause boundary.
    const limit = Math.min(text.length, j);
    const end = findEndingForward(text, open + openLen, limit);
    if (end > 0 && countHan(text, open + openLen, end) >= 4) {
      titles.push({ textStart: open + openLen, textEnd: end, start: open, end, inner: inner.filter((s) => s.close < end), form: 'unclosed' });
      i = end;
      floor = i;
      continue;
    }
    // One record covers a run of stray openings (a page of 《《《 is one problem).
    const last = stray[stray.length - 1];
    if (!last || last.kind !== 'unclosed' || open - last.at >= STRAY_RUN) stray.push({ at: open, kind: 'unclosed' });
    i = open + openLen;
    floor = i;
  }
  return { titles, stray };
}

// ---------------------------------------------------------------------------------- recognition

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Canonical title text: no spaces, nested titles in 〈〉. */
function canonicalTitle(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/[<《]/g, '〈').replace(/[>》]/g, '〉');
}

/** `(以下简称《纲要》)` or `(简称“纲要”)` right after a title: the short name it declares. */
const SHORT_NAME = /^\s*[(（]\s*(?:以下|下文)?简称\s*[《“"]([^》”"]{1,20})[》”"]\s*[)）]/;

type Classified = TitleClassification & { docNumber?: string | null; docNumberRaw?: string | null; issuer?: string | null };

/**
 * A title read as a ministry's rule by its form alone is a document when a 文号 follows it: the
 * ministries' rules are numbered by 令, the documents of a government or its offices by 文号.
 */
function numberedDocument(cls: Classified): Classified {
  return cls.reason === 'form:unplaced-rule' ? { label: 'Document', name: cls.fullName ?? cls.name, reason: 'form:numbered-document' } : cls;
}

function makeMention(p: Passage, start: number, end: number, cls: Classified, reason: string, priority: number, extra: Record<string, string> = {}): Mention {
  return makePassageMention(p, { start, end }, {
    label: cls.label,
    name: cls.name,
    recognizer: NAME,
    reason,
    priority,
    attrs:
      cls.label === 'Law'
        ? { kind: cls.kind ?? null, fullName: cls.fullName ?? cls.name, ...extra }
        : { docNumber: cls.docNumber ?? null, docNumberRaw: cls.docNumberRaw ?? null, issuer: cls.issuer ?? null, ...extra },
  });
}

interface DocState {
  /** Short names declared in this report (以下简称《纲要》) → what they stand for. */
  shortNames: Map<string, TitleClassification>;
  /** Unresolved spans still to record (bounded: a page of stray brackets is noise). */
  unresolvedLeft: number;
  /** Stray brackets before this offset of the current passage are covered by the last record. */
  strayFloor: number;
  /** Titles the text calls a government rule (规章) somewhere: laws of kind rule at every mention. */
  ruleTitles: Set<string>;
}

/**
 * What the text says of a city's 办法 or 规定 when it is a government rule (规章) rather than a
 * normative document: 政府规章《…》, 《…》(常德市人民政府令第15号), 《…》等规章, 《…》立法调研.
 */
const RULE_CUE_BEFORE = /规章[:：]?$/;
const RULE_CUE_AFTER = /^(?:[(（][^()（）]{0,16}令第|等?(?:政府)?规章|立法)/;

/** Most unresolved spans recorded per report. */
const MAX_UNRESOLVED = 100;

function classifyFull(title: string, ctx: RecognizerContext): TitleClassification {
  const cls = classifyTitle(title, ctx.gazetteers);
  return cls.label === 'Document' ? { ...cls, name: canonicalTitle(title) } : cls;
}

/**
 * Verbs of making, performing or broadcasting a work, and words that name a kind of work, before its
 * title. Handbooks and readers a town prints (编印《…手册》) are documents by the samples' convention.
 */
const WORK_BEFORE = /(?:创作|编创|编排|排演|表演|演出|演唱|传唱|拍摄|摄制|录制|播出|播放|栏目|节目|专栏|歌曲|微电影|短剧)了?$/;
/** Kinds of work after a title (and the other titles and 等 of its list). */
const WORK_AFTER = /^(?:《[^《》]{1,30}》)*等?[\u4e00-\u9fa5]{0,8}?(?:歌曲|节目|栏目|专栏|微电影|电影|短剧|小品|快板|情景剧|短视频|宣传片|曲目|舞蹈|戏曲)/;
/** Titles of periodicals (日报, 晚报, 简报, 杂志, 期刊 …); not a 通报, which is a document. */
const PERIODICAL_END = /(?:日报|晚报|时报|早报|周报|简报|杂志|期刊|周刊|月刊|专刊)$/;
/** The titles of a list right before a title (表演《草原法在我心中》《守边人》, 《…》、《…》). */
const TITLE_BEFORE = /《[^《》]{1,30}》、?$/;

/**
 * Whether a title without an instrument's ending names a work: a periodical by its name, or a song,
 * programme or publication by the verb or the kind of work around it.
 */
function isWorkTitle(title: string, text: string, start: number, end: number): boolean {
  const base = title.replace(/(?:[(（][^()（）]*[)）])+$/, '');
  if (TITLE_ENDING_AT_END.test(base) || base.startsWith('关于')) return false;
  if (PERIODICAL_END.test(base)) return true;
  // Back over the other titles of a list to the verb before them.
  let before = text.slice(Math.max(0, start - 160), start);
  for (let m = TITLE_BEFORE.exec(before); m; m = TITLE_BEFORE.exec(before)) before = before.slice(0, m.index);
  return WORK_BEFORE.test(before.slice(-6).replace(/[“”"]/g, '')) || WORK_AFTER.test(text.slice(end, end + 50));
}

function recognizeTitles(p: Passage, ctx: RecognizerContext, state: DocState, out: RecognizerOutput): void {
  state.strayFloor = 0;
  const { titles, stray } = scanTitles(p.text);
  for (const s of stray) {
    // A run of stray brackets is one problem, and a page of them is noise: keep a few.
    if (state.unresolvedLeft <= 0) break;
    if (s.at < state.strayFloor) continue;
    state.unresolvedLeft--;
    const from = s.kind === 'unclosed' ? s.at : Math.max(0, s.at - 20);
    const to = s.kind === 'unclosed' ? Math.min(p.text.length, s.at + 20) : s.at + 1;
    out.unresolved!.push({
      surface: p.text.slice(from, to),
      start: p.start + from,
      end: p.start + to,
      passage: p.index,
      recognizer: NAME,
      reason: s.kind === 'unclosed' ? 'unbalanced 《 with no closing 》 and no title ending in its clause' : 'stray 》 with no title before it',
    });
    state.strayFloor = to;
  }
  for (const t of titles) {
    const [ts, te] = trimSpan(p.text, t.textStart, t.textEnd);
    const title = unquote(p.text.slice(ts, te)).replace(/\s+/g, '');
    const surface = p.text.slice(t.start, t.end);
    const formTag = t.form === 'balanced' ? '' : `repaired:${t.form};`;
    const declared = state.shortNames.get(title);
    if (declared) {
      out.mentions.push(makeMention(p, t.start, t.end, declared, `${formTag}short-name:${title}`, 10));
      continue;
    }
    if (title.length === 0 || GENERIC_TITLE.test(title)) {
      if (state.unresolvedLeft-- <= 0) continue;
      out.unresolved!.push({ surface, start: p.start + t.start, end: p.start + t.end, passage: p.index, recognizer: NAME, reason: 'generic title with no resolvable referent' });
      continue;
    }
    let cls: Classified = classifyFull(p.text.slice(ts, te), ctx);
    const after = p.text.slice(t.end, t.end + 40);
    // 创作了《法律进侗寨》等歌曲, 栏目《法治时空》, 在《常德日报》开设专栏: a song, a programme or a
    // publication, no document. Titled instruments keep their ending (…办法, …方案), so only titles
    // without one are read so.
    if (cls.label === 'Document' && cls.reason === 'form:document' && isWorkTitle(title, p.text, t.start, t.end)) {
      if (state.unresolvedLeft-- > 0) out.unresolved!.push({ surface, start: p.start + t.start, end: p.start + t.end, passage: p.index, recognizer: NAME, reason: 'the title of a work (a song, a programme, a publication), not a document' });
      continue;
    }
    if (cls.label === 'Document' && RULE_ENDING.test(title) && !/关于|通知/.test(title)) {
      if (RULE_CUE_BEFORE.test(p.text.slice(Math.max(0, t.start - 6), t.start)) || RULE_CUE_AFTER.test(after)) state.ruleTitles.add(cls.name);
    }
    const numbered = parseDocNumber(after);
    if (numbered) cls = numberedDocument(cls);
    if (cls.label === 'Document') cls = { ...cls, docNumber: numbered?.docNumber ?? null, docNumberRaw: numbered?.raw ?? null, issuer: numbered?.issuer ?? null };
    const short = SHORT_NAME.exec(after);
    if (short) state.shortNames.set(unquote(short[1]).replace(/\s+/g, ''), cls);
    const mention = makeMention(p, t.start, t.end, cls, `${formTag}${cls.reason}`, 10);
    out.mentions.push(mention);
    for (const inner of t.inner) {
      const [is, ie] = trimSpan(p.text, inner.open + 1, inner.close);
      const innerTitle = unquote(p.text.slice(is, ie)).replace(/\s+/g, '');
      if (!innerTitle || GENERIC_TITLE.test(innerTitle)) continue;
      const ic = classifyFull(p.text.slice(is, ie), ctx);
      out.mentions.push(makeMention(p, inner.open, inner.close + 1, ic, `nested:${ic.reason}`, 11, { nestedIn: mention.name }));
    }
  }
}

// --------------------------------------------------------------------- titles without brackets

/** Names of the issuer and its parents: local documents come from the issuer's own hierarchy. */
function placeNamesOf(issuer: Issuer | null): string[] {
  if (!issuer) return [];
  const names = new Set<string>([issuer.name]);
  for (const n of [issuer.county, issuer.city, issuer.province]) if (n) names.add(n);
  for (const a of issuer.parents ?? []) names.add(a.name);
  return [...names].filter((n) => n.length >= 2);
}

/** `(试行)` / `(暂行)` after a title ending: the mark of a titled instrument even without 《》. */
const TRIAL_MARK = /(?:清单|办法|方案|规定|细则|意见|规则|指引|制度|标准)[(（](?:试行|暂行)[)）]/g;

/**
 * Titles written without 《》: a name that starts with the issuer's own place (or a parent's),
 * ends in a document type and carries (试行)/(暂行), e.g. 按照宁波市…职责清单(试行), 全面推进….
 */
function recognizeUnbracketed(p: Passage, ctx: RecognizerContext, places: string[], out: RecognizerOutput): void {
  if (!places.length || !/[(（](?:试行|暂行)[)）]/.test(p.text)) return;
  for (const m of p.text.matchAll(TRIAL_MARK)) {
    const end = m.index! + m[0].length;
    if (p.text[end] === '》' || p.text[end] === '>') continue;
    const floor = Math.max(0, m.index! - MAX_STRAY_BACK);
    // The clause start: a title has no punctuation inside.
    let clause = floor;
    for (let k = m.index! - 1; k >= floor; k--) {
      if (CLAUSE_BREAK.test(p.text[k])) {
        clause = k + 1;
        break;
      }
    }
    const span = p.text.slice(clause, m.index!);
    let start = -1;
    for (const place of places) {
      for (const prefix of [`中共${place}`, place]) {
        const at = span.indexOf(prefix);
        if (at < 0) continue;
        const before = span.slice(0, at);
        // The place must open the title: at the clause start or right after an introducing word.
        if (before === '' || ENDS_WITH_CUE.test(before)) {
          if (start < 0 || clause + at < start) start = clause + at;
        }
      }
    }
    if (start < 0 || end - start < 8) continue;
    const title = p.text.slice(start, end);
    // 镇推进法治政府建设的实施方案 describes a document; titles say 关于…的 when they use 的 at all.
    if (title.includes('的') && !title.includes('关于')) continue;
    const cls = classifyFull(title, ctx);
    out.mentions.push(makeMention(p, start, end, cls, `unbracketed:${cls.reason}`, 9));
  }
}

/**
 * A notice cited without 《》 but with its 文号 in brackets right after it: …关于印发…的通知(东政办发
 * 〔2023〕21号). The number leaves no doubt that the words before it are a document's title.
 */
// A short bracketed word may sit inside the title (乡镇（街道）); the 文号's bracket follows it.
const UNBRACKETED_NOTICE = /关于(?:[^，,。；;：:！!？?\n《》“”"（）()、]|[（(][\u4e00-\u9fa5]{1,4}[）)]){2,60}?的(?:通知|意见|决定|通报|批复|方案|办法|规定|报告|函)(?=\s*[（(])/g;
/** The body that issues a notice, written before its 关于 (四川省人民政府关于…, 宜宾市人民政府办公室关于…). */
const NOTICE_ISSUER_END = /(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|政府|党委|局|厅|委|部)$/;

function recognizeNotices(p: Passage, ctx: RecognizerContext, out: RecognizerOutput): void {
  if (!p.text.includes('关于')) return;
  for (const m of p.text.matchAll(UNBRACKETED_NOTICE)) {
    let start = m.index!;
    const end = start + m[0].length;
    // The issuing body before 关于 is part of the title, read back to the verb that cites it.
    const issuer = findNameStart(p.text, start, { maxPrefix: 20, levelCut: true, standsAlone });
    if (issuer.complete && issuer.start < start && NOTICE_ISSUER_END.test(p.text.slice(issuer.start, start))) start = issuer.start;
    // Inside 《》 the bracketed reading has it.
    const open = p.text.lastIndexOf('《', start);
    if (open >= 0 && p.text.indexOf('》', open) >= start) continue;
    const doc = parseDocNumber(p.text.slice(end, end + 40));
    if (!doc) continue;
    let cls: Classified = numberedDocument(classifyFull(p.text.slice(start, end), ctx));
    if (cls.label === 'Document') cls = { ...cls, docNumber: doc.docNumber, docNumberRaw: doc.raw, issuer: doc.issuer };
    out.mentions.push(makeMention(p, start, end, cls, `unbracketed-numbered:${cls.reason}`, 9));
  }
}

/**
 * A document listed in a table (附件: 序号 | 文件名称 | 文号 | 发布日期): its title sits in a cell of
 * its own, without 《》, and its 文号 in another cell of the same row. The number leaves no doubt
 * that the cell is a title; the title's ending says it names an instrument, not a body or a date.
 */
const TITLE_CELL_END = new RegExp(`(?:${TITLE_ENDING.source}|措施|公告|通告|批复|决议)$`);
/** Whole cell is a 文号 (浦政规〔2024〕1号), perhaps bracketed. */
const NUMBER_CELL_END = /号[)）]?$/;

function recognizeTableRows(p: Passage, ctx: RecognizerContext, out: RecognizerOutput): void {
  if (!p.text.includes('号') || p.text.includes('《')) return;
  const cells = cellsOf(p.text);
  if (!cells) return;
  const numberAt = cells.findIndex((c) => NUMBER_CELL_END.test(c.text) && parseDocNumber(c.text)?.raw.length === c.text.replace(/^[(（]/, '').length);
  if (numberAt < 0) return;
  const doc = parseDocNumber(cells[numberAt].text)!;
  // The title nearest the number, before it as tables list them, else after.
  const isTitle = (i: number) => i !== numberAt && cells[i].text.length >= 6 && /[\u4e00-\u9fa5]{4}/.test(cells[i].text) && TITLE_CELL_END.test(cells[i].text);
  let at = -1;
  for (let i = numberAt - 1; i >= 0 && at < 0; i--) if (isTitle(i)) at = i;
  for (let i = numberAt + 1; i < cells.length && at < 0; i++) if (isTitle(i)) at = i;
  if (at < 0) return;
  const cell = cells[at];
  let cls: Classified = numberedDocument(classifyFull(cell.text, ctx));
  if (cls.label === 'Document') cls = { ...cls, docNumber: doc.docNumber, docNumberRaw: doc.raw, issuer: doc.issuer };
  out.mentions.push(makeMention(p, cell.start, cell.end, cls, `table-row:${cls.reason}`, 9));
}

export const titledCitationRecognizer: Recognizer = {
  name: NAME,
  labels: ['Law', 'Document'],
  recognize(ctx) {
    const out: RecognizerOutput = { mentions: [], unresolved: [] };
    const state: DocState = { shortNames: new Map(), unresolvedLeft: MAX_UNRESOLVED, strayFloor: 0, ruleTitles: new Set() };
    const places = placeNamesOf(ctx.issuer);
    for (const p of ctx.text.passages) {
      if (p.text.includes('《') || p.text.includes('》') || p.text.includes('<<') || p.text.includes('>>')) recognizeTitles(p, ctx, state, out);
      recognizeUnbracketed(p, ctx, places, out);
      recognizeNotices(p, ctx, out);
      recognizeTableRows(p, ctx, out);
    }
    // A title the text calls a rule once is a rule wherever it is cited.
    if (state.ruleTitles.size) {
      for (const m of out.mentions) {
        if (m.label !== 'Document' || !state.ruleTitles.has(m.name)) continue;
        m.label = 'Law';
        m.reason = `${m.reason};called-a-rule`;
        m.attrs = { kind: 'rule', fullName: m.name, ...(m.attrs?.nestedIn ? { nestedIn: m.attrs.nestedIn } : {}) };
      }
    }
    return out;
  },
};
