// Platforms: national and provincial ones by gazetteer (学习强国, 12345热线, 社区通), and named
// ones by form — a quoted name before a platform word (“法润练塘”公众号, “企呼我应”平台, “浙里办”APP)
// or an unquoted name that opens with a place or a body (上海行政处罚信息公开网站,
// 宁波基层智治综合应用系统, 市城管局数据交换平台). A bare 公众号 or 政务服务平台 is no platform.
import type { Issuer, Mention, Passage } from '../../types.js';
import type { NamedEntry } from '../../ontology/types.js';
import type { MatchTrie } from '../match-trie.js';
import { adminNameEndingAt, adminNameStartingAt, isPlaceName } from '../names/admin-names.js';
import { findNameStart } from '../names/find-name-start.js';
import { standsAlone } from '../names/stands-alone.js';
import { mergeVariants } from '../names/merge-variants.js';
import { SuffixScanner } from '../names/suffix-scanner.js';
import { makeInsideTitle } from '../names/title-spans.js';
import { loadSegmenter } from '../../text/segment.js';
import type { Recognizer, RecognizerContext } from '../types.js';
import { createGazetteerRecognizer } from './create-gazetteer-recognizer.js';
import { levelWordAt, resolveUnitWord } from './self-references.js';
import { makePassageMention } from '../make-passage-mention.js';

export const PLATFORM_FORMS = 'platform-forms';
const GAZETTEER_PRIORITY = 5;
const FORM_PRIORITY = 5;
const MAX_PREFIX = 16;
/** Longest quoted scheme taken into a platform's name. */
const MAX_QUOTED = 10;

export type PlatformKind = 'app' | 'website' | 'hotline' | 'system' | 'wechat';

const KIND_OF_WORD: Record<string, PlatformKind> = {
  微信公众号: 'wechat', 公众号: 'wechat', 视频号: 'wechat', 小程序: 'wechat',
  APP: 'app', App: 'app', app: 'app', 客户端: 'app', 应用: 'app',
  网站: 'website', 门户网站: 'website', 微博: 'website', 抖音号: 'website',
  热线: 'hotline', 专线: 'hotline',
  平台: 'system', 系统: 'system',
};

/** The platform words, longest first where they nest (微信公众号 over 公众号, 门户网站 over 网站). */
const PLATFORM_WORD = Object.keys(KIND_OF_WORD).sort((a, b) => b.length - a.length).join('|');
// “X”平台, or quoted names listed before one platform word (“A”“B”等平台, “A”、“B”APP): the names,
// an optional 等, an optional 线上/网上 and the platform word.
const QUOTED = new RegExp(`((?:[“"][^“”"《》\\n]{2,15}[”"][、和及与]?)+)(等)?(?:线上|网上|在线|微信|官方)?(${PLATFORM_WORD})`, 'g');
const QUOTED_NAME = /[“"]([^“”"《》\n]{2,15})[”"]/g;
/** Quoted words that are no name (“两个平台”) or that already end in a platform word. */
const NOT_A_NAME = /^(?:[一二三四五六七八九十两\d]+个|[一二三四五六七八九十两]+[网端屏])|(?:平台|系统|网站|公众号)$/;

const HEADS = new SuffixScanner<PlatformKind>();
for (const w of ['网站', '门户网站', '平台', '系统', 'APP', 'App', 'app', '客户端', '小程序', '公众号']) HEADS.add(w, KIND_OF_WORD[w]);
// A province's online government service hall and its legal-service site (四川政务服务网, 12348广西法网).
for (const w of ['政务服务网', '法网', '法律服务网']) HEADS.add(w, 'website');
// A government's site named 政府网 (竹山县人民政府网, not 政府网格) and the sites of legal publicity (全国青少年普法网).
for (const w of ['政府网', '普法网']) HEADS.add(w, 'website');
// Applications of a province's digital government (浙江省大综合一体化执法监管数字应用, 基层智治综合应用).
for (const w of ['数字应用', '数字化应用', '综合应用']) HEADS.add(w, 'system');
// A place's city brain (浦东城市大脑, 海淀城市大脑), named by the place.
HEADS.add('城市大脑', 'system');
/** Heads that a place name alone may name (四川政务服务网, 湖北法律服务网). */
const PLACE_NAMED = new Set(['政务服务网', '法网', '法律服务网', '城市大脑']);

/** Verbs before a platform's name that may sit inside other names: 推进|常德市法治政府建设综合管理平台, 录入|…平台. */
const PLATFORM_BOUNDARIES: ReadonlySet<string> = new Set(['推进', '录入', '接入', '上传', '上线', '启用', '开通', '研发', '开发', '试点', '全面应用', '推广应用', '解决']);
/** Words of the medium inside a platform's name after its place (广东省|网上|行政复议平台). */
const MEDIUM_WORDS = new Set(['网上', '线上', '在线', '移动']);

/** Words before 系统 that make it an information system rather than a 系统 of offices (全省公安系统). */
const SYSTEM_DESCRIPTOR = /(?:应用|信息|信息化|管理|办案|服务|监管|监督|数据|业务|指挥|智治|治理|办公|综合|审批|调度|预警|平台|监控|监测|(?:移动|智慧|网上|在线|非现场)执法)$/;
/** Descriptions too generic to name one platform on their own (政务服务平台, 手机APP). */
const GENERIC = /^(?:政务服务|政务|公共服务|线上|线下|网上|网络|信息化|数字化|智能化|智慧|综合|相关|各类|多个|手机|移动|微信|官方|服务|工作|监管|执法|该|此|本)$/;

/** A kind of government service platform, after the quoted name of one (“秦务员”政务服务平台). */
const SERVICE_KIND = /^(?:移动|网上|线上|在线)?(?:政务服务|政务|公共服务|服务)$/;
/** An unplaced description long and specific enough to name one platform (智能化社区治理平台). */
const LONG_DESCRIPTION = /^[\u4e00-\u9fa5]{4,}(?:治理|服务|管理|监管|监督|信息|数据|交换|应用|办案|协同|共享|调解|公开|审查|智治|矫正|普法|监控|监测|指挥|监督网络)$/;
/** The whole country's systems, named as such (全国校外教育培训监管与服务综合平台, 国家企业信用信息公示系统). */
const NATIONAL_NAME = /^(?:全国|国家)/;
/** A sector's offices across a unit (全市应急管理系统), unless the words of an information system say otherwise. */
const SECTOR_OF_UNIT = /^全[省市县区镇乡旗州]/;
const INFORMATION_WORDS = /信息|数据|应用|平台|办案|智治|网络|数字/;
/** Levels in a platform's name make it every such unit's (街道、社区两级公共法律服务平台). */
const LEVELS = /[两三四五]级/;

/** Words that join two descriptions inside one platform's name (四川省行政执法与监督平台). */
const JOINERS = new Set(['与', '和', '及']);
/** The end of a body's name (…中心, …政府, …局). */
const BODY_END = /(?:中心|政府|局|委|办|院|所|厅|部|站|队)$/;

export interface PlatformCandidate {
  start: number;
  end: number;
  name: string;
  kind: PlatformKind;
  rule: string;
}

/** The gazetteer's name for a platform found by form (津治通平台 → 津治通, 12345 → 12345政务服务便民热线). */
function canonicalName(name: string, trie: MatchTrie<NamedEntry>, all: readonly NamedEntry[]): string {
  const known = trie.get(name)?.[0] ?? (/^\d{5,6}$/.test(name) ? all.find((e) => e.name.startsWith(name)) : undefined);
  return known?.name ?? name;
}

/** True when `name` is a unit's or its government's name (小白楼街道, 海北镇人民政府). */
function namesAUnit(name: string): boolean {
  const unit = adminNameStartingAt(name, 0);
  return unit !== null && (unit.end === name.length || /^(?:人民政府|政府|办事处|街道办事处)$/.test(name.slice(unit.end)));
}

function findQuoted(text: string): PlatformCandidate[] {
  const out: PlatformCandidate[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const start = m.index ?? 0;
    const word = m[3];
    const names = [...m[1].matchAll(QUOTED_NAME)];
    // One name right before the word: the mention spans both (“法润练塘”公众号).
    if (names.length === 1 && !m[2]) {
      if (m[1].length !== names[0][0].length) continue;
      const name = names[0][1].trim();
      // “小白楼街道”微信公众号: an account named after its unit is named with its kind, or it would
      // be the unit's name.
      const named = namesAUnit(name) ? name + m[0].slice(m[1].length) : name;
      if (NOT_A_NAME.test(name)) continue;
      // 安徽省“互联网+监管”系统: a province's or a city's system of a national scheme is named with it.
      const place = KIND_OF_WORD[word] === 'system' ? adminNameEndingAt(text, start, Math.max(0, start - 10)) : null;
      const upper = place && place.units.some((u) => u.level === 'province' || u.level === 'city') ? place : null;
      if (upper) out.push({ start: upper.start, end: start + m[0].length, name: text.slice(upper.start, start) + name + word, kind: 'system', rule: `placed-quoted:${word}` });
      else out.push({ start, end: start + m[0].length, name: named, kind: KIND_OF_WORD[word], rule: `quoted:${word}` });
      continue;
    }
    // A list: each of its names is a platform of the kind the word after them says.
    for (const n of names) {
      const name = n[1].trim();
      if (NOT_A_NAME.test(name)) continue;
      const at = start + (n.index ?? 0);
      out.push({ start: at, end: at + n[0].length, name, kind: KIND_OF_WORD[word], rule: `quoted-list:${word}` });
    }
  }
  return out;
}

/** True when an unquoted name opens with a body (市城管局数据交换平台, 区司法局…系统). */
function opensWithBody(name: string): boolean {
  if (!levelWordAt(name, 0)) return false;
  const body = /^[\u4e00-\u9fa5]{1,8}?(?:局|委|办|院|所|厅|部|中心)/.exec(name);
  return !!body && body[0].length < name.length - 3;
}

/**
 * The span and name of a platform named from `start` to `end`, with the service number right before
 * it, quoted or not, taken in (12348广西法网, “12389”公安机关举报投诉平台).
 */
function withServiceNumber(text: string, start: number, end: number): { start: number; end: number; name: string } {
  const number = /[“"]?\d{5,6}[”"]?$/.exec(text.slice(Math.max(0, start - 8), start));
  const from = number ? start - number[0].length : start;
  return { start: from, end, name: text.slice(from, end).replace(/[“”"]/g, '') };
}

/**
 * Where a platform's name starts when the walk stopped at `from` inside it: at the place before the
 * medium word that stopped it (广东省|网上|行政复议平台), or at the place that opens a name read on
 * across a joining word (四川省行政执法|与|监督平台) — not across a body or another platform
 * (乐山市大数据中心|和|公共资源交易平台, …管理平台|与|省级平台 are two things).
 */
function placeBefore(text: string, from: number): number {
  let start = from;
  if (MEDIUM_WORDS.has(text.slice(start - 2, start))) start = adminNameEndingAt(text, start - 2, Math.max(0, start - 12))?.start ?? start;
  const joiner = start - 1;
  if (!JOINERS.has(text[joiner] ?? '') || BODY_END.test(text.slice(Math.max(0, joiner - 4), joiner)) || HEADS.longestEndingAt(text, joiner, Math.max(0, joiner - HEADS.maxLength))) {
    return start;
  }
  const on = findNameStart(text, joiner, { maxPrefix: MAX_PREFIX, standsAlone, boundaries: PLATFORM_BOUNDARIES });
  for (let at = on.start; on.complete && at < start - 3; at++) if (adminNameStartingAt(text, at) || NATIONAL_NAME.test(text.slice(at, at + 2))) return at;
  return start;
}

/** Whether the first 4, 3 or 2 characters of `name` are a place's name. */
function opensWithPlaceName(name: string): boolean {
  for (let l = 4; l >= 2; l--) if (isPlaceName(name.slice(0, l))) return true;
  return false;
}

// The loops below visit every character of a passage: a closure in their body that used a variable
// of the body would cost an allocation (its context) at every character, not only where it runs.
function findNamed(text: string): PlatformCandidate[] {
  const out: PlatformCandidate[] = [];
  for (let e = 2; e <= text.length; e++) {
    const h = HEADS.longestEndingAt(text, e, Math.max(0, e - HEADS.maxLength));
    if (!h) continue;
    // 平台体系, 系统性: the platform word opens another word; 综合应用|系统: it is part of the next one.
    if (/^[体性化]/.test(text[e] ?? '') || /^(?:系统|平台)/.test(text.slice(e, e + 2))) continue;
    if (h.word === '政府网' && text[e] === '格') continue;
    // A quoted scheme may open the name (“大综合一体化”行政执法监管数字应用), and lengthen it past the
    // walk's limit by as much as its length (山东省“双随机、一公开”监管工作平台).
    const found = findNameStart(text, h.start, { maxPrefix: MAX_PREFIX, standsAlone, boundaries: PLATFORM_BOUNDARIES, maxQuoted: MAX_QUOTED, quotedExtra: MAX_QUOTED });
    if (!found.complete || found.start === h.start) continue;
    // “12348”四川法网: a quoted service number is taken in as a number (withServiceNumber), not as a scheme.
    const number = /^[“"]\d{5,6}[”"]/.exec(text.slice(found.start, h.start));
    let start = placeBefore(text, found.start + (number ? number[0].length : 0));
    // 教育部|全国青少年普法网: the department that runs a national site is not part of its name.
    const national = text.indexOf('全国', start);
    if (national > start && national < h.start && BODY_END.test(text.slice(start, national))) start = national;
    const name = text.slice(start, e);
    const description = name.slice(0, name.length - h.word.length);
    // “秦务员”政务服务平台, “粤商通”移动政务服务平台: the quoted name before a generic kind is the platform's.
    const quotedOpen = /^[“"]([^“”"]{2,10})[”"]/.exec(description);
    if (quotedOpen) {
      const rest = description.slice(quotedOpen[0].length);
      if (SERVICE_KIND.test(rest)) {
        out.push({ start, end: e, name: quotedOpen[1], kind: h.value, rule: `quoted-kind:${h.word}` });
        continue;
      }
    }
    if (GENERIC.test(description) || LEVELS.test(description)) continue;
    if (h.word === '系统' && SECTOR_OF_UNIT.test(description) && !INFORMATION_WORDS.test(description)) continue;
    if (h.value === 'app' && description.length >= 2 && description.length <= 6) {
      // The app is 皖事通, whether or not the text adds APP.
      out.push({ start, end: e, name: description, kind: 'app', rule: `app:${h.word}` });
      continue;
    }
    if (h.word === '系统' && !SYSTEM_DESCRIPTOR.test(description)) continue;
    if (PLACE_NAMED.has(h.word) && isPlaceName(description)) {
      out.push({ ...withServiceNumber(text, start, e), kind: h.value, rule: `place:${h.word}` });
      continue;
    }
    if (description.length < 4) continue;
    const placed = !!adminNameStartingAt(name, 0) || opensWithPlaceName(name) || NATIONAL_NAME.test(name);
    // 在线调解服务平台: a description that opens with its medium names a kind of platform.
    const described = LONG_DESCRIPTION.test(description.replace(/[“”"]/g, '')) && !MEDIUM_WORDS.has(description.slice(0, 2));
    const rule = placed ? 'placed' : opensWithBody(name) ? 'body' : described ? 'described' : null;
    if (!rule) continue;
    out.push({ ...withServiceNumber(text, start, e), kind: h.value, rule: `${rule}:${h.word}` });
  }
  return out;
}

/**
 * Named platforms found by form in one passage's text (offsets into that text); quoted names first,
 * an unquoted one only where no quoted one covers it.
 * @example findPlatformForms('“法润练塘”公众号推送')[0].name === '法润练塘'
 */
export function findPlatformForms(text: string): PlatformCandidate[] {
  const quoted = findQuoted(text);
  const named = findNamed(text).filter((n) => !quoted.some((q) => q.start < n.end && n.start < q.end));
  const found = [...quoted, ...named];
  for (const h of findHotlines(text)) if (!found.some((f) => f.start < h.end && h.start < f.end)) found.push(h);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A public service line by its number and what it serves (12328交通运输服务监督电话, 12316三农服务热线):
 * a five-digit number (the 123xx series, 12345, 96xxx) right before a line word.
 */
const HOTLINE = /(?<![\d０-９])((?:1[0-9]{4}|96[0-9]{3}))([\u4e00-\u9fa5]{0,14}?)(热线|服务电话|监督电话|举报电话|投诉电话|专线)/g;

function findHotlines(text: string): PlatformCandidate[] {
  const out: PlatformCandidate[] = [];
  for (const m of text.matchAll(HOTLINE)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, name: m[0], kind: 'hotline', rule: `hotline:${m[3]}` });
  }
  return out;
}

function toMention(c: PlatformCandidate, p: Passage): Mention {
  return makePassageMention(p, c, { label: 'Platform', name: c.name, recognizer: PLATFORM_FORMS, reason: c.rule, attrs: { kind: c.kind }, priority: FORM_PRIORITY });
}

/** A government's portal named by its level word (县政府门户网站, 区人民政府网站). */
const LEVEL_PORTAL = /(街道|[省市区县旗州镇乡])(?:人民)?政府(?:门户)?网(?:站|(?!格))/g;

/** The portals of the units a level word points at, named after the unit (县政府门户网站 → 营山县人民政府门户网站). */
function findLevelPortals(text: string, issuer: Issuer | null): PlatformCandidate[] {
  const out: PlatformCandidate[] = [];
  for (const m of text.matchAll(LEVEL_PORTAL)) {
    const at = m.index ?? 0;
    // The level word alone, after no name of its own (not 海伦市人民政府门户网站).
    if (levelWordAt(text, at) !== m[1] || adminNameEndingAt(text, at + m[1].length, Math.max(0, at - 8))) continue;
    const unit = resolveUnitWord(m[1], issuer);
    if (unit) out.push({ start: at, end: at + m[0].length, name: `${unit.name}人民政府门户网站`, kind: 'website', rule: `level:${m[1]}` });
  }
  return out;
}

export const platformFormRecognizer: Recognizer = {
  name: PLATFORM_FORMS,
  labels: ['Platform'],
  recognize(ctx: RecognizerContext) {
    loadSegmenter(ctx.ontology);
    const mentions: Mention[] = [];
    const trie = ctx.gazetteers.platforms;
    for (const p of ctx.text.passages) {
      const inTitle = makeInsideTitle(p.text);
      for (const c of [...findPlatformForms(p.text), ...findLevelPortals(p.text, ctx.issuer)]) {
        if (inTitle(c.start)) continue;
        const m = toMention(c, p);
        m.name = canonicalName(m.name, trie, ctx.ontology.platforms);
        mentions.push(m);
      }
    }
    const renames = mergeVariants(mentions.map((m) => m.name), () => false);
    for (const m of mentions) m.name = renames.get(m.name) ?? m.name;
    return { mentions };
  },
};

/** Platforms by name or alias (学习强国, 12345热线, 政府门户网站); not 社区通 inside 社区通过. */
export const platformGazetteerRecognizer = createGazetteerRecognizer({
  name: 'platform-gazetteer',
  label: 'Platform',
  trie: (g) => g.platforms,
  toMention: (p, matched, _ctx, around) => {
    // 北京通州区: a place, not the app.
    if (/通$/.test(matched) && /^[过知报州]/.test(around.after)) return null;
    return { name: p.name, reason: `gazetteer:${matched}`, attrs: { kind: p.kind || null } };
  },
  priority: GAZETTEER_PRIORITY,
});
