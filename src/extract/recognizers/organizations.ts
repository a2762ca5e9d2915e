// Organizations: enterprises, associations and chambers by the form of their names — a company or
// association word (…有限公司, …集团, …商会, …协会) or, in a list of firms, a trade word (…物业,
// …餐饮, …菜市场) — read leftwards to the word that introduces the name. A trade word after a
// common noun is a trade, not a firm (电子科技, 物业服务); a bare 公司 or 协会 is none.
import { loadSegmenter, segmentTaggingLazily } from '../../text/segment.js';
import type { Mention, Passage } from '../../types.js';
import { adminNameStartingAt, isPlaceName, startsWithPlaceName } from '../names/admin-names.js';
import { findNameStart, opensPhrase } from '../names/find-name-start.js';
import { standsAlone } from '../names/stands-alone.js';
import { SuffixScanner } from '../names/suffix-scanner.js';
import { makeInsideTitle } from '../names/title-spans.js';
import type { Recognizer, RecognizerContext } from '../types.js';
import { makePassageMention } from '../make-passage-mention.js';
import { levelWordAt, resolveUnitWord } from './self-references.js';

export const ORGANIZATIONS = 'organizations';
const PRIORITY = 3;
const MAX_PREFIX = 14;
/** A community, village or estate named first (四方堰社区, 祥和里社区, 金苑小区). */
const LOCAL_PLACE_START = /^[\u4e00-\u9fa5]{2,5}?(?:社区|村|小区|街道)/;
/** How much further a walk that crossed a quoted brand may go. */
const QUOTED_EXTRA = 8;

type OrgKind = 'company' | 'association' | 'cooperative' | 'firm' | 'school';

/** Words of shops that name one only after the place that opens its name (…镇百味源食品店, not 该店). */
const PLACED_FIRM_WORDS = ['店', '网吧', '网咖', '会所', 'KTV', '歌厅', '娱乐馆', '旅行社', '民宿', '客栈', '农家乐', '老年公寓', '养老院', '敬老院'];

/** Words that end the name of an organization whatever comes before them. */
const STRONG = new SuffixScanner<OrgKind>();
for (const w of ['有限公司', '有限责任公司', '股份有限公司', '公司', '分公司', '集团', '集团公司', '控股'])
  STRONG.add(w, 'company');
for (const w of ['商会', '协会', '行业协会', '分会', '学会', '研究会', '促进会', '联合会', '联谊会', '基金会', '同乡会', '商业联合会', '慈善总会', '慈善会', '理事会', '商家联盟', '企业联盟', '产业联盟', '行业联盟'])
  STRONG.add(w, 'association');
for (const w of ['合作社', '专业合作社', '股份经济合作社', '经济合作社', '合作联社']) STRONG.add(w, 'cooperative');
// Volunteer teams formed by a unit or a firm (“红马甲”志愿者服务队, 普法志愿服务队, “峰会法律服务志愿团”).
for (const w of ['志愿者服务队', '志愿服务队', '志愿者协会', '志愿服务团', '志愿团']) STRONG.add(w, 'association');
// Social-work agencies, registered as non-profit bodies (成都市成华区益邻社会工作服务中心).
for (const w of ['社会工作服务中心', '社工服务中心', '社会工作服务社', '社工服务社']) STRONG.add(w, 'association');
for (const w of ['会计师事务所', '税务师事务所', '评估事务所', '银行', '农商银行', '信用社', '酒店', '宾馆', '超市', '商场', '医院', '药房', '大药房', '药店', '加油站', '经营部'])
  STRONG.add(w, 'firm');
for (const w of ['厂', '工厂']) STRONG.add(w, 'firm');
// State and collective farms and forest farms, by their names (红旗岭农场, 西丰林场); 国有林场, 家庭农场
// are kinds (FARM_KIND).
const FARM_WORDS = ['农场', '林场', '渔场', '茶场'];
for (const w of FARM_WORDS) STRONG.add(w, 'firm');
/** What before a farm word makes it a kind of farm, not one farm's name. */
const FARM_KIND = /(?:国有|家庭|生态|现代|集体|休闲|观光|示范)$/;
// Shops, named with their place in the texts of enforcement (缙云县新建镇一品香烧饼店).
for (const w of PLACED_FIRM_WORDS) STRONG.add(w, 'firm');
for (const w of ['中学', '小学', '中心小学', '完全小学', '大学', '学院', '幼儿园', '中心校', '中心学校', '实验学校', '职业中学', '职业技术学校'])
  STRONG.add(w, 'school');

/** The posts a school gives the law's people (…中心小学法治副校长). */
const SCHOOL_POSTS = /^法治(?:副校长|辅导员)/;

/**
 * A school word that is not a school's name: 集中学|法, 中小学, 大学生, 厂房; and the schools of the
 * Party and the government, which train officials (行政学院, 社会主义学院, 干部学院).
 */
function notANamedSchoolOrWorks(text: string, start: number, end: number, word: string): boolean {
  const next = text[end] ?? '';
  // 学院路街道, 大厂回族自治县: the name of a place.
  if (/[路街村镇乡桥门站回社城]/.test(next)) return true;
  // 法学院学生: the students of a kind of school, no school's name.
  if (text.startsWith('学生', end)) return true;
  if (word === '厂' || word === '工厂') return /[房区长商家矿]/.test(next);
  if (word === '中学' && text[start - 1] === '集') return true;
  if (word.endsWith('小学') && text[start - 1] === '中') return true;
  // 大学生, 中学习, 小学法 (…学法): a word that goes on; but a school's own 法治副校长 names the school.
  if (/[生习]/.test(next) || (next === '法' && !SCHOOL_POSTS.test(text.slice(end, end + 6)))) return true;
  return word === '学院' && /(?:行政|社会主义|干部|党)$/.test(text.slice(Math.max(0, start - 5), start));
}

/**
 * Verbs before an organization's name that sit inside the names of other kinds (纠纷解决中心, 规范化):
 * 协调解决|晋江市鑫达纺织科技有限公司, 规范|农民专业合作社, 法治宣传进|商会, 每月挂钩联系|行业协会,
 * 协调|桑家村股份经济合作社, 检查|辖区茶叶加工厂, 引入|武汉墩兴物业服务有限公司.
 */
const ORGANIZATION_BOUNDARIES: ReadonlySet<string> = new Set(['解决', '规范', '进', '联系', '协调', '检查', '查处', '查办', '处罚', '立案', '约谈', '责令', '获评', '荣获', '命名为', '辖区', '周边', '引入', '引进', '拖欠', '推荐', '欠薪']);

/**
 * One-character words that join or introduce elsewhere but sit inside registered names (扬州和润…,
 * 天津市和平区…, 四川嘉和悦…, 湖北楚天即送…): read on through them when the name then opens with a place.
 */
const WORDS_IN_REGISTERED_NAMES = new Set(['和', '与', '及', '同', '即']);
/** The end of a body's or a firm's name before a joining word: a list (律师事务所和|商家联盟). */
const ENDS_A_BODY = /(?:所|会|社|院|校|局|委|办|队|站|中心|联盟|厂|店|行|部|组|庭|处|厅|室|馆|团|司|场)$/;

/** Verbs of honours: what follows is a title awarded (评为全国先进…, 获评…优秀志愿服务队). */
const HONOUR_VERB = /(?:获评|评为|荣获|授予|命名为)$/;

/** Trade words that end a firm's short name only in a list of firms (路劲物业、稻和餐饮、苑新菜市场). */
const TRADE = new SuffixScanner<OrgKind>();
for (const w of ['物业', '餐饮', '地产', '置业', '菜市场', '农贸市场', '市场', '科技', '实业', '物流', '建工', '制造', '食品', '电器', '百货', '传媒', '家具', '服饰', '商贸', '贸易'])
  TRADE.add(w, 'firm');

/** Bodies that end in an association word but are institutions (妇女联合会, 残疾人联合会, 工商业联合会). */
const NOT_AN_ORGANIZATION = /(?:妇女|残疾人|工商业|归国华侨|文学艺术界|科学技术|律师)(?:联合会|协会)$|^(?:律师协会|法学会)$|(?:犯罪|恶势力|黑社会性质|诈骗|传销)集团$/;
/** Descriptions that name a kind, not an organization (物业公司, 相关企业, 国有公司). */
const GENERIC = /^(?:相关|有关|各类|各|该|本|其他|其它|国有|民营|私营|外资|合资|个体|中小|小微|大型|重点|规上|辖区|属地|物业|保险|担保|劳务|建筑|房地产|行业|企业|社会|专业|第三方|服务|管理|运营|平台|子|母|分|总|全[县区市镇乡]|农村|乡村|城区|城乡|周边|附近|当地|本地|高等|普通|民办|公办|寄宿制|村级|农民|牧民|行业协会|宗亲|(?:社区|乡镇|镇|村)?老年|商)$/;
/** Words of a place that is no name (县城, 辖区) before a works. */
const LOCATION_WORD = /^(?:县城|城区|镇区|辖区|园区|全县|全镇|全区|各类|相关|有关)/;
/** The same words right before a name the walk ended at them (辖区|茶叶加工厂). */
const LOCATION_BEFORE = /(?:辖区|周边)$/;
/** The public works of a place (污水处理厂, 第二水厂, 垃圾焚烧发电厂): a facility, not a firm. */
const PUBLIC_WORKS = /^(?:第[一二三四五六七八九十\d]+)?(?:城区|城镇|生活)?(?:污水处理|垃圾处理|垃圾焚烧发电|垃圾焚烧|自来水|供水|净水|污水|水)$/;

/** `description` without the place names that open it (石横镇|污水处理). */
function stripPlace(description: string): string {
  const place = adminNameStartingAt(description, 0);
  return place && place.end < description.length ? stripPlace(description.slice(place.end)) : description;
}

/** The kind of firm said before a company's registered name (平台企业|无锡惠捷同城配送有限公司). */
const KIND_BEFORE_PLACE = /^[\u4e00-\u9fa5]{0,4}?(?:企业|单位|商户|商家|用人单位)/;
/** A residential community or estate named before a company (祥和社区, 金苑小区). */
const ESTATE_BEFORE_PLACE = /^[\u4e00-\u9fa5]{0,8}?(?:社区|小区|居委会|家园|花园)/;
/** What may follow a trade word for it to end a firm's name (a list separator or 等N家). */
const TRADE_AFTER = /^(?:[、,，;；。]|等|和|与|及|$)/;
const TRADE_BEFORE = /[、:：]$|(?:走访|对接|联系|服务|帮扶|包联|指导|检查|约谈|组织|邀请)$/;
/** Kinds of places, bare: a list that holds one lists kinds (农贸市场、冷链食品、药店), not firms. */
const KIND_OF_PLACE = /^(?:农贸市场|集贸市场|菜市场|批发市场|市场|超市|商超|商场|药店|药房|餐馆|饭店|餐饮店|餐饮单位|宾馆|酒店|旅馆|学校|幼儿园|医院|诊所|车站|景区|网吧|加油站|工地|冷库|屠宰场|养老机构|企业|小作坊|食品摊贩)$/;

/** The items listed with 、 right before and after the one from `from` to `end` (a few characters each). */
function neighbourItems(text: string, from: number, end: number): string[] {
  const items: string[] = [];
  if (text[from - 1] === '、') items.push(/[^、，,。；;：:\s]{1,8}$/.exec(text.slice(Math.max(0, from - 10), from - 1))?.[0] ?? '');
  if (text[end] === '、') items.push(/^[^、，,。；;：:\s等]{1,8}/.exec(text.slice(end + 1, end + 10))?.[0] ?? '');
  return items;
}

export interface OrganizationCandidate {
  start: number;
  end: number;
  name: string;
  kind: OrgKind;
  rule: string;
}

/** True when the segmenter sees `text` as one ordinary word (电子, 化工): a trade, not a brand. */
function isCommonWord(text: string): boolean {
  // Cut, not tagged: the one tag read is looked up for the word alone (the same tag, see segment.ts).
  const toks = segmentTaggingLazily(text);
  return toks.length === 1 && !/^(?:nr|nrfg|nrt|ns|nz|nt|x|j|eng)$/.test(toks[0].tag ?? '');
}

/**
 * Where the name of an organization whose head word starts at `head` begins. A company's registered
 * name opens with its place: a walk that found no word to stop at within the limit
 * (引入专业物业服务企业北京德康物业管理有限公司) starts at the first place it passed.
 */
function findOrganizationStart(text: string, head: number, kind: OrgKind): { start: number; complete: boolean } {
  // 四方堰社区“红袖标”平安巡逻志愿服务队: a team's quoted brand lengthens its name; the walk may go on
  // as far as the quote's length when it crossed one.
  const options = {
    maxPrefix: MAX_PREFIX,
    conjunctionsInName: true,
    standsAlone,
    boundaries: ORGANIZATION_BOUNDARIES,
    maxQuoted: 10,
    quotedExtra: kind === 'association' ? QUOTED_EXTRA : 0,
  };
  const found = findNameStart(text, head, options);
  // 联合天津市和|平区小白楼商会: a walk stopped at a joining word inside the name reads on when what it
  // then reads opens with a place, and is no name of its own (甲公司和|乙公司 is a list).
  const joiner = found.start - 1;
  if (found.complete && WORDS_IN_REGISTERED_NAMES.has(text[joiner]) && !ENDS_A_BODY.test(text.slice(Math.max(0, joiner - 5), joiner)) && !STRONG.longestEndingAt(text, joiner, Math.max(0, joiner - STRONG.maxLength))) {
    const further = findNameStart(text, joiner, options);
    const read = text.slice(further.start, head);
    // …or with a community whose own name holds the word (祥和里社区).
    const local = LOCAL_PLACE_START.exec(read);
    const inLocalName = local !== null && further.start + local[0].length > joiner;
    if (further.complete && further.start < joiner && head - further.start <= MAX_PREFIX + 4 && (startsWithPlaceName(read) || inLocalName)) return further;
  }
  // A registered name that opens with its county and township, or its city and district, may be
  // longer than the walk's limit (大连市甘井子区凌水湾文化交流协会, 伽师县江巴孜乡甜源瓜果种植农民专业合作社).
  if (kind !== 'firm' && kind !== 'school' && !found.complete) {
    // The place may start a little before where the walk stopped, right after a word that introduces
    // the name (指导|伽师县江巴孜乡…).
    for (let at = Math.max(0, found.start - 4); at < found.start; at++) {
      if (adminNameStartingAt(text, at) && opensPhrase(text, at, options)) return { start: at, complete: true };
    }
    for (let at = found.start; at <= head - 4; at++) {
      if (adminNameStartingAt(text, at) || startsWithPlaceName(text.slice(at, head))) return { start: at, complete: true };
    }
  }
  return found;
}

/**
 * Organizations named in one passage's text (offsets into that text).
 * @example findOrganizations('积极对接路劲集团,协助完成')[0].name === '路劲集团'
 */
export function findOrganizations(text: string): OrganizationCandidate[] {
  const out: OrganizationCandidate[] = [];
  let lastEnd = -1;
  for (let e = 2; e <= text.length; e++) {
    const strong = STRONG.longestEndingAt(text, e, Math.max(0, e - STRONG.maxLength));
    const trade = strong ? null : TRADE.longestEndingAt(text, e, Math.max(0, e - TRADE.maxLength));
    const h = strong ?? trade;
    if (!h || h.start < lastEnd) continue;
    // 公司律师, 集团化, 市场主体: the word opens another word.
    if (/^[\u4e00-\u9fa5]/.test(text[e] ?? '') && (STRONG.longestEndingAt(text, e + 1, h.start)?.start ?? e) < e) continue;
    if ((h.value === 'school' || h.word.endsWith('厂')) && notANamedSchoolOrWorks(text, h.start, e, h.word)) continue;
    // 志愿服务队伍: the ranks of volunteers, no team's name.
    if (h.word.endsWith('队') && text[e] === '伍') continue;
    const found = findOrganizationStart(text, h.start, h.value);
    if (!found.complete || found.start === h.start) continue;
    let from = found.start;
    // 获评|成华区优秀志愿服务队: after a verb of honours comes the honour's title, no body's name.
    if (HONOUR_VERB.test(text.slice(Math.max(0, from - 3), from))) continue;
    // 祥和社区|银川金苑物业管理有限公司: a company's registered name opens with its place; a
    // community or estate before it says where it works.
    if (h.value === 'company') {
      const estate = ESTATE_BEFORE_PLACE.exec(text.slice(from, h.start)) ?? KIND_BEFORE_PLACE.exec(text.slice(from, h.start));
      if (estate && startsWithPlaceName(text.slice(from + estate[0].length, h.start))) from += estate[0].length;
    }
    const description = text.slice(from, h.start);
    // 三家公司 is a count; 四川夹江鑫瑞陶瓷有限公司 opens with a place, 四方堰社区… with a community.
    // 全市普惠性幼儿园: every one of a kind across a unit.
    if (GENERIC.test(description) || /^全[省市县区镇乡旗州]/.test(description) || (/^[\d一二三四五六七八九十]/.test(description) && !startsWithPlaceName(description) && !LOCAL_PLACE_START.test(description)) || /^[两百][家个所]/.test(description)) continue;
    // 县城污水处理厂, 辖区茶叶加工厂, 第二水厂: a facility of a place, no firm's name.
    if (h.word.endsWith('厂') && (LOCATION_WORD.test(description) || LOCATION_BEFORE.test(text.slice(Math.max(0, from - 2), from)) || PUBLIC_WORKS.test(stripPlace(description)))) continue;
    // 法律顾问和|商会: two things joined, no name (祥和商会 is one).
    if (h.value === 'association' && /[和与及]$/.test(description) && description.length > 3) continue;
    // 镇(街道)商会, 行业协会商会: a level or a kind of body, no name.
    if ((h.value === 'association' && /^[镇乡街道村社区县市区()（）]+$/.test(description) && /[()（）]/.test(description)) || /(?:协会|商会)$|(?:协会|商会|企业)[和与及、]/.test(description)) continue;
    // 等8家|合作社, 3所|中学: a count, not a name.
    if (/^[家所个户座名]/.test(description) && /[\d一二三四五六七八九十百两余多]$/.test(text.slice(Math.max(0, from - 1), from))) continue;
    const name = text.slice(from, e);
    if (NOT_AN_ORGANIZATION.test(name)) continue;
    // 晋江市五店市: the word inside a place's name.
    if (PLACED_FIRM_WORDS.includes(h.word) && (description.length < 4 || !startsWithPlaceName(description) || /^[市铺面员主长家]/.test(text[e] ?? ''))) continue;
    // 学前|学会普通话: 学会 the verb (to learn) after a common word, not a learned society.
    if (h.word === '学会' && isCommonWord(description)) continue;
    // 哈尔滨工业大学(威海): a university's campus, named by its city in brackets, is part of its name.
    const campus = h.value === 'school' ? /^[(（]([\u4e00-\u9fa5]{2,4})[)）]/.exec(text.slice(e, e + 7)) : null;
    if (campus && isPlaceName(campus[1])) {
      out.push({ start: from, end: e + campus[0].length, name: text.slice(from, e + campus[0].length), kind: h.value, rule: `suffix:${h.word}+campus` });
      lastEnd = e + campus[0].length;
      continue;
    }
    // 发展|林场, 国有林场, 发展家庭农场: a farm is named by a name, not by a word or a kind.
    if (FARM_WORDS.includes(h.word) && (isCommonWord(description) || FARM_KIND.test(description))) continue;
    if (trade) {
      const listed = TRADE_AFTER.test(text.slice(e, e + 1)) && TRADE_BEFORE.test(text.slice(Math.max(0, from - 4), from));
      if (!listed || description.length < 2 || description.length > 4 || isCommonWord(description)) continue;
      if (neighbourItems(text, from, e).some((item) => KIND_OF_PLACE.test(item))) continue;
    } else if (/^[\u4e00-\u9fa5]/.test(text[e] ?? '') && /^(?:律师|法务|化|主体|监管|法)/.test(text.slice(e, e + 2)) && !SCHOOL_POSTS.test(text.slice(e, e + 6))) continue;
    // 涵盖|公司治理, 修订|公司章程: the word 公司 before what a company has, not a company's name.
    else if (h.word === '公司' && /^(?:治理|章程|合规|股东|登记|注册|员工|制度|高管)/.test(text.slice(e, e + 2))) continue;
    // 绿城物业服务集团|有限公司: a longer suffix that continues the last name replaces it.
    const last = out[out.length - 1];
    // 洛阳市物业管理协会|涧西分会: so does a name that holds the last one whole.
    if (last && last.start === from && last.end <= h.start) out.pop();
    out.push({ start: from, end: e, name, kind: h.value, rule: `${trade ? 'trade' : 'suffix'}:${h.word}` });
    lastEnd = e;
  }
  return out;
}

function toMention(c: OrganizationCandidate, p: Passage): Mention {
  return makePassageMention(p, c, { label: 'Organization', name: c.name, recognizer: ORGANIZATIONS, reason: c.rule, attrs: { kind: c.kind }, priority: PRIORITY });
}

export const organizationRecognizer: Recognizer = {
  name: ORGANIZATIONS,
  labels: ['Organization'],
  recognize(ctx: RecognizerContext) {
    loadSegmenter(ctx.ontology);
    const mentions: Mention[] = [];
    for (const p of ctx.text.passages) {
      if (!/公司|集团|控股|会|社|所|学|志愿|幼儿园|厂|银行|酒店|宾馆|超市|商场|医院|药|加油站|经营部|物业|餐饮|地产|置业|市场|科技|实业|物流|建设|建工|制造|食品|电器|百货|传媒|文化|家具|服饰|商贸|贸易/.test(p.text)) continue;
      const inTitle = makeInsideTitle(p.text);
      for (const c of findOrganizations(p.text)) {
        if (inTitle(c.start)) continue;
        const m = toMention(c, p);
        // 镇商会 in a town's report is the town's chamber, named after the town (周庄镇商会).
        const level = c.name.length >= 3 ? levelWordAt(c.name, 0) : null;
        const unit = level ? resolveUnitWord(level, ctx.issuer) : null;
        if (unit) m.name = unit.name + c.name.slice(level!.length);
        mentions.push(m);
      }
    }
    return { mentions };
  },
};
