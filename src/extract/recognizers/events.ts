// Events: national ones by gazetteer (党的二十大, 二十届三中全会, 全国两会), and named meetings,
// forums and visits by their form — a meeting word read leftwards to the verb that introduces it,
// kept only when a year, an ordinal (第一次, 十五届) or a quoted name makes it one occasion rather
// than a kind of meeting (镇长办公会议, 重大案件讨论会5次).
import type { Issuer, Mention, Passage } from '../../types.js';
import { adminNameEndingAt, adminNameStartingAt, isPlaceName, startsWithPlaceName } from '../names/admin-names.js';
import { findNameStart } from '../names/find-name-start.js';
import { standsAlone } from '../names/stands-alone.js';
import { SuffixScanner } from '../names/suffix-scanner.js';
import { makeInsideTitle } from '../names/title-spans.js';
import { loadSegmenter, segmentTaggingLazily } from '../../text/segment.js';
import type { Recognizer, RecognizerContext } from '../types.js';
import { createGazetteerRecognizer } from './create-gazetteer-recognizer.js';
import { makePassageMention } from '../make-passage-mention.js';
import { levelWordAt, resolveUnitWord, selfReferenceAtStart } from './self-references.js';

export const EVENT_FORMS = 'event-forms';
const GAZETTEER_PRIORITY = 5;
const FORM_PRIORITY = 4;
const MAX_PREFIX = 30;

type EventKind = 'meeting' | 'forum' | 'congress' | 'plenum' | 'visit' | 'election' | 'festival' | 'exhibition' | 'sport' | 'contest' | 'exam' | 'performance' | 'anniversary' | 'disaster';

/** Head words of event names by kind. */
const HEAD_WORDS: [EventKind, string[]][] = [
  ['meeting', ['会议', '大会', '联席会议', '工作会议', '常务会议', '扩大会议', '全体会议', '座谈会', '推进会', '部署会', '培训会',
    '研讨会', '报告会', '宣讲会', '现场会', '观摩会', '表彰会', '动员会', '总结会', '交流会', '评议会', '述法会', '述职会',
    '发布会', '启动会', '调度会', '誓师会', '年会', '运动会', '博览会', '交易会', '展览会', '洽谈会', '进博会', '广交会', '服贸会', '文博会', '党代会', '团代会', '职代会', '培训班', '研修班', '轮训班',
    '恳谈会', '听证会']],
  ['forum', ['论坛', '峰会', '高峰论坛']],
  ['plenum', ['全会']],
  // The elections of villages' and communities' committees (村“两委”换届选举), held across the country at once.
  ['election', ['换届选举', '换届']],
  // Festivals, shows and races, one occasion when a year, an ordinal or a place names them
  // (第五届平遥国际电影展, 2023武汉马拉松, 首届茶文化旅游节).
  ['festival', ['文化节', '旅游节', '文化旅游节', '艺术节', '电影节', '音乐节', '美食节', '茶文化节', '灯会', '庙会', '丰收节', '采摘节', '关爱节', '读书节', '旅游季', '避暑旅游季', '文化旅游季']],
  ['exhibition', ['大展', '摄影展', '电影展', '展销会']],
  // Games named by their host city (杭州亚运会, 北京冬奥会, 成都大运会) or their ordinal.
  ['sport', ['马拉松', '半程马拉松', '亚运会', '亚残运会', '奥运会', '冬奥会', '残奥会', '冬残奥会', '全运会', '大运会', '民运会', '少数民族传统体育运动会']],
  // Contests, exams and shows of a year's publicity (第三届“法治杯”知识竞赛, 2023年度…法律知识考试).
  ['contest', ['知识竞赛', '竞赛', '大赛', '比赛', '擂台赛', '评选', '评定', '比武']],
  ['exam', ['考试', '知识考试']],
  ['performance', ['汇演', '文艺汇演', '晚会', '展演', '专场演出', '对歌会', '歌会']],
];

/** Head words of event names, longest first where they nest (评议会 over 会). */
const HEADS = new SuffixScanner<EventKind>();
for (const [kind, words] of HEAD_WORDS) for (const w of words) HEADS.add(w, kind);

/**
 * A passage names no event by form unless it holds a head word or a visit's verb: the fewest words
 * that every one of them holds (会 for all the meetings, 竞赛 for 知识竞赛 …), tested at once.
 */
const MAY_NAME_EVENT = (() => {
  const words = new Set([...HEAD_WORDS.flatMap(([, ws]) => ws).map((w) => (w.includes('会') ? '会' : w)), '考察', '视察', '调研', '周年']);
  const cover = [...words].filter((w) => ![...words].some((o) => o !== w && w.includes(o)));
  return new RegExp(cover.join('|'));
})();

/** Kinds of occasions that a practice's name inside stands for (“宪法宣传周”…汇演). */
const HOLDS_PRACTICE = new Set<EventKind>(['contest', 'exam', 'performance']);
/** Kinds named by a place alone (平遥国际摄影大展, 武汉马拉松). */
const PLACE_NAMED = new Set<EventKind>(['festival', 'exhibition', 'sport']);

/** A year that opens a name: 2023年, 2023年度, or written without 年 (2024海峡两岸茶业博览会, 2023武汉马拉松). */
const YEAR = /^(?:\d{4}年度?|(?:19|20)\d{2}(?=[\u4e00-\u9fa5]))/;
const ORDINAL = /第[一二三四五六七八九十百零\d]+[次届期]|[一二三四五六七八九十百]+届|第[一二三四五六七八九十百零\d]+|首届/;
const QUOTED = /[“"‘][^”"’]{2,}[”"’]/;
/** A count right after the name makes it a kind of meeting held N times (讨论会5次). */
const COUNT_AFTER = /^\s*(?:共)?\d+\s*(?:次|场|期|个|余次|轮)/;
const NATIONAL = /^(?:全国|全省|全市|中央|国家|国际|世界|中国|亚洲|全球)/;
/**
 * Meetings held once for a whole unit (全县法治政府建设推进会, 全镇法治政府建设工作会议) or named by
 * the unit that holds them (武侯区党政主要负责人述法评议会): heads of one occasion, not of a kind
 * of meeting that sits again and again (镇长办公会议, 党委会议, 联席会议).
 */
const WHOLE_UNIT = /^全[县区市镇乡州旗盟]/;
const OCCASION_HEAD = /(?:工作会议|大会|推进会|部署会|动员会|表彰会|现场会|观摩会|总结会|述法会|述法会议|评议会|发布会|启动会|誓师会|恳谈会|听证会)$/;
/**
 * Heads of courses, talks, contests and exams, held once for a whole unit or by the unit named in
 * full before them (南丰县领导干部法治专题培训班, 全县行政执法人员公共法律知识考试); a short name
 * would too often be a word (公安|机关…考试).
 */
const HELD_BY_UNIT_HEAD = /(?:培训班|培训会|宣贯会|座谈会|宣讲会|竞赛|大赛|比赛|擂台赛|评选|评定|考试|汇演|晚会)$/;
/**
 * A course named by whom it trains and in what (新任村干部依法履职培训班), right after the verb of
 * holding it and with no count before or after it, is one course: 举办2场…专题培训班 is a kind.
 */
const COURSE_HEAD = /(?:培训班|研修班|轮训班)$/;
const HELD_RIGHT_BEFORE = /(?:举办|举行|开办|开设)的?$/;
const MIN_COURSE_NAME = 6;

/** Where a course's name starts after a verb of holding it, back from `from` over words a name may hold, or null. */
function heldCourseStart(text: string, from: number): number | null {
  for (let p = from; p >= Math.max(0, from - 12); p--) {
    if (HELD_RIGHT_BEFORE.test(text.slice(Math.max(0, p - 3), p))) return p;
    if (!/[\u4e00-\u9fa5]/.test(text[p - 1] ?? '')) return null;
  }
  return null;
}

/** A season or a session in brackets right after an event's name. */
const SESSION_AFTER = /^[(（](?:春季|夏季|秋季|冬季|上半年|下半年|第[一二三四五六七八九十\d]{1,3}[期批轮])[)）]/;

/** Words before a scoped meeting that make it a kind held again and again (每季度召开全镇…工作会议). */
const RECURRING_BEFORE = /(?:每|定期|常态化|经常|多次|逐月|按月|按季度?)[^，,。；;]{0,6}$/;

/** Words of serving an event, before its name (服务保障|杭州第19届亚运会); inside a body's name they are words (社会保障局). */
const EVENT_BOUNDARIES: ReadonlySet<string> = new Set(['保障', '服务保障', '结合']);

/** Words before a meeting word that make the whole phrase a generic kind (党委会议, 专题会议). */
const GENERIC_NAME = /^(?:专题|有关|相关|各类|各种|各项|定期|例行|工作|日常|这次|此次|本次|该次|上述)/;

/** Words that make a name every session of a series, not one occasion (十九届历次全会, 历届运动会). */
const SERIES = /历次|历届|各次|历年/;

/** A meeting named by its ordinal alone (第五次会议, 2023年第一次全体会议). */
const BARE_ORDINAL = /^(?:\d{4}年度?)?第[一二三四五六七八九十百零\d]+[次届](?:全体|扩大|\(扩大\))?(?:会议|全会|大会)$/;
const HOLDER_BEFORE = /(?:召开|举行|举办)$/;
/** Bodies that hold numbered meetings (委员会, 领导小组, 党委, 人大 …). */
const HOLDER = /(?:委员会|领导小组|小组|党委|党工委|党组|人大|政协|常委会|主席团|代表大会|委)$/;

interface EventCandidate {
  start: number;
  end: number;
  name: string;
  kind: EventKind;
  rule: string;
}

/**
 * Where the unit named right before `pos` starts, or null: an admin name of the tables, or a
 * township's name read back to the word before it (召开|高坡乡2022年…, a name the tables write 高坡苗族乡).
 */
function placeEndingAt(text: string, pos: number): number | null {
  const admin = adminNameEndingAt(text, pos, Math.max(0, pos - 12));
  if (admin) return admin.start;
  const level = text.endsWith('街道', pos) ? 2 : text[pos - 1] === '镇' || text[pos - 1] === '乡' ? 1 : 0;
  if (!level) return null;
  const found = findNameStart(text, pos - level, { maxPrefix: 4, standsAlone });
  return found.complete && found.start < pos - level ? found.start : null;
}

/** What shows that a year or a place before a meeting word opens no name: punctuation, holding it, counting. */
const NOT_IN_NAME = /[，。；;、,:：!！?？\s《》]|举办|召开|组织|开展|参加|举行|出席|完成|共|累计|先后|期间|以来|全年|分别|实现|达到|组建|成立|邀请|围绕|通过|按照|根据|结合/;
const ANCHOR_WINDOW = 24;
/** What may come right before a whole unit's meeting (全县…): the text's start, punctuation, a verb of holding it. */
const OPENS_WHOLE_UNIT = /(?:^|[，。；;、,:：\s]|召开|举办|举行|组织|开展|参加|出席)$/;
/** Verbs that end the walk but sit inside names of meetings too (能力提升培训班, 联系点设立十周年座谈会). */
const INNER_VERBS = new Set(['提升', '设立', '建设', '推进', '提高', '强化', '加强', '深化', '完善', '规范', '促进', '优化', '成立', '实施']);

/**
 * Where a year (2023年) or a place (虹桥街道) that may open the name of the meeting word at `head`
 * starts, before `from` where the walk stopped, when nothing between them shows it opens no name.
 */
function anchorBefore(text: string, from: number, head: number): number | null {
  const lo = Math.max(0, from - ANCHOR_WINDOW);
  for (let p = from - 5; p >= lo; p--) {
    const year = /^\d{4}年度?/.exec(text.slice(p, p + 6));
    if (!year || /\d/.test(text[p - 1] ?? '')) continue;
    return NOT_IN_NAME.test(text.slice(p + year[0].length, head)) ? null : p;
  }
  // 举办|全县交通运输执法人员法治能力提升|培训班: a meeting or course of a whole unit.
  for (let p = from - 2; p >= lo; p--) {
    if (!WHOLE_UNIT.test(text.slice(p, p + 2)) || !OPENS_WHOLE_UNIT.test(text.slice(Math.max(0, p - 2), p))) continue;
    return NOT_IN_NAME.test(text.slice(p + 2, head)) ? null : p;
  }
  for (let p = from - 2; p >= lo; p--) {
    const place = adminNameStartingAt(text, p);
    if (!place || place.end > from || /[\u4e00-\u9fa5]/.test(text[p - 1] ?? '') && !/(?:召开|举办|举行|参加|出席|组织)$/.test(text.slice(Math.max(0, p - 2), p))) continue;
    return NOT_IN_NAME.test(text.slice(place.end, head)) ? null : p;
  }
  return null;
}

function acceptName(name: string, kind: EventKind): string | null {
  if (kind === 'election') return /两委|村委会|居委会|村民委员会|居民委员会/.test(name) ? 'election' : null;
  if (YEAR.test(name)) return 'year';
  if (ORDINAL.test(name)) return 'ordinal';
  if (QUOTED.test(name)) return 'quoted';
  // A forum is named by a place or a theme, not by a verb (确保不发生影响|论坛的事件).
  if (kind === 'forum' && name.length > 2 && !/^v/.test(segmentTaggingLazily(name)[0]?.tag ?? '')) return 'forum';
  if (NATIONAL.test(name) && /大会|论坛|峰会|博览会|工作会议$/.test(name)) return 'national';
  if (OCCASION_HEAD.test(name) && (WHOLE_UNIT.test(name) || startsWithPlaceName(name))) return 'scoped';
  if (HELD_BY_UNIT_HEAD.test(name) && (WHOLE_UNIT.test(name) || adminNameStartingAt(name, 0))) return 'scoped';
  // 宁德市交通运输综合执法队伍岗位练兵技能比武: a skills contest named by the unit that holds it.
  if (name.endsWith('比武') && adminNameStartingAt(name, 0)) return 'scoped';
  if (PLACE_NAMED.has(kind) && startsWithPlaceName(name)) return 'placed';
  return null;
}

function findForms(text: string): EventCandidate[] {
  const out: EventCandidate[] = [];
  const heads: { start: number; end: number; kind: EventKind; word: string }[] = [];
  for (let e = 1; e <= text.length; e++) {
    const h = HEADS.longestEndingAt(text, e, Math.max(0, e - HEADS.maxLength));
    if (!h) continue;
    // 会议室, 会议纪要, 大会堂: the meeting word opens another word.
    if (/^[室纪堂场]/.test(text[e] ?? '')) continue;
    while (heads.length && heads[heads.length - 1].end > h.start) heads.pop();
    heads.push({ start: h.start, end: h.end, kind: h.value, word: h.word });
  }
  const endingAt = new Map(heads.map((h, i) => [h.end, i]));
  const absorbedBy = new Set<number>();
  const drafts: (EventCandidate | null)[] = [];
  heads.forEach((h, i) => {
    // A name joined by 暨 to an earlier one is one event (…第一次会议暨…述法会议).
    const absorb = (pos: number): number | null => {
      if (text[pos - 1] !== '暨') return null;
      const j = endingAt.get(pos - 1);
      if (j === undefined || j >= i) return null;
      absorbedBy.add(j);
      return heads[j].start;
    };
    const found = findNameStart(text, h.start, { maxPrefix: MAX_PREFIX, absorb, keepYear: true, maxQuoted: 16, standsAlone, boundaries: EVENT_BOUNDARIES });
    if (!found.complete) {
      drafts.push(null);
      return;
    }
    /** The event named from `from` to the head word, or null when that is no one occasion. */
    const draftFrom = (from: number): EventCandidate | null => {
      let start = from;
      const yearAt = YEAR.test(text.slice(start, h.start)) ? start : -1;
      // 博鳌亚洲论坛|2023年|年会: the year of an annual meeting goes on from the name before it.
      const before = yearAt >= 0 ? endingAt.get(start) : undefined;
      const earlier = before !== undefined && before < i ? drafts[before] : null;
      if (earlier) start = earlier.start;
      // 大石街道|2023年度法治建设工作推进会: the unit that holds a meeting is named before its year.
      else if (yearAt >= 0) start = placeEndingAt(text, start) ?? start;
      // 在…会议上: the meeting word is the head; anything before a sentence-initial 在 is gone already.
      const name = text.slice(start, h.end);
      // The name from its year on, which says whether it is one occasion.
      const dated = yearAt >= 0 ? text.slice(yearAt, h.end) : name;
      // A count after the name makes it a kind, unless an ordinal numbers it (召开…第三次会议1次).
      if (GENERIC_NAME.test(dated) || SERIES.test(dated) || (COUNT_AFTER.test(text.slice(h.end, h.end + 6)) && !ORDINAL.test(dated))) return null;
      // 县委全面依法治县委员会召开第五次会议: a bare ordinal meeting is named after the body that holds it.
      if (BARE_ORDINAL.test(dated)) {
        // …委员会召开第五次会议, or the body written right before the year (…委员会2023年第一次会议).
        const holder = HOLDER_BEFORE.exec(text.slice(Math.max(0, start - 3), start));
        const bodyEnd = holder ? start - holder[0].length : yearAt >= 0 ? start : -1;
        const body = bodyEnd > 0 ? findNameStart(text, bodyEnd, { maxPrefix: 20, standsAlone }) : null;
        const held = body ? text.slice(body.start, bodyEnd) : '';
        if (!body?.complete || !HOLDER.test(held)) return null;
        return { start: body.start, end: h.end, name: holder ? held + dated : text.slice(body.start, h.end), kind: h.kind, rule: 'ordinal-of-body' };
      }
      // 召开“营商环境政企恳谈会”: a name quoted whole, after a verb of holding, is one occasion;
      // after another verb it is a practice (推行“屋场恳谈会”).
      const quotedWhole = /(?:召开|举办|举行|参加|出席)[“"‘]$/.test(text.slice(Math.max(0, start - 3), start)) && /[”"’]/.test(text[h.end] ?? '');
      let rule = earlier ? 'annual' : quotedWhole ? 'quoted' : acceptName(dated, h.kind);
      if (!rule && COURSE_HEAD.test(h.word) && h.start - start >= MIN_COURSE_NAME && HELD_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 3), start))) rule = 'held-course';
      if (rule === 'scoped' && RECURRING_BEFORE.test(text.slice(Math.max(0, start - 12), start))) rule = null;
      if (!rule) return null;
      if (earlier) absorbedBy.add(before!);
      while (start < h.start && /\s/.test(text[start])) start++;
      // …博览会(秋季), …培训班(第二期): the season or the session in brackets after the name is part of it.
      const session = SESSION_AFTER.exec(text.slice(h.end, h.end + 8));
      const end = h.end + (session ? session[0].length : 0);
      return { start, end, name: text.slice(start, end), kind: h.kind === 'plenum' ? 'plenum' : h.kind, rule };
    };
    let draft = found.start < h.start ? draftFrom(found.start) : null;
    // 举办2023年全县行政执法人员能力提升|培训班: a name the walk cut at a verb that names may hold
    // (提升, 设立, 建设) is read from the year or the place that opens it, or a course's from the
    // verb of holding it (省应急管理厅举办的|执法能力提升|培训班).
    if (!draft && INNER_VERBS.has(text.slice(found.start - 2, found.start))) {
      const anchor = anchorBefore(text, found.start, h.start) ?? (COURSE_HEAD.test(h.word) ? heldCourseStart(text, found.start) : null);
      if (anchor !== null) draft = draftFrom(anchor);
    }
    drafts.push(draft);
  });
  drafts.forEach((d, i) => {
    if (!d || absorbedBy.has(i)) return;
    // 人民代表大会|第三次会议: a name inside a later, longer one is part of it.
    while (out.length && out[out.length - 1].start >= d.start) out.pop();
    out.push(d);
  });
  return out;
}

// 习近平总书记考察浙江: a visit named by the leader, the verb and the place.
const VISIT = /(?:习近平)?总书记(?:在|到|亲临)?(考察|视察|调研)([\u4e00-\u9fa5]{2,6})/g;

function findVisits(text: string): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const m of text.matchAll(VISIT)) {
    const place = m[2];
    let len = 0;
    for (let l = place.length; l >= 2 && !len; l--) if (isPlaceName(place.slice(0, l))) len = l;
    if (!len) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length - place.length + len;
    out.push({ start, end, name: text.slice(start, end), kind: 'visit', rule: 'visit' });
  }
  return out;
}

function toMention(c: EventCandidate, p: Passage): Mention {
  // 村“两委”换届 and 村“两委”换届选举 are one election.
  const name = c.name.replace(/\s+/g, '');
  return {
    label: 'Event',
    name: c.kind === 'election' && name.endsWith('换届') ? `${name}选举` : name,
    surface: p.text.slice(c.start, c.end),
    start: p.start + c.start,
    end: p.start + c.end,
    passage: p.index,
    recognizer: EVENT_FORMS,
    reason: `form:${c.rule}`,
    attrs: { kind: c.kind === 'visit' ? 'meeting' : c.kind },
    priority: FORM_PRIORITY,
  };
}

/**
 * The founding anniversary of an autonomous region, prefecture, county or banner (宁夏回族自治区成立
 * 65周年, 延边朝鲜族自治州成立七十周年), which reports of its units name as the occasion of a year.
 */
const AUTONOMY_ANNIVERSARY = /([\u4e00-\u9fa5]{2,14}自治[区州县旗])成立(?:\d{1,3}|[一二三四五六七八九十]{1,3})周年/g;

function findAnniversaries(text: string): EventCandidate[] {
  if (!text.includes('周年')) return [];
  const out: EventCandidate[] = [];
  for (const m of text.matchAll(AUTONOMY_ANNIVERSARY)) {
    // The unit is one of the tables, read back from its end: 庆祝|宁夏回族自治区.
    const unitEnd = (m.index ?? 0) + m[1].length;
    const unit = adminNameEndingAt(text, unitEnd, m.index ?? 0);
    if (!unit) continue;
    const start = unit.start;
    const end = (m.index ?? 0) + m[0].length;
    out.push({ start, end, name: text.slice(start, end), kind: 'anniversary', rule: 'autonomy-anniversary' });
  }
  return out;
}

/**
 * Disasters and accidents as official writing names them: by the date they struck, quoted
 * (“7·20”特大暴雨, 漾濞“5·21”地震, “23·7”极端强降雨), by place and magnitude (积石山6.2级地震), or a
 * typhoon by its name (台风“杜苏芮”). A place written right before belongs to the name.
 */
const DISASTER_WORD = '(?:特大|重大|特别重大|较大|极端|强|持续)?(?:暴雨洪涝灾害|暴雨洪涝|洪涝灾害|暴雨灾害|强降雨|暴雨|洪涝|洪水|洪灾|山洪|泥石流|山体滑坡|地震|台风|森林火灾|火灾|爆炸事故|生产安全事故|安全事故|事故)';
const DATED_DISASTER = new RegExp(`([“"‘]?)(\\d{1,2}[·・•．.]\\d{1,2})([”"’]?)${DISASTER_WORD}`, 'g');
/** A passage names a disaster by form only when it holds one of these. */
const MAY_NAME_DISASTER = /地震|台风|[·・•．.]\d{1,2}[”"’]?(?:特大|重大|特别重大|较大|极端|强|持续)?[暴强洪山泥地台森火爆生安事]/;
const MAGNITUDE_QUAKE = /\d(?:\.\d)?级(?:强烈)?地震/g;
const NAMED_TYPHOON = /(?:第\d{1,2}号)?(?:超强|强)?台风[“"‘]([\u4e00-\u9fa5]{2,4})[”"’]/g;

function findDisasters(text: string): EventCandidate[] {
  const out: EventCandidate[] = [];
  // A place's name (placeEndingAt), or its short one (积石山 for 积石山保安族东乡族撒拉族自治县, 漾濞).
  const placeBefore = (pos: number): number => {
    const full = placeEndingAt(text, pos);
    if (full !== null) return full;
    for (let len = 4; len >= 2; len--) if (pos - len >= 0 && isPlaceName(text.slice(pos - len, pos))) return pos - len;
    return pos;
  };
  if (/[·・•．.]/.test(text)) {
    for (const m of text.matchAll(DATED_DISASTER)) {
      // The quotes match or are both absent; a date without them is a disaster only when it is
      // not a figure (3.5万元 has no disaster word after it, but 1.2地震 would be no date either).
      if ((m[1] === '') !== (m[3] === '')) continue;
      if (m[1] === '' && !m[2].includes('·')) continue;
      const [month, day] = m[2].split(/[·・•．.]/).map(Number);
      if (!(month >= 1 && month <= 31 && day >= 1 && day <= 31)) continue;
      const start = placeBefore(m.index);
      const end = m.index + m[0].length;
      out.push({ start, end, name: text.slice(start, end), kind: 'disaster', rule: 'dated-disaster' });
    }
  }
  if (text.includes('地震')) {
    for (const m of text.matchAll(MAGNITUDE_QUAKE)) {
      // Named by the place it struck; a magnitude alone (发生4.5级地震) names no one event.
      const start = placeBefore(m.index);
      if (start === m.index) continue;
      out.push({ start, end: m.index + m[0].length, name: text.slice(start, m.index + m[0].length), kind: 'disaster', rule: 'magnitude-quake' });
    }
  }
  if (text.includes('台风')) {
    for (const m of text.matchAll(NAMED_TYPHOON)) {
      out.push({ start: m.index, end: m.index + m[0].length, name: `台风“${m[1]}”`, kind: 'disaster', rule: 'named-typhoon' });
    }
  }
  return out;
}

/**
 * Named events found by form in one passage's text (offsets into that text).
 * @example findEventForms('组织召开2023年镇法治建设委员会第一次会议,…')[0].name === '2023年镇法治建设委员会第一次会议'
 */
export function findEventForms(text: string): EventCandidate[] {
  return [...findForms(text), ...findVisits(text), ...findAnniversaries(text), ...findDisasters(text)].sort((a, b) => a.start - b.start);
}

/**
 * The unit an event named by a level word belongs to (its division code, or its name): 全县党政主要
 * 负责人述法会议 and 县委全面依法治县委员会第四次会议 are written alike in every county, and are
 * one event per county, not one for all of them. The name stays as written.
 */
function unitScope(name: string, issuer: Issuer | null): string | null {
  const word = selfReferenceAtStart(name)?.word ?? levelWordAt(name, 0);
  const unit = word ? resolveUnitWord(word, issuer) : null;
  return unit ? (unit.code ?? unit.name) : null;
}

export const eventFormRecognizer: Recognizer = {
  name: EVENT_FORMS,
  labels: ['Event'],
  recognize(ctx: RecognizerContext) {
    loadSegmenter(ctx.ontology);
    const mentions: Mention[] = [];
    const programs = ctx.previous.filter((m) => m.label === 'Program');
    for (const p of ctx.text.passages) {
      if (!MAY_NAME_EVENT.test(p.text) && !MAY_NAME_DISASTER.test(p.text)) continue;
      const inTitle = makeInsideTitle(p.text);
      for (const c of findEventForms(p.text)) {
        if (inTitle(c.start)) continue;
        // 2023年…国家工作人员学法用法考试, 2023年“宪法宣传周”…文艺汇演: a contest, exam or show that holds a
        // practice the gazetteer knows is an occasion of that practice, which is what the graph keeps.
        if (HOLDS_PRACTICE.has(c.kind) && programs.some((m) => m.start >= p.start + c.start && m.end <= p.start + c.end)) continue;
        const m = toMention(c, p);
        const scope = unitScope(m.name, ctx.issuer);
        if (scope) m.attrs = { ...m.attrs, scope };
        mentions.push(m);
      }
    }
    return { mentions };
  },
};

/** National events by name or alias (党的二十大, 二十届三中全会, 全国“两会”). */
const eventNames = createGazetteerRecognizer({
  name: 'event-gazetteer',
  label: 'Event',
  trie: (g) => g.events,
  toMention: (e, matched) => ({ name: e.name, reason: `gazetteer:${matched}`, attrs: { kind: e.kind || null } }),
  priority: GAZETTEER_PRIORITY,
});

/**
 * Plenums of one central committee listed before a single 全会 (十九届二中、三中、四中、五中全会精神):
 * the term (十九届) is written once, and each item is a plenum of that term. An item alone (三中全会)
 * would otherwise be read as the gazetteer's alias of the latest term's plenum.
 */
const PLENUM_LIST = /((?:二十|十)[一二三四五六七八九]?)届((?:[一二三四五六七八九]中(?:全会)?(?:、|和|及|以及)){1,8})([一二三四五六七八九])中全会/g;
const PLENUM_ITEM = /[一二三四五六七八九]中(?:全会)?/g;

/** The plenums of each list in `text`, one span each (the first holds the term, the last 全会). */
export function findPlenumLists(text: string): { start: number; end: number; name: string }[] {
  const found: { start: number; end: number; name: string }[] = [];
  if (!text.includes('届')) return found;
  for (const m of text.matchAll(PLENUM_LIST)) {
    const term = m[1];
    const listStart = m.index + term.length + 1;
    const items = [...m[2].matchAll(PLENUM_ITEM)].map((i) => ({ start: listStart + i.index, end: listStart + i.index + i[0].length, n: i[0][0] }));
    const lastStart = m.index + m[0].length - 4;
    items.push({ start: lastStart, end: m.index + m[0].length, n: m[3] });
    items[0].start = m.index;
    for (const i of items) found.push({ start: i.start, end: i.end, name: `${term}届${i.n}中全会` });
  }
  return found;
}

export const eventGazetteerRecognizer: Recognizer = {
  name: 'event-gazetteer',
  labels: ['Event'],
  recognize(ctx) {
    const out = eventNames.recognize(ctx);
    const items: Mention[] = [];
    for (const p of ctx.text.passages) {
      for (const f of findPlenumLists(p.text)) {
        items.push(
          makePassageMention(p, f, {
            label: 'Event',
            name: f.name,
            recognizer: 'event-gazetteer',
            reason: 'plenum-list',
            attrs: { kind: 'plenum' },
            // Above the gazetteer's, whose alias 三中全会 names the latest term's plenum.
            priority: GAZETTEER_PRIORITY + 1,
          }),
        );
      }
    }
    if (items.length === 0) return out;
    // The gazetteer's reading of an item (二十届二中, 三中全会) gives way to the list's.
    const inList = (m: Mention) => items.some((i) => m.start < i.end && i.start < m.end);
    return { ...out, mentions: [...out.mentions.filter((m) => !inList(m)), ...items].sort((a, b) => a.start - b.start) };
  },
};
