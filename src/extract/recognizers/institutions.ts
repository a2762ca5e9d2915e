// Institutions: central organs by gazetteer (党中央, 国办, 最高法), and local bodies by the form of
// their names — a head word from the ontology's institutionKinds (司法所, 领导小组, 依法治区办 …)
// read leftwards to the word that introduces it — scoped to the unit a level word points at
// (镇党委 in 练塘镇's report → 练塘镇党委, 区司法局 → 开州区司法局, bare 司法所 → 练塘镇司法所).
import type { InstitutionKind, Ontology } from '../../ontology/types.js';
import type { Issuer, Mention, Passage } from '../../types.js';
import { writtenStreetOfficeName } from '../../resolve/admin/admin-name-grammar.js';
import { adminNameEndingAt, adminNameStartingAt, startsWithPlaceName, townshipsByShortName, type AdminName } from '../names/admin-names.js';
import { findNameStart, leadingBoundary } from '../names/find-name-start.js';
import { PARALLEL_MOTTO } from '../program/find-quoted-programs.js';
import { standsAlone } from '../names/stands-alone.js';
import { mergeVariants } from '../names/merge-variants.js';
import { SuffixScanner, type SuffixHit } from '../names/suffix-scanner.js';
import { makeInsideTitle } from '../names/title-spans.js';
import { loadSegmenter } from '../../text/segment.js';
import type { Recognizer, RecognizerContext } from '../types.js';
import { createGazetteerRecognizer } from './create-gazetteer-recognizer.js';
import { isGenericBefore, LEVEL_CHARS, levelWordAt, resolveUnitWord, selfReferenceAtStart, ZONE_WORDS, type ScopeUnit } from './self-references.js';

export const INSTITUTIONS = 'institutions';
const PRIORITY = 4;
/** Characters read before a head word (per link of a chain such as 三乡镇…中心|中山温泉服务站). */
const MAX_PREFIX = 16;

export interface KindEntry {
  kind: string;
  scoped: boolean;
  suffix: string;
  /** The label its bodies take (InstitutionKind.label). */
  label: 'Institution' | 'Organization';
}

/** Kinds whose bare head word names no body in particular (办公室, 领导小组): a name is needed. */
const NEEDS_NAME = new Set([
  '领导小组', '协调小组', '工作小组', '专班', '指挥部', '指挥中心', '委员会', '办公室', '中心', '工作站', '工作室',
  '联络点', '联络站', '宣传队', '局', '分局', '大队', '支队', '中队', '科室', '管委会', '党组', '党支部', '党小组',
  '居委会', '村委会', '业主委员会', '联合党委', '人民调解委员会', '调解室', '网格', '巡察组', '纪检监察组', '党校', '政府办公室', '监察室',
]);
/** Kinds named by their place only (镇党委, 区政府): with a descriptive prefix (法治政府) they are no body. */
const NEEDS_PLACE = new Set(['党委', '人民政府', '街道办事处', '人大', '人大工委', '政协', '人大常委会', '纪委', '监委']);
/** Two-character head words that stand alone as one body (团委, 法院 …). */
const SHORT_ALONE = new Set(['团委', '团工委', '妇联', '工会', '残联', '法院']);
/** Social-work agencies: organizations, not bodies of a government (see organizations.ts). */
const SOCIAL_WORK_AGENCY = /(?:社会工作|社工)服务(?:中心|社)$/;
/** A number or a quantity word alone before a kind word (一中心, 两中心, 多中心, 数个中心). */
const COUNT_PREFIX = /^(?:[一二两三四五六七八九十百多几数每]|[\d]+)个?$/;
/** Head words whose bare mention is never a body (职能科室 …). */
const NEVER_BARE = new Set(['科室', '股室']);
/** Prefixes that make a name generic rather than a body's name (相关部门, 职能科室, 模拟法庭). */
const GENERIC_PREFIX = new Set([
  '相关', '有关', '其他', '其它', '各类', '各级', '上级', '下级', '基层', '专门', '专业', '专职', '同级', '本级', '内设',
  '主管', '职能', '执法', '业务', '牵头', '成员', '责任', '模拟', '临时', '有关部门', '派出', '下属', '所属', '相应',
  // 全分局, 全局: the whole of the issuing body, no body of its own.
  '全',
]);
const GOVERNMENT_KINDS = new Set(['人民政府', '街道办事处']);
/**
 * Kinds of the stations a county's bureau keeps in a township, named by the township (彦洞派出所,
 * 高坡市场监管所, 马口人民法庭): after the bureau (县公安局彦洞派出所) the station is a body of its own,
 * and the bureau another. A part named relative to its bureau (分局, 中队 …) stays in the bureau's name.
 */
const STATION_KINDS = new Set(['派出所', '市场监督管理所', '人民法庭', '司法所', '自然资源所', '财政所', '检察室']);

/** Verbs that take a body as their object (审查居委会合同, 约谈管委会): before a kind word, no name of it. */
const OBJECT_VERBS = new Set(['审查', '审核', '检查', '约谈', '考核', '慰问', '督查', '培训']);

/** Whether a place's full or short name (肥城市, 肥城; a township's: 彦洞, 韦州, 城关) opens text[pos, end). */
function placeOpensAt(text: string, pos: number, end: number): boolean {
  if (startsWithPlaceName(text.slice(pos, end))) return true;
  for (let len = Math.min(4, end - pos); len >= 2; len--) if (townshipsByShortName(text.slice(pos, pos + len)).length > 0) return true;
  return false;
}
/** Longest stretch of a quoted body's name left of where the walk stopped (“和睦之家|调解室”). */
const MAX_QUOTED_NAME = 12;
/**
 * Verbs before a body's name that may sit inside other names (…履行推进…职责述法会议 is one
 * meeting): 推进|执法办案管理中心.
 */
const INSTITUTION_BOUNDARIES: ReadonlySet<string> = new Set([
  '履行', '推进',
  // Handing a matter over (接收法院委派的纠纷, 转交区法律援助中心) and forming a team (村干部组成工作专班).
  '接收', '转交', '转送', '转办', '交办', '组成',
  // Taking charge of a body's work (政策法规科科长蔡志强负责|领导小组办公室日常工作).
  '负责', '承担',
  // A scope of levels before a kind of body (市、县两级行政争议调解中心).
  '两级', '三级', '四级', '五级',
  // Serving as (所长富英杰任办公室主任: 任 alone, not in 主任 or 责任) and a body's page on a site
  // (县政府门户网站教育局专栏).
  '任', '网站',
  // How often a body is heard (每季度听取一次|司法所工作汇报).
  '一次', '两次', '多次', '每次',
]);
/** Kinds of the stations a township has (a county has many of them, not one of its own). */
const TOWNSHIP_STATIONS = new Set([
  '司法所', '派出所', '人民法庭', '检察室', '公共法律服务工作站', '市场监督管理所', '自然资源所', '财政所', '退役军人服务站', '便民服务中心',
]);

// Right contexts that make a head word part of another word: 区委|员, 中心|工作, 执法队|伍, 人大|代表.
function fitsRightContext(word: string, text: string, end: number): boolean {
  const next = text[end] ?? '';
  const next2 = text.slice(end, end + 2);
  if (word.endsWith('委') && next === '员') return false;
  if (word.endsWith('中心') && (/^(?:工作|任务|城区|环节|地位|位置|内容|思想|议题|大局|镇区|学校|小学|中学|校区|医院|卫生|幼儿|广场|街区|商圈|渔港|港口|码头)/.test(next2) || /[城村校]/.test(next))) return false;
  // 城市副中心, 区域副中心: a district planned around a centre, not a body.
  if (word === '中心' && text[end - 3] === '副') return false;
  // 党组织 is no 党组; 中心|组建 no 中心组.
  if (word.endsWith('党组') && next === '织') return false;
  if (word.endsWith('中心组') && /[建成织]/.test(next)) return false;
  if (word.endsWith('队') && (next === '伍' || next === '员')) return false;
  if (word.endsWith('部') && next === '门') return false;
  if (word === '局' && /[面势限部]/.test(next)) return false;
  // 局办 are bureaus and offices in general (部分局办), unlike a bureau's 办公室.
  if (word.endsWith('局') && next === '办' && text[end + 1] !== '公') return false;
  // 司法局局长: the bureau's 局 is followed by the 局 of the post (the body is 司法局, not 司法局局).
  if (word === '局' && next === '长' && text[end - 2] === '局') return false;
  // 区司法局副局长: the 局 of a deputy's post.
  if (word === '局' && next === '长' && text[end - 2] === '副') return false;
  // 执法支队支队长, 监察大队大队长: the body named again as the post of its head.
  if (next === '长' && word.length >= 2 && text.endsWith(word, end - word.length)) return false;
  // 警种常驻中心办公, 驻中心律师, 进出中心的案件: the centre named before, not a body named 常驻中心.
  if (word === '中心' && (text[end - 3] === '驻' || (/[出入]/.test(text[end - 3] ?? '') && /[办的]/.test(next)))) return false;
  if (word.endsWith('人大') && next2 === '代表') return false;
  if (word.endsWith('政协') && next2 === '委员') return false;
  return true;
}

const scanners = new WeakMap<Ontology, SuffixScanner<KindEntry>>();
const labels = new WeakMap<Ontology, Map<string, KindEntry['label']>>();

/** The label of each kind of body (InstitutionKind.label), by kind (built once per ontology). */
function kindLabels(ontology: Ontology): Map<string, KindEntry['label']> {
  let m = labels.get(ontology);
  if (!m) labels.set(ontology, (m = new Map(ontology.institutionKinds.map((k) => [k.kind, k.label]))));
  return m;
}

/** The head words of local bodies, from the ontology's institutionKinds (built once per ontology). */
export function getKindScanner(ontology: Ontology): SuffixScanner<KindEntry> {
  let s = scanners.get(ontology);
  if (!s) {
    s = new SuffixScanner<KindEntry>();
    for (const k of ontology.institutionKinds as InstitutionKind[]) for (const suffix of k.suffixes) s.add(suffix, { kind: k.kind, scoped: k.scoped, suffix, label: k.label });
    scanners.set(ontology, s);
  }
  return s;
}

interface Hit extends SuffixHit<KindEntry> {
  /** Set when a later head word took this one into its name. */
  absorbed?: boolean;
}

const NOT_BUREAU = new Set([...'大格全布结开当僵时残饭赌骗邮书药棋终定变胜败']);
// …发〔2023〕: a hit that the issuer code of a document number goes on after (州委|依法治州办发〔2023〕2号)
// is part of the code too.
const DOC_NUMBER_AFTER = /^(?:(?:发|函|字)?\s*[〔\[(【]?|[\u4e00-\u9fa5]{1,8}(?:发|函|字)?\s*〔)\s*(?:19|20)\d\d/;
const docNumberAfter = (text: string, at: number): boolean => DOC_NUMBER_AFTER.test(text.slice(at, at + 16));

// A department of a party committee: 省委|改革办, 区委|政法委, 市委|组织部; before a joining word, a
// post, or a verb said of a body (在区委政法委指导下, 区委组织部牵头).
const PARTY_DEPARTMENT =
  /^([\u4e00-\u9fa5]{1,3}?)(办|部|委)(?=[^\u4e00-\u9fa5]|[、和与及的等在对]|长|主任|副|书记|$|指导|统筹|牵头|部署|要求|印发|召开|联合|会同|督导|主持|领导|通报|协调|组织|考核|下发)/;

/** Head words in a passage: the longest listed word ending at each position, later ones winning overlaps. */
function collectHits(text: string, scanner: SuffixScanner<KindEntry>): Hit[] {
  const hits: Hit[] = [];
  for (let e = 1; e <= text.length; e++) {
    let h = scanner.longestEndingAt(text, e, Math.max(0, e - scanner.maxLength));
    if (!h || !fitsRightContext(h.word, text, e)) continue;
    // 韦州镇|人民政府, not 韦州|镇人民政府: a unit whose name ends in a level word takes the head's
    // first character when the rest is a head word too.
    if (h.word.length > 2 && LEVEL_CHARS.includes(h.word[0]) && LEVEL_CHARS.includes(text[h.start - 1] ?? '')) {
      const unit = adminNameEndingAt(text, h.start + 1, Math.max(0, h.start - 10));
      const rest = unit && unit.start < h.start - 1 ? scanner.longestEndingAt(text, e, h.start + 1) : null;
      if (rest && rest.start === h.start + 1) h = rest;
    }
    // 大局, 格局, 布局 are no bureaus.
    if (h.word === '局' && NOT_BUREAU.has(text[h.start - 1])) continue;
    // 开州府办发〔2023〕44号: the issuer code of a document number, not a body.
    if (docNumberAfter(text, e)) continue;
    while (hits.length && hits[hits.length - 1].end > h.start) hits.pop();
    hits.push(h);
  }
  // Party departments named after their committee (省委改革办) have no listed head word.
  const out: Hit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    out.push(h);
    if (h.value.kind !== '党委' || !/^[省市区县州旗]委$/.test(h.word)) continue;
    const next = hits[i + 1];
    if (next && next.start === h.end) continue;
    const m = PARTY_DEPARTMENT.exec(text.slice(h.end, h.end + 6));
    // 区委书记, 区委常委 are posts, not departments.
    if (!m || m[1] === '书记' || m[0] === '常委' || (next && next.start < h.end + m[0].length)) continue;
    if (docNumberAfter(text, h.end + m[0].length)) continue;
    out.push({ start: h.end, end: h.end + m[0].length, word: m[0], value: { kind: '党委工作部门', scoped: false, suffix: m[0], label: 'Institution' } });
  }
  return out;
}

const LEVEL_ONLY = /^[镇乡街道区县市省州旗()]+$/;
/** A development zone's short name: a word or two and its kind. */
const ZONE_SHORT_NAME = new RegExp(`^[\\u4e00-\\u9fa5]{2,4}?(?:${[...ZONE_WORDS].join('|')})`);
/** A count of levels closing the words before a head word: the body of each level, not one body (社区三级综治中心). */
const TIERS = /[二三四五六两多]级$/;
const ORDINAL = /^第?[一二三四五六七八九十百零\d]+届/;
const CPC_PREFIX = /^(?:中共|中国共产党)/;

export interface Classified {
  name: string;
  kind: string;
  scope: string | null;
  rule: string;
  /** True when the name is the issuer's own government (canonical name settled per report). */
  issuerGovernment?: boolean;
  /** True for a name with no place or descriptive prefix of its own (merged into a fuller variant). */
  bare?: boolean;
}

/** True when `prefix` is made of admin names, level words, self-references and committee words only. */
function isPlacePrefix(prefix: string, scanner: SuffixScanner<KindEntry>): boolean {
  let i = 0;
  const p = prefix.replace(CPC_PREFIX, '');
  if (!p) return false;
  while (i < p.length) {
    const admin = adminNameStartingAt(p, i);
    if (admin) {
      i = admin.end;
      continue;
    }
    const self = selfReferenceAtStart(p.slice(i));
    if (self) {
      i += self.surface.length;
      continue;
    }
    const lw = levelWordAt(p, i);
    if (lw) {
      i += lw.length;
      continue;
    }
    // A development zone's short name (稀土高新区, 宁国经开区) is its place.
    const zone = ZONE_SHORT_NAME.exec(p.slice(i));
    if (zone) {
      i += zone[0].length;
      continue;
    }
    if (p[i] === '委' && i > 0) {
      i++;
      continue;
    }
    let glued = false;
    for (let e = p.length; e > i + 1; e--) {
      const h = scanner.longestEndingAt(p, e, i);
      if (h && h.start === i && NEEDS_PLACE.has(h.value.kind)) {
        i = e;
        glued = true;
        break;
      }
    }
    if (!glued) return false;
  }
  return true;
}

/** The last of the admin names that open `text` (中共 and 人民政府 may glue them), and where they end. */
function unitOfAdmin(text: string): { name: string; end: number } | null {
  let i = text.match(CPC_PREFIX)?.[0].length ?? 0;
  let last: { name: string; end: number } | null = null;
  for (;;) {
    const a = adminNameStartingAt(text, i);
    if (a) {
      last = { name: text.slice(a.start, a.end), end: a.end };
      i = a.end;
      continue;
    }
    const glue = /^(?:人民政府|政府)/.exec(text.slice(i));
    if (!glue || !last) break;
    i += glue[0].length;
  }
  return last;
}

/** The party committee of a unit above the township, written with its level word (市委, 县委). */
const COMMITTEE_OF_LEVEL = /^[省市区县州旗盟]委$/;
/** Characters that join two names (区委和县委, 市委与区委) and open some admin names too (和县, 同安区). */
const JOINER_START = /^[和与及同并暨跟]$/;

const GOVERNMENT_REST = /^(?:人民政府|政府|街道办事处|办事处|街道办)$/;

function isIssuerName(name: string, issuer: Issuer | null): boolean {
  // 唐家墩街道 is how the text writes 唐家墩街街道 of the tables.
  return !!issuer && (name === issuer.name || name === writtenStreetOfficeName(issuer.name));
}

/**
 * The government of an issuer the division tables lack (a town merged or renamed since), named as
 * its report names it: places, the issuer's name, then 人民政府 (化隆回族自治县德加乡人民政府).
 */
function isUnlistedIssuerGovernment(surface: string, issuer: Issuer | null, scanner: SuffixScanner<KindEntry>): boolean {
  if (!issuer || issuer.code || issuer.name.length < 2) return false;
  const at = surface.lastIndexOf(issuer.name);
  return at >= 0 && GOVERNMENT_REST.test(surface.slice(at + issuer.name.length)) && (at === 0 || isPlacePrefix(surface.slice(0, at), scanner));
}

/**
 * Decides the name of a body from its surface and head word: scoped to the unit a level word or a
 * self-reference points at when the rest is a bare head word, kept as written otherwise; null when
 * the surface names no body (bare 领导小组, 法治政府, 职能科室).
 */
export function classifyInstitution(
  surface: string,
  head: KindEntry,
  headWord: string,
  issuer: Issuer | null,
  scanner: SuffixScanner<KindEntry>,
  genericBefore = false,
): Classified | null {
  const kind = head.kind;
  // A team of volunteers (“红马甲”志愿者服务队) is a social organization, not a unit's team.
  if (kind === '宣传队' && surface.includes('志愿')) return null;
  // So is a social-work agency (益邻社会工作服务中心, 和信社工服务中心), registered as a non-profit body.
  if (SOCIAL_WORK_AGENCY.test(surface)) return null;
  const prefix = surface.slice(0, surface.length - headWord.length);
  const isBareRest = (rest: string) => rest === headWord || scanner.has(rest) || (rest.startsWith('委') && (rest === '委' || scanner.has(rest.slice(1))));
  const scopedTo = (unit: ScopeUnit, rest: string, rule: string): Classified => ({
    name: unit.name + rest,
    kind,
    scope: unit.code,
    rule,
    issuerGovernment: GOVERNMENT_KINDS.has(kind) && unit.code === issuer?.code && unit.name === issuer?.name,
  });

  // The government of an issuer the tables lack: no listed place names it (化隆回族自治县德加乡人民政府).
  if (GOVERNMENT_KINDS.has(kind) && isUnlistedIssuerGovernment(surface, issuer, scanner)) {
    return { name: surface, kind, scope: null, rule: 'unlisted-issuer', issuerGovernment: true };
  }

  // 中共青浦区练塘镇委员会(法治建设委员会): the party committee of the last unit named, or its body.
  const cpc = /^(?:中共|中国共产党)(.+?)(委员会|委)(.*)$/.exec(surface);
  if (cpc) {
    const unit = unitOfAdmin(cpc[1]);
    // 中共…豫章街道工作委员会 is the street's 党工委.
    const working = !!unit && cpc[1].slice(unit.end) === '工作' && cpc[2] === '委员会';
    if (unit && (unit.end === cpc[1].length || working)) {
      const township = /[镇乡]$|街道$/.test(unit.name);
      const committee = working ? `${unit.name}党工委` : township ? `${unit.name}党委` : `${unit.name}委`;
      if (!cpc[3]) return { name: committee, kind: '党委', scope: null, rule: 'cpc-committee' };
      return { name: township ? unit.name + cpc[3] : `${unit.name}委${cpc[3]}`, kind, scope: null, rule: 'cpc-committee-body' };
    }
  }

  // Placed: the name opens with admin names (重庆市开州区河堰镇人民政府, 三乡镇普法宣传队).
  const placed = adminNameStartingAt(surface, 0);
  // 中山市委, 浙江省湖州市委: the unit's level word is the first character of the head word.
  if (placed && COMMITTEE_OF_LEVEL.test(headWord) && unitOfAdmin(surface)?.end === prefix.length + 1) {
    return { name: surface, kind, scope: null, rule: 'placed-committee' };
  }
  if (placed && prefix.length >= placed.end) {
    const unit = unitOfAdmin(surface);
    const government = GOVERNMENT_KINDS.has(kind) && !!unit && isIssuerName(unit.name, issuer) && GOVERNMENT_REST.test(surface.slice(unit.end));
    // 练塘镇法治政府 is an aim, not a body: a body named by its place has only places before its head.
    if (NEEDS_PLACE.has(kind) && !government && !isPlacePrefix(prefix, scanner)) return null;
    return { name: surface, kind, scope: null, rule: 'placed', issuerGovernment: government };
  }

  // Every such unit (各街镇法治建设委员会办公室), or the tiers of a network (区、街道、社区三级综治中心):
  // the head word alone, scoped to none.
  // 全县乡镇党委书记: the townships of a county, each its own committee.
  const plural = LEVEL_ONLY.test(prefix) && /乡镇|镇街|街镇/.test(surface.slice(0, prefix.length + 1));
  if ((genericBefore && prefix.length > 0 && LEVEL_ONLY.test(prefix)) || TIERS.test(prefix) || plural) {
    if (NEEDS_NAME.has(kind) || NEEDS_PLACE.has(kind)) return null;
    return { name: headWord, kind, scope: null, rule: 'generic', bare: true };
  }

  // Self-reference or level word: 我镇司法所, 镇党委, 区委依法治区办, 市城管局.
  const self = selfReferenceAtStart(surface);
  const word = self?.word ?? levelWordAt(surface, 0);
  if (word) {
    const at = self ? self.surface.length : word.length;
    const rest = surface.slice(at);
    if (rest.length === 0) return null;
    const unit = resolveUnitWord(word, issuer);
    if (isBareRest(rest)) {
      if (unit) return scopedTo(unit, rest, self ? 'self-reference' : 'level-word');
      return { name: surface, kind, scope: null, rule: 'level-word-unresolved' };
    }
    // A level word and a description (镇疫情联控法治保障专班): a named body, kept as written.
    if (NEEDS_PLACE.has(kind) && !isPlacePrefix(prefix, scanner)) return null;
    return { name: surface, kind, scope: null, rule: 'level-word-named' };
  }

  // 地区 is no level word of levelWordAt (贫困地区司法所), but it opens a name as one in the report of
  // a 地区 (东坝地区办事处 as 地区办事处) or of a unit in a prefecture (地区中级人民法院 in 阿克苏地区).
  if (prefix === '地区') {
    const unit = resolveUnitWord('地区', issuer);
    if (unit) return scopedTo(unit, headWord, 'level-word');
  }

  // Bare head word: 司法所 is the issuer's, 人民法院 is generic, 领导小组 names nothing.
  if (prefix.length === 0) {
    if (NEEDS_NAME.has(kind) || NEEDS_PLACE.has(kind) || NEVER_BARE.has(headWord)) return null;
    if (headWord.length < 3 && !SHORT_ALONE.has(headWord)) return null;
    // A township's own station (司法所, 派出所) is the issuer's only in a township's report; in a
    // county's report the bare word means its townships' stations in general.
    if (head.scoped && !genericBefore && issuer && (issuer.level === 'township' || !TOWNSHIP_STATIONS.has(kind))) {
      return { name: issuer.name + headWord, kind, scope: issuer.code, rule: 'bare-scoped' };
    }
    return { name: headWord, kind, scope: null, rule: 'bare', bare: true };
  }

  // A description and a head word: 法治建设工作领导小组, 党委理论学习中心组, 法律顾问办公室.
  if (NEEDS_PLACE.has(kind) && !isPlacePrefix(prefix, scanner)) return null;
  if (NEVER_BARE.has(headWord) || GENERIC_PREFIX.has(prefix) || GENERIC_PREFIX.has(prefix.slice(0, 2))) return null;
  // “一中心四平台”, “多中心合一”: a number or a quantity of a kind of body, in a motto, names none.
  if (COUNT_PREFIX.test(prefix)) return null;
  if (kind === '局' && prefix.length < 2) return null;
  return { name: surface, kind, scope: null, rule: 'named', bare: prefix.length <= 3 && !/[镇乡区县市省]/.test(prefix) };
}

/** True when an admin name is the issuer, one of its parents, or a unit of the issuer's city. */
function isNearIssuer(a: AdminName, issuer: Issuer | null): boolean {
  if (!issuer) return false;
  const city = issuer.parents?.find((p) => p.level === 'city')?.code ?? (issuer.code ?? '').slice(0, 4);
  return a.units.some(
    (u) => u.code === issuer.code || (issuer.parents ?? []).some((p) => p.code === u.code) || (city.length >= 4 && u.code.startsWith(city)),
  );
}

interface Draft {
  mention: Mention;
  c: Classified;
}

/** A quotation's text, short enough to be a motto. */
const QUOTED_TEXT = /“([^“”]{5,30})”/g;

/**
 * A quoted motto of parallel phrases that all end alike (“大事政府办、小事社区办、私事自己办”) says
 * who does what; the bodies in it (政府办) are words of the slogan, not bodies the report names.
 */
function makeInsideSlogan(text: string): (pos: number) => boolean {
  if (!text.includes('“')) return () => false;
  const spans: [number, number][] = [];
  for (const m of text.matchAll(QUOTED_TEXT)) {
    if (!PARALLEL_MOTTO.test(m[1])) continue;
    const items = m[1].split('、');
    const last = items[0][items[0].length - 1];
    if (items.every((it) => it[it.length - 1] === last)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return (pos) => spans.some(([a, b]) => a < pos && pos < b);
}

function recognizePassage(p: Passage, ctx: RecognizerContext, scanner: SuffixScanner<KindEntry>, out: Draft[]): void {
  const text = p.text;
  const inTitle = makeInsideTitle(text);
  // 中央 standing for the centre in a list of levels (根据中央及省市区部署).
  for (const m of text.matchAll(/(?<![党中共])中央(?=[及和、与][省市区县地])/g)) {
    const start = m.index ?? 0;
    if (inTitle(start)) continue;
    out.push({
      c: { name: '中央', kind: '党中央', scope: null, rule: 'centre' },
      mention: {
        label: 'Institution',
        name: '中央',
        surface: '中央',
        start: p.start + start,
        end: p.start + start + 2,
        passage: p.index,
        recognizer: INSTITUTIONS,
        reason: 'centre:中央',
        attrs: { kind: '党中央' },
        priority: PRIORITY,
      },
    });
  }
  const hits = collectHits(text, scanner);
  if (hits.length === 0) return;
  const inSlogan = makeInsideSlogan(text);
  const endingAt = new Map<number, number>();
  hits.forEach((h, i) => endingAt.set(h.end, i));
  const knownPlace = (a: AdminName) => isNearIssuer(a, ctx.issuer);
  // 市政府和县委: 和县 is a county of 安徽, but away from the issuer a name opened by a joining word
  // is the word and a level word (和 + 县委); so is one opened by a verb (县司法局会同|县委: 会同县).
  const opensWithJoiner = (u: AdminName): boolean => !knownPlace(u) && (JOINER_START.test(text[u.start]) || leadingBoundary(text, u.start, u.end) > 0);
  const nameStart: (number | undefined)[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const absorb = (pos: number): number | null => {
      const j = endingAt.get(pos);
      if (j === undefined || j >= i) return null;
      const prev = hits[j];
      if (STATION_KINDS.has(h.value.kind) && placeOpensAt(text, pos, h.start)) return -1;
      // 区委|区政府 and 镇党委|政府 are two bodies; 纪委|省监委 (省纪委省监委) is one.
      const between = text.slice(prev.end, h.start);
      const joined = prev.value.kind === '纪委' && h.value.kind === '监委';
      if (!joined && (levelWordAt(text, prev.end) || (prev.value.kind === '党委' && GOVERNMENT_KINDS.has(h.value.kind) && between === ''))) return -1;
      if (!joined && between === '' && NEEDS_PLACE.has(h.value.kind) && NEEDS_PLACE.has(prev.value.kind)) return -1;
      prev.absorbed = true;
      // 桐乡市委|依法治市办: the committee's unit is named whole (桐乡市), not from its level word.
      if (COMMITTEE_OF_LEVEL.test(prev.word)) {
        const u = adminNameEndingAt(text, prev.start + 1, Math.max(0, prev.start - MAX_PREFIX));
        if (u && u.start < prev.start && !opensWithJoiner(u)) return u.start;
      }
      return prev.start;
    };
    // 湖州市委: the unit's name ends inside the head word (its level word 市 opens 市委); the name is
    // read back from the unit's start, or the walk would cut at the level word 州.
    const unit = COMMITTEE_OF_LEVEL.test(h.word) ? adminNameEndingAt(text, h.start + 1, Math.max(0, h.start - MAX_PREFIX)) : null;
    const joined = unit !== null && opensWithJoiner(unit);
    const from = unit && unit.start < h.start && !joined ? unit.start : h.start;
    const found = findNameStart(text, from, { maxPrefix: MAX_PREFIX, absorb, levelCut: true, knownPlace, maxQuoted: 12, standsAlone, boundaries: INSTITUTION_BOUNDARIES });
    if (!found.complete) continue;
    let start = found.start;
    // “和睦之家调解室”: a body's name quoted whole is read to its opening mark, whatever words it holds.
    if (text[h.end] === '”') {
      const open = text.lastIndexOf('“', start);
      if (open >= 0 && start - open <= MAX_QUOTED_NAME && /^[\u4e00-\u9fa5]+$/.test(text.slice(open + 1, h.start))) start = open + 1;
    }
    const ordinal = ORDINAL.exec(text.slice(start, h.start));
    if (ordinal) start += ordinal[0].length;
    nameStart[i] = start;
  }
  hits.forEach((h, i) => {
    const start = nameStart[i];
    if (h.absorbed || start === undefined || inTitle(h.start)) return;
    const surface = text.slice(start, h.end);
    if (inSlogan(start)) return;
    // 审查|居委会、业委会合同: a verb alone before a kind word that needs a name is no name of it.
    if (NEEDS_NAME.has(h.value.kind) && OBJECT_VERBS.has(text.slice(start, h.start))) return;
    const c = classifyInstitution(surface.replace(/\s+/g, ''), h.value, h.word, ctx.issuer, scanner, isGenericBefore(text, start));
    if (!c) return;
    out.push({
      c,
      mention: {
        label: committeeOfOrganization(h.value, text.slice(start, h.start)) ? 'Organization' : h.value.label,
        name: c.name,
        surface,
        start: p.start + start,
        end: p.start + h.end,
        passage: p.index,
        recognizer: INSTITUTIONS,
        reason: `${c.rule}:${h.word}`,
        attrs: { kind: c.kind, ...(c.scope ? { scope: c.scope } : {}) },
        priority: PRIORITY,
      },
    });
  });
}

/** The words that end an organization's name (商会, 行业协会, 有限公司). */
const ORGANIZATION_WORD = /商会|协会|公司|集团|合作社/;

/**
 * A mediation committee that a chamber, an association or a company set up (周庄镇商会人民调解委员会,
 * 奇瑞汽车股份有限公司劳动争议调解委员会): theirs, an organization.
 */
function committeeOfOrganization(head: KindEntry, before: string): boolean {
  return head.kind === '人民调解委员会' && ORGANIZATION_WORD.test(before);
}

/** The issuer's government as named in the page's source or publisher row (天津市河东区人民政府鲁山道街道办事处). */
function findMetaGovernment(ctx: RecognizerContext, scanner: SuffixScanner<KindEntry>): Draft[] {
  const out: Draft[] = [];
  const meta = ctx.text.doc.meta;
  for (const line of [meta.source, meta.publisher]) {
    if (!line || line.length > 40) continue;
    const name = line.trim();
    const head = scanner.longestEndingAt(name, name.length);
    if (!head || !GOVERNMENT_KINDS.has(head.value.kind)) continue;
    const c = classifyInstitution(name, head.value, head.word, ctx.issuer, scanner);
    if (!c?.issuerGovernment) continue;
    const at = ctx.text.normalized.indexOf(name);
    if (at < 0) continue;
    out.push({
      c,
      mention: {
        label: 'Institution',
        name: c.name,
        surface: name,
        start: at,
        end: at + name.length,
        // The row is page furniture: no passage holds it.
        passage: -1,
        recognizer: INSTITUTIONS,
        reason: 'page-source',
        attrs: { kind: c.kind },
        priority: PRIORITY,
      },
    });
  }
  return out;
}

/** Readings of the issuer's government that give its name as written (not rebuilt from a level word). */
const WRITTEN_GOVERNMENT = new Set(['placed', 'page-source', 'unlisted-issuer']);

/** How far back among earlier spans (by start) a containing span is looked for. */
const NESTING_LOOKBACK = 8;

/**
 * A finder of the longer span of `labels` recognized before that contains a mention (市城管局 in
 * 市城管局数据交换平台), by binary search over the spans sorted by start.
 */
export function makeNestingFinder(previous: readonly Mention[], labels: ReadonlySet<string>): (m: Mention) => string | undefined {
  const outer = previous.filter((o) => labels.has(o.label)).sort((a, b) => a.start - b.start);
  return (m) => {
    let lo = 0;
    let hi = outer.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (outer[mid].start <= m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - NESTING_LOOKBACK; i--) {
      const o = outer[i];
      if (o.end >= m.end && o.end - o.start > m.end - m.start) return o.name;
    }
    return undefined;
  };
}

/** Marks `m` as nested in the span `findOuter` gives, so resolution keeps both. */
export function markNested(m: Mention, findOuter: (m: Mention) => string | undefined): void {
  const outer = findOuter(m);
  if (outer !== undefined) m.attrs = { ...(m.attrs ?? {}), nestedIn: outer };
}

/** Longer spans a body may sit in and still count (市城管局|数据交换平台, 党委理论学习中心组|学法). */
const OUTER_LABELS = new Set(['Event', 'Platform', 'Program']);

/** An office named only as the office of a kind of body (领导小组办公室设在镇司法所). */
const OFFICE_OF_KIND = /^(领导小组|工作领导小组|委员会)办公室$/;

/**
 * 调整XX镇全面依法治镇工作领导小组，领导小组办公室设在镇司法所: the bare office is the office of the
 * group the passage named before it, and takes its name; without one it names no body.
 */
function nameOfficesOfGroups(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    const kind = OFFICE_OF_KIND.exec(d.mention.name)?.[1];
    if (!kind) continue;
    let group: Draft | undefined;
    for (let j = i - 1; j >= 0 && drafts[j].mention.passage === d.mention.passage; j--) {
      const n = drafts[j].mention.name;
      if (n.endsWith(kind === '委员会' ? '委员会' : '领导小组') && n.length > kind.length && drafts[j].mention.end <= d.mention.start) {
        group = drafts[j];
        break;
      }
    }
    if (group) d.mention.name = `${group.mention.name}办公室`;
    else drafts.splice(i, 1);
  }
}

export const institutionRecognizer: Recognizer = {
  name: INSTITUTIONS,
  labels: ['Institution', 'Organization'],
  recognize(ctx) {
    loadSegmenter(ctx.ontology);
    const scanner = getKindScanner(ctx.ontology);
    const drafts: Draft[] = findMetaGovernment(ctx, scanner);
    for (const p of ctx.text.passages) recognizePassage(p, ctx, scanner, drafts);
    // One name for the issuer's government: the fullest written form, or the unit's name + 人民政府
    // (办事处).
    const governments = drafts.filter((d) => d.c.issuerGovernment);
    if (governments.length && ctx.issuer) {
      const placed = governments.filter((d) => WRITTEN_GOVERNMENT.has(d.c.rule)).map((d) => d.c.name);
      // A street's (and a Beijing 地区's) government is its 办事处.
      const fallback = ctx.issuer.name + (/(?:街道|地区)$/.test(ctx.issuer.name) ? '办事处' : '人民政府');
      const canonical = placed.sort((a, b) => b.length - a.length)[0] ?? fallback;
      for (const d of governments) d.mention.name = canonical;
    }
    nameOfficesOfGroups(drafts);
    const bare = new Set(drafts.filter((d) => d.c.bare).map((d) => d.mention.name));
    const renames = mergeVariants(drafts.map((d) => d.mention.name), (n) => bare.has(n));
    const findOuter = makeNestingFinder(ctx.previous, OUTER_LABELS);
    const mentions = drafts.map((d) => {
      const m = d.mention;
      m.name = renames.get(m.name) ?? m.name;
      markNested(m, findOuter);
      return m;
    });
    return { mentions };
  },
};

/** Central organs by name or alias (党中央, 中办, 国办, 最高法); not inside 部门 (司法部门). */
export const institutionGazetteerRecognizer = createGazetteerRecognizer({
  name: 'institution-gazetteer',
  label: 'Institution',
  otherLabels: ['Organization'],
  trie: (g) => g.institutions,
  toMention: (e, matched, ctx, around) => {
    if (matched.endsWith('部') && around.after.startsWith('门')) return null;
    // 全国工商联, 中华全国律师协会: a kind's label (see institutionKinds) is its named bodies' too.
    const label = kindLabels(ctx.ontology).get(e.kind) ?? 'Institution';
    return { name: e.name, label, reason: `gazetteer:${matched}`, attrs: { kind: e.kind || null } };
  },
  priority: PRIORITY,
});
