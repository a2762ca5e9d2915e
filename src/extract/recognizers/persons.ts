// People: a personal name right after one or more role titles (镇党委书记、镇法治建设委员会主任张兵;
// a transliterated name with a middle dot too: 乡长艾尼瓦尔·吐尔逊), or a national leader before a
// national title (习近平总书记). A word that only looks like a name
// is none: the name must follow a title, open with a family name, and be one word to the
// segmenter (高峰 after 镇长 is a person; 高峰 in “一带一路”高峰论坛 is not; 书记高度重视 has none).
import { createLazyTokens, loadSegmenter, type LazyTokens } from '../../text/segment.js';
import type { Mention, Passage } from '../../types.js';
import { isPlaceName } from '../names/admin-names.js';
import { findNameStart } from '../names/find-name-start.js';
import { CELL_BREAKS, cellsOf, type Cell } from './figure-tables.js';
import { standsAlone } from '../names/stands-alone.js';
import { SuffixScanner } from '../names/suffix-scanner.js';
import { COMPOUND_SURNAMES, surnameLengthAt } from '../names/surnames.js';
import type { Recognizer, RecognizerContext } from '../types.js';
import { makeNestingFinder, markNested } from './institutions.js';
import { makePassageMention } from '../make-passage-mention.js';

export const PERSONS = 'persons';
const PRIORITY = 6;
/** Scope of national leaders: one person across all reports, not one per issuing unit. */
export const NATIONAL_SCOPE = 'national';

/** Words that end a role title (镇长, 副主任, 党委书记 …), longest first where they nest. */
const ROLE_WORDS = new SuffixScanner<true>();
for (const w of [
  '书记', '副书记', '第一书记', '镇长', '副镇长', '乡长', '副乡长', '区长', '副区长', '县长', '副县长', '市长', '副市长',
  '省长', '副省长', '旗长', '州长', '主任', '副主任', '常务副主任', '主席', '副主席', '部长', '副部长', '局长', '副局长',
  '所长', '副所长', '处长', '科长', '股长', '站长', '队长', '大队长', '院长', '副院长', '庭长', '检察长', '委员', '常委',
  '组长', '副组长', '团长', '副团长', '政委', '调研员', '主任科员', '总经理', '董事长', '会长', '秘书长', '理事长', '社长', '馆长', '校长',
  '主任委员', '指导员', '专干', '政法委员', '宣传委员', '组织委员', '纪检委员', '武装部长', '人大主席', '工委主任',
  '律师', '主任律师', '顾问', '法律顾问', '法官', '检察官', '调解员', '人民调解员', '首席调解员', '教授',
  '民警', '警官', '网格员', '法律明白人', '寨老', '德古',
  // Cadres, teachers and the people of publicity and mediation teams (藏族干部拉姆卓玛, 退休教师葛成达).
  '干部', '教师', '宣讲员', '讲解员', '辅警', '联络员', '护边员', '护林员',
  // Heads of Inner Mongolia's townships and villages.
  '苏木长', '副苏木长', '苏木达', '嘎查长', '嘎查达',
  // People a report names by what they are, in its stories of mediation, legal aid and publicity
  // (老党员朴顺姬, 居民马秀英, 学生李思源, 剪纸传承人, 基层法律服务工作者吴建平).
  '党员', '居民', '村民', '牧民', '农民', '学生', '传承人', '工作者', '职工', '船长', '歌手', '歌师', '管家', '工作人员',
  // … and who they are in the community (乡贤马永福, 志愿者陈志远, 退役军人何家明, 台胞陈俊雄, 瑶族老人赵德明).
  '乡贤', '志愿者', '退役军人', '台胞', '老人',
  // … and by their craft or their duty in a village (章哈艺人玉南, 生态管护员多杰加, 老支书华尔旦).
  '艺人', '管护员', '老支书', '支书',
  // … and the elders who mediate in Li villages (奥雅王文福), like 寨老 and 德古.
  '奥雅',
])
  ROLE_WORDS.add(w, true);

/** Titles that follow the name of a national leader (习近平总书记, 李强总理). */
const NATIONAL_TITLE = /(?:总书记|国家主席|副总理|总理|委员长)/g;

/** Tags the segmenter gives personal names (nr …) or unknown words (x), which new names often are. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/**
 * What may follow a name: a separator, or a word that reports put after a person. A closed list,
 * since the segmenter tags ordinary words as names too (周密 in 镇长周密部署, 黄金周): only words
 * that cannot follow such a word are here: adverbs of manner (认真, 高度, 深入 …) but no verbs, since an
 * adverb the segmenter tags as a name comes before a verb (周密部署); the verbs here (兼任, 分管,
 * 履行; 具体 as in 具体负责) are said of a person's post, and 承办, 出庭, 接受 of a lawyer's case, not
 * done in some manner.
 */
const AFTER_NAME = /^(?:[^\u4e00-\u9fa5]|同志|作|主持|出席|参加|讲话|带队|等|为|在|对|和|与|及|的|率|任|表示|强调|指出|要求|介绍|汇报|代表|一行|分别|亲自|先后|同时|也|就|向|到|赴|说|负责|牵头|担任|带头|带领|多次|率队|召集|陪同|一同|莅临|专题|宣讲|授课|当选|荣获|认真|高度|积极|深入|切实|主动|专门|定期|第一时间|兼任|兼|分管|履行|具体|坚持|协助|督促|统筹|被|获评|获得|每(?:月|周|季|年|半年|天|日|星期|旬)|组织|扎根|发挥|运用|列席|常驻|严格|全程|全年|共同|义务|按照|因|承办|接受|出庭|调解|领衔|创建|组建|组成|坚守|领唱|从事|擅长|联系|用|熟悉|开设|律师|坐镇|驻|将|会同|解读|讲解|解答|主讲|辅导|从教|从业|接待|化解|耐心|长期|常年|一直|始终|现场|参与|指导|开展|提供|各|把|关于|劝阻|编排|编唱|编写|创作|领办|协调|$)/;
const TITLE_SEPARATOR = '、';
const MAX_TITLE = 20;

export interface PersonCandidate {
  start: number;
  end: number;
  name: string;
  roles: string[];
  national: boolean;
  /** How the name was read, when not after a title: before:同志, before:律师, before:（, table-of-names. */
  rule?: string;
}

/** The name that opens `text` at `at`, as the segmenter cuts it, or null; a title is never one (律师|顾问, tagged nr). */
function readName(text: string, at: number, tokens: LazyTokens): string | null {
  const name = readNameTokens(text, at, tokens);
  if (name === null) return null;
  // Nor is a family name and a title (书记任|主任: 任 is serving as), nor taking charge of a unit
  // (干部包村, 包户: 包 is a family name too).
  const given = name.slice(surnameLengthAt(name, 0));
  // 王某, 李某某: a party to a case whose name the report withholds; 的 closes a phrase, no name;
  // 万余人 is a count.
  if (given.includes('某') || given.includes('的') || (/^[万千百]/.test(name) && NUMERAL_CHARS.test(given))) return null;
  // 党员包户的: taking charge of households.
  const inCharge = UNITS_IN_CHARGE.has(given[0]) && (given.length === 1 || name[0] === '包');
  return ROLE_WORDS.has(name) || ROLE_WORDS.has(given) || inCharge ? null : name;
}

/** Characters of numbers and amounts (万余, 一百, 两千): a word of them is no given name. */
const NUMERAL_CHARS = /[零〇一二三四五六七八九十百千万亿余两几多半数]/;
/** Characters of time and of counting (全年, 次, 期): nor is a word of them. */
const TIME_CHARS = /[年月日天度次期号届]/;

/** Units a cadre takes charge of (包村, 包户, 包片): after 包 they make no given name. */
const UNITS_IN_CHARGE = new Set([...'村屯户片组点企社格']);

function readNameTokens(text: string, at: number, tokens: LazyTokens): string | null {
  const surname = surnameLengthAt(text, at);
  if (!surname) return null;
  const tok = tokens.startingAt(at);
  // A family name and a character may read as a place (梁国|栋 is 梁国栋): ns counts here.
  // The segmenter tags some unknown names as numerals (许立群/m): one of three characters without a
  // character of numbers or of time (全年, 万余人) is a name's.
  const numeralTagged = tok?.tag === 'm' && tok.word.length === surname + 2 && !NUMERAL_CHARS.test(tok.word.slice(surname)) && !TIME_CHARS.test(tok.word.slice(surname));
  if (tok && tok.word.length >= surname + 1 && tok.word.length <= surname + 2 && (NAME_TAGS.has(tok.tag ?? '') || tok.tag === 'ns' || numeralTagged)) {
    if (AFTER_NAME.test(text.slice(tok.end, tok.end + 2))) return tok.word;
    // 陆建|新任|主任: serving as a title is said right after a name, whatever word the segmenter
    // makes across it.
    if (tok.word.length === surname + 1 && HAN.test(text[tok.end] ?? '') && servesAsAt(text, tok.end + 1)) return text.slice(at, tok.end + 1);
    // 钱蕾任|常务副组长: the segmenter joined serving as (任) to a name of two.
    if (tok.word.length === surname + 2 && servesAsAt(text, tok.end - 1)) return text.slice(at, tok.end - 1);
    // The segmenter may cut a given name of two characters after the first, alone (刘海|波) or with
    // the word after it (王明|远作): one character more, when what may follow a name comes next.
    const next = tok.word.length === surname + 1 ? tokens.startingAt(tok.end) : undefined;
    const last = next && (next.word.length === 1 || (next.word.length === 2 && next.tag === 'x')) ? next.word[0] : '';
    if (last && HAN.test(last) && !AFTER_NAME.test(last) && AFTER_NAME.test(text.slice(tok.end + 1, tok.end + 3))) {
      return text.slice(at, tok.end + 1);
    }
    return null;
  }
  // The segmenter split the name into characters (张|兵): take 1–2 single characters after the family name.
  if (!tok || tok.word.length !== surname) return readAcrossTokens(text, at, surname, tokens);
  // Or into the family name and a word (李|红梅): the word is the given name, unless it is one of
  // the words that follow a name (书记张|强调 is no 张强调).
  const given = tokens.startingAt(tok.end);
  // A verb is a given name only when the segmenter reads the family name as a name's (全|覆盖 is
  // none; 徐|立新, 何|立新 and 马|文学 are names: 立新 is an adverb, 文学 a noun).
  const verbal = /^v/.test(given?.tag ?? '') && !NAME_TAGS.has(tok.tag ?? '');
  if (given && given.word.length === 2 && /^[\u4e00-\u9fa5]{2}$/.test(given.word) && !AFTER_NAME.test(given.word) && !verbal) {
    if (AFTER_NAME.test(text.slice(given.end, given.end + 2))) return text.slice(at, given.end);
  }
  let end = tok.end;
  for (let n = 0; n < 2; n++) {
    const next = tokens.startingAt(end);
    if (!next || next.word.length !== 1 || !/[\u4e00-\u9fa5]/.test(next.word) || AFTER_NAME.test(next.word)) break;
    end = next.end;
    if (AFTER_NAME.test(text.slice(end, end + 2))) return text.slice(at, end);
  }
  return null;
}

/**
 * A name of the transliterated form with a middle dot (艾尼瓦尔·吐尔逊, 阿不都热合曼·买买提), which
 * has no Chinese family name: two to four parts of Chinese characters, each dot between two of them.
 * Every part but the last ends at a dot; the last is as short as it can be (two characters or more)
 * and still be followed by what may follow a name: 吐尔逊 in 艾尼瓦尔·吐尔逊主持会议.
 */
const DOTTED_HEAD = /[\u4e00-\u9fa5]{1,10}(?:[·・•‧.][\u4e00-\u9fa5]{1,10}){0,2}[·・•‧.]/y;
const HAN = /[\u4e00-\u9fa5]/;
const DOTS = new Set(['·', '・', '•', '‧', '.']);
const MAX_PART = 10;

/** The dotted name that opens `text` at `at` and is followed by what may follow a name, or null. */
function readDottedName(text: string, at: number): string | null {
  DOTTED_HEAD.lastIndex = at;
  const head = DOTTED_HEAD.exec(text);
  if (!head) return null;
  const from = at + head[0].length;
  for (let k = 1; k <= MAX_PART && from + k <= text.length && HAN.test(text[from + k - 1]); k++) {
    if (k >= 2 && AFTER_NAME.test(text.slice(from + k, from + k + 2))) return text.slice(at, from + k);
  }
  return null;
}

/** A dotted name that is an item of a list after a title: not one with a title of its own (乡长艾克拜尔·…). */
function listedDottedName(text: string, at: number): string | null {
  const name = readDottedName(text, at);
  if (!name) return null;
  const head = name.search(/[·・•‧.]/);
  for (let end = 2; end <= head; end++) if (ROLE_WORDS.longestEndingAt(name, end, 0)) return null;
  return name;
}

/**
 * A name the segmenter cut across its end (程志|远任|主任): the family name and one or two characters
 * before what may follow a name, when those characters are no word of their own (高度, 周密, 严格 are
 * adverbs; 任主任 is serving as 主任).
 */
function readAcrossTokens(text: string, at: number, surname: number, tokens: LazyTokens): string | null {
  for (const given of [2, 1]) {
    const end = at + surname + given;
    const name = text.slice(at, end);
    if (!/^[\u4e00-\u9fa5]+$/.test(name) || AFTER_NAME.test(text.slice(at + surname, end))) continue;
    if (!AFTER_NAME.test(text.slice(end, end + 2)) || ROLE_WORDS.longestEndingAt(text, at + surname + 3, at + surname)) continue;
    const word = tokens.startingAt(at);
    // A common word from the family name on is that word (高度, 全程); a word across the name's end
    // must be one the segmenter does not know (程志|远任), not a known one (全程|参与).
    if (!word || (word.end >= end && !NAME_TAGS.has(word.tag ?? ''))) continue;
    let last = word;
    while (last.end < end) {
      const next = tokens.next(last);
      if (!next) break;
      last = next;
    }
    if (last.end > end && !NAME_TAGS.has(last.tag ?? '')) continue;
    return name;
  }
  return null;
}

/** True when `text` says at `pos` that someone serves as a title (任主任, 任副组长). */
function servesAsAt(text: string, pos: number): boolean {
  return titleServedAt(text, pos) !== null;
}

/** The title someone serves as, said at `pos` (任常务副组长 → 常务副组长), or null. */
function titleServedAt(text: string, pos: number): string | null {
  if (text[pos] !== '任') return null;
  // 任常务副组长, 任执行主任: a title may open with how the post is held.
  const from = pos + 1 + (/^(?:常务|执行)/.test(text.slice(pos + 1, pos + 3)) ? 2 : 0);
  for (let len = 5; len >= 2; len--) if (ROLE_WORDS.has(text.slice(from, from + len))) return text.slice(pos + 1, from + len);
  return null;
}

/**
 * Characters of Mongolian and Tibetan names transliterated (斯琴毕力格, 额尔德尼巴雅尔, 才让东知),
 * which the segmenter cuts into words of any tag. Characters that mostly open Chinese words after a
 * title (和, 本, 加, 通, 平 …) are left out.
 */
const TRANSLITERATION = new Set([
  ...'巴特尔斯琴毕力格额德尼雅乌日娜其木阿拉坦仓宝音图达赉苏朝鲁门孟布仁那顺吉嘎萨娃勒敖根都哈古楞呼道敦茹汗塔兰赛扎白温诺敏' +
    '才让东知索南卓玛西多次瓦桑姆旦增央平措顿珠洛丹益贡曲珍边普罗强旺土登青杰昂绒泽郎嘉云克' +
    // Amdo names (才让东主, 拉毛吉, 贡保才让, 完玛措, 尕藏, 才让东智), and 旺堆, 央宗.
    '主毛保完尕堆宗藏智' +
    // Mongolian names ending in 高娃 or 希格 (斯琴高娃, 宝音和希格).
    '高希',
]);

/** Characters of such names that open Chinese words but sit inside names (孟和巴雅尔, 那仁格日乐, 索南加措). */
const INNER_TRANSLITERATION = new Set([...'和乐加']);

/** A transliterated name of 3–7 such characters after a title, followed by what may follow a name. */
function readTransliteratedName(text: string, at: number, minLength = 3): string | null {
  let end = at;
  while (end - at < 7 && (TRANSLITERATION.has(text[end]) || (end > at && INNER_TRANSLITERATION.has(text[end])))) {
    end++;
    if (end - at >= minLength && !DOTS.has(text[end]) && AFTER_NAME.test(text.slice(end, end + 2))) return text.slice(at, end);
  }
  return null;
}

/**
 * A name with no Chinese family name and no dot, as Tibetan and Mongolian names are written
 * (索南卓玛, 扎西多吉): three or four characters that the segmenter reads as one unknown word or as
 * names only, or characters of transliterated names only, followed by what may follow a name. Read
 * after a title only.
 */
function readUnmarkedName(text: string, at: number, tokens: () => LazyTokens): string | null {
  // Such names open with one of these characters; checked first, since a title is most often
  // followed by no name at all and segmenting around it costs more than the whole test.
  if (!TRANSLITERATION.has(text[at])) return null;
  return readNamedTokens(text, at, tokens()) ?? readTransliteratedName(text, at);
}

/**
 * 巴图孟和|履行: an inner character of such names (和) that a name read short left out ends it when
 * what may follow a name comes after it and no other name does (巴特尔和其木格 are two people).
 */
function closingInner(text: string, end: number): string {
  const c = text[end] ?? '';
  const next = text[end + 1] ?? '';
  return INNER_TRANSLITERATION.has(c) && HAN.test(next) && !TRANSLITERATION.has(next) && AFTER_NAME.test(text.slice(end + 1, end + 3)) ? c : '';
}

function readNamedTokens(text: string, at: number, tokens: LazyTokens): string | null {
  let end = at;
  let parts = 0;
  let named = false;
  while (end - at < 4) {
    const t = tokens.startingAt(end);
    if (!t || !/^[\u4e00-\u9fa5]+$/.test(t.word)) break;
    const tag = t.tag ?? '';
    if (tag === 'x' || tag === 'nr' || tag === 'nrt' || tag === 'nrfg') named = true;
    else if (tag !== 'ns' || parts > 0 && !named) break;
    // 央金卓玛任|团长: the segmenter joined serving as (任) to the name.
    if (tag === 'x' && t.end - at === 5 && text[t.end - 1] === '任' && servesAsAt(text, t.end - 1)) return text.slice(at, t.end - 1);
    end = t.end;
    parts++;
    // A name of two characters is one the segmenter knows as a transliterated name (律师洛桑/nrt 全年…),
    // or a word it does not know or reads as a place made of such names' characters only (法律明白人
    // 扎西/ns、, 主席卓玛/x 被评为); not any word it tags as a name (干部德才/nr).
    const short = end - at === 2 && parts === 1 && (tag === 'nrt' || ((tag === 'x' || tag === 'ns') && TRANSLITERATION.has(text[at]) && TRANSLITERATION.has(text[at + 1])));
    if (short) named = true;
    const long = end - at >= 3 || short;
    // A middle dot goes on into a transliterated name, which readDottedName reads whole or not at all.
    if (long && named && !DOTS.has(text[end]) && AFTER_NAME.test(text.slice(end, end + 2)) && !ROLE_WORDS.has(text.slice(at, end))) {
      return end - at <= 4 ? text.slice(at, end) : null;
    }
  }
  return null;
}

/**
 * The role titles that end at `end`, back over 、 to the first title (镇党委书记、镇长、…副主任); not
 * into a person read before (书记陆建新任主任、镇长顾晓东: 主任 is 陆建新's).
 */
function readTitles(text: string, end: number, before: readonly PersonCandidate[] = []): string[] {
  const titles: string[] = [];
  let at = end;
  for (;;) {
    const role = ROLE_WORDS.longestEndingAt(text, at, Math.max(0, at - 6));
    if (!role) break;
    const found = findNameStart(text, role.start, { maxPrefix: MAX_TITLE, standsAlone });
    const last = before[before.length - 1];
    // Back into the person read before, or past the limit from one (调解员朝克图用蒙古语调解牧民|
    // 孟和巴特尔): the title is the role word alone, the first of the list read back.
    if (last && last.end <= role.start && (last.end > found.start || (!found.complete && role.start - last.end < MAX_TITLE))) {
      if (titles.length === 0) titles.push(role.word);
      break;
    }
    if (!found.complete) break;
    titles.unshift(text.slice(found.start, at));
    if (text[found.start - 1] !== TITLE_SEPARATOR) break;
    at = found.start - 1;
  }
  return titles;
}

/** Words before 干部 that make it cadres as a group (领导干部, 党员干部, 广大干部). */
const GROUP_OF_CADRES = /(?:领导|党员|广大|全体|各级|基层|年轻|青年)$/;

/**
 * Whether what may follow a name comes two to four characters after `at`, where a name with a
 * family name (2–4 characters) that opens there would end. Checked before segmenting: most titles
 * (领导干部, 书记) are followed by no name at all.
 */
function mayCloseName(text: string, at: number): boolean {
  for (let k = 2; k <= 4; k++) if (AFTER_NAME.test(text.slice(at + k, at + k + 2))) return true;
  return false;
}

/** True when the segmenter reads what follows a one-character family name as a verb (宿|改造). */
function givenIsVerb(tokens: LazyTokens, at: number, name: string): boolean {
  const given = tokens.startingAt(at + 1);
  return given !== undefined && given.end === at + name.length && /^v/.test(given.tag ?? '');
}

/**
 * `read(at)` put off until called. Made here, not in findLocal's loop: a closure there over the
 * loop's position would cost an allocation (its context) at every character of the passage.
 */
const deferred = <T>(read: (at: number) => T, at: number) => (): T => read(at);

function findLocal(text: string, tokens: () => LazyTokens): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  // The passage's tokens, or, when the segmenter joined the title's last character and the name's
  // first (主|任何|丽娟), the tokens of the text from the name on.
  const tokensAt = (at: number): LazyTokens => {
    const all = tokens();
    return all.startingAt(at) ? all : createLazyTokens(text.slice(at, at + 12), at);
  };
  for (let e = 2; e <= text.length; e++) {
    const role = ROLE_WORDS.longestEndingAt(text, e, Math.max(0, e - 6));
    if (!role) continue;
    // 领导干部, 党员干部: cadres as a group, the commonest use of the word, name no one.
    if (role.word === '干部' && GROUP_OF_CADRES.test(text.slice(Math.max(0, role.start - 2), role.start))) continue;
    // A title in quotes (“金牌调解员”王淑芬).
    if (text[e] === '”' && text[e + 1] && text.lastIndexOf('“', e) > e - 12 && (surnameLengthAt(text, e + 1) > 0 || readDottedName(text, e + 1))) {
      const quotedName = readDottedName(text, e + 1) ?? readName(text, e + 1, tokensAt(e + 1));
      if (quotedName) {
        const roles = readTitles(text, e);
        if (roles.length) out.push({ start: e + 1, end: e + 1 + quotedName.length, name: quotedName, roles, national: false });
      }
      continue;
    }
    const dotted = readDottedName(text, e);
    // Longer role words win (副主任 over 主任): skip an end that a longer role word continues.
    if (ROLE_WORDS.longestEndingAt(text, e + 1, Math.max(0, e - 5))?.start === role.start) continue;
    const read = dotted ?? (surnameLengthAt(text, e) > 0 && mayCloseName(text, e) ? readName(text, e, tokensAt(e)) : null) ?? readUnmarkedName(text, e, deferred(tokensAt, e));
    // A name of transliterated characters only may end in 和 (巴图孟和), which reads as a joining word.
    const name = read !== null && !dotted && [...read].every((ch) => TRANSLITERATION.has(ch)) ? read + closingInner(text, e + read.length) : read;
    if (!name) continue;
    // 村民|宿改造 (民宿), 农民|丰收节 (丰收): a people's word whose 民 the segmenter reads into the next
    // word, or a festival after it, is no title before a name.
    if (role.word.endsWith('民') && !dotted && (!tokens().startingAt(e) || name.endsWith('节') || givenIsVerb(tokens(), e, name))) continue;
    const roles = readTitles(text, e, out);
    if (roles.length === 0) continue;
    out.push({ start: e, end: e + name.length, name, roles, national: false });
    // Names listed after one title share it (副镇长李明、王芳分别带队; 调解员多吉、普布次仁、央宗).
    for (let at = e + name.length; text[at] === TITLE_SEPARATOR; ) {
      // In such a list a name of two such characters is one (多吉、普布次仁、央宗), however the segmenter cuts it.
      const next =
        listedDottedName(text, at + 1) ??
        (surnameLengthAt(text, at + 1) > 0 ? readName(text, at + 1, tokens()) : (readUnmarkedName(text, at + 1, () => tokens()) ?? readTransliteratedName(text, at + 1, 2)));
      if (!next) break;
      out.push({ start: at + 1, end: at + 1 + next.length, name: next, roles, national: false });
      at += 1 + next.length;
    }
  }
  return out;
}

/**
 * What may follow a person's name when no title comes before it: 同志 (王建国同志), a title in
 * brackets (韩冬梅（区司法局局长）), 律师 (该所杜文涛律师) but not a lawyers' body or service
 * (律师事务所, 律师协会, 律师服务), or 调解员 (邓伯荣调解员退休后…) but not the mediators' training or roll.
 */
const NAME_BEFORE = /同志|律师|调解员|[（(]/g;
/** Function words that the segmenter may join to the name after them (由|金秀琴, 请|王建国). */
const GLUED_BEFORE_NAME = new Set([...'由请和与及的向对让经']);
/** A dotted name (扎西·次仁, 艾尼瓦尔·吐尔逊) after a separator, at the end of a text. */
const DOTTED_BEFORE = /(?:^|[^\u4e00-\u9fa5·・•‧.])([\u4e00-\u9fa5]{1,6}(?:[·・•‧][\u4e00-\u9fa5]{1,6}){1,2})$/;
/** The level word that ends a place's name (巴沟乡, 石桥村): no person's name ends so before a marker. */
const LEVEL_END = /[乡镇村县区市省州旗屯]$/;
const NOT_A_MEDIATOR_AFTER = /^(?:队伍|队|培训|库|名录|名册|制度|工作|协会|管理)/;
/** What makes 律师 part of a noun (律师事务所, 律师服务团); 律师服务|可塘社区 is a lawyer who serves it. */
const NOT_A_LAWYER_AFTER = /^(?:事务所|协会|团|行业|服务(?:团|队|中心|站|所|工作|热线|平台|活动|机制|品牌|窗口|点|室|群|项目|产品|市场|费|进|$)|所|队|工作|调解|顾问|楼|之家|费|代理|事务|执业|资格|进)/;
const MAX_BRACKETED_TITLE = 20;

/** The roles said by what follows a name at `at` (NAME_BEFORE's match), or null when it says none. */
function rolesAfterName(text: string, at: number, marker: string): string[] | null {
  if (marker === '同志') return [];
  const after = text.slice(at + marker.length, at + marker.length + 4);
  if (marker === '律师') return NOT_A_LAWYER_AFTER.test(after) ? null : ['律师'];
  // “楼宇调解员”队伍: a quoted kind of mediator, no one's name.
  if (marker === '调解员') return /^[”"’]/.test(after) || NOT_A_MEDIATOR_AFTER.test(after) ? null : ['调解员'];
  const close = text.indexOf(marker === '（' ? '）' : ')', at);
  if (close < 0 || close - at > MAX_BRACKETED_TITLE) return null;
  const inner = text.slice(at + 1, close);
  return ROLE_WORDS.longestEndingAt(inner, inner.length, Math.max(0, inner.length - 6)) ? inner.split(TITLE_SEPARATOR) : null;
}

/** People named before what says who they are (王建国同志, 韩冬梅（区司法局局长）, 杜文涛律师). */
function findNamedBefore(text: string, tokens: () => LazyTokens): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (const m of text.matchAll(NAME_BEFORE)) {
    const at = m.index ?? 0;
    const roles = rolesAfterName(text, at, m[0]);
    if (roles === null) continue;
    // 伍志坚、罗晓彤两名律师, 高志远、乔雅琴等4名律师: the count of the people named before it.
    const count = m[0] === '（' || m[0] === '(' ? null : COUNT_BEFORE_MARKER.exec(text.slice(Math.max(0, at - 6), at));
    const end = count ? at - count[0].length : at;
    if (!HAN.test(text[end - 1] ?? '')) continue;
    const rule = `before:${m[0]}`;
    const read = familyNamedEndingAt(text, end, tokens);
    if (read) {
      out.push({ start: read.start, end, name: read.name, roles, national: false, rule });
      // The names listed before it share what it says (林晓燕、黄志坚律师).
      for (let at2 = read.start; text[at2 - 1] === TITLE_SEPARATOR; ) {
        const before = familyNamedEndingAt(text, at2 - 1, tokens);
        if (!before) break;
        out.push({ start: before.start, end: at2 - 1, name: before.name, roles, national: false, rule });
        at2 = before.start;
      }
      continue;
    }
    if (count) continue;
    // A Mongolian or Tibetan name, which has no family name (，斯琴图雅律师): characters of such names
    // only, from a separator on.
    let start = at;
    while (at - start < 7 && TRANSLITERATION.has(text[start - 1] ?? '')) start--;
    if (at - start >= 3 && !HAN.test(text[start - 1] ?? '')) {
      out.push({ start, end: at, name: text.slice(start, at), roles, national: false, rule });
      continue;
    }
    // A dotted name from a separator on (，扎西·次仁律师).
    const dotted = DOTTED_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
    if (dotted) out.push({ start: at - dotted[1].length, end: at, name: dotted[1], roles, national: false, rule });
  }
  return out;
}

/** A count of people before 律师 or 调解员 (两名, 等4名, 3位), or 等 alone (蒋以宁、顾承泽等律师). */
const COUNT_BEFORE_MARKER = /(?:等)?[\d一二三四五六七八九十两]+[名位]$|等$/;

/** A name with a family name that ends at `end` and opens a word, read as if a comma followed it. */
function familyNamedEndingAt(text: string, end: number, tokens: () => LazyTokens): { start: number; name: string } | null {
  // A compound family name four characters back (司徒文杰同志) makes a name of four, read first.
  for (const len of COMPOUND_SURNAMES.has(text.slice(end - 4, end - 2)) ? [4, 3, 2] : [3, 2, 4]) {
    const start = end - len;
    if (start < 0 || !surnameLengthAt(text, start)) continue;
    // 李树林|任首席调解员: serving as a title, not the family name 任.
    if (servesAsAt(text, start)) continue;
    // The name is read as if a comma followed it, so that 律师 and the bracket need no place among
    // the words that may follow a name after a title.
    const probe = text.slice(start, end) + '，';
    const name = readName(probe, 0, createLazyTokens(probe));
    // 武汉（主任）: a place the segmenter reads as a name's family name and given name; 巴沟乡调解员:
    // a place named by its level.
    if (name === null || name.length !== len || isPlaceName(name) || LEVEL_END.test(name)) continue;
    // The name opens a word: after a separator, or where the segmenter starts one (职工|王建国), or
    // after a function word the segmenter glued to it (由金秀琴 read as one unknown word).
    if (start > 0 && HAN.test(text[start - 1]) && !tokens().startingAt(start) && !GLUED_BEFORE_NAME.has(text[start - 1])) continue;
    return { start, name };
  }
  return null;
}

/**
 * A table's heading of its column of names: 姓名, or the role its people serve in (法律顾问, 调解员 …:
 * 服务村(社区) 法律顾问 所属律师事务所, a list of village legal advisers).
 */
const PEOPLE_ROLES = '法律顾问|村(?:\\(社区\\)|（社区）)?法律顾问|驻村律师|律师|调解员|人民调解员|网格员|法律明白人|联系人|负责人';
const NAME_HEADING = new RegExp(`^(?:姓\\s*名|${PEOPLE_ROLES})$`);
/** The same heading as a cell anywhere in a text (after a line start or a space, before a space). */
const NAME_HEADING_IN_TEXT = new RegExp(`(?:^|[${CELL_BREAKS}])(?:姓\\s*名|${PEOPLE_ROLES})(?:[${CELL_BREAKS}]|$)`, 'm');
const ROLE_HEADING = /^(?:职务|职位|现任职务|单位及职务|单位职务)$/;
/** A name in a table's column of names: a family name and one to three characters, or a dotted name. */
const NAME_CELL = /^[\u4e00-\u9fa5]{2,4}$|^[\u4e00-\u9fa5]{1,10}(?:[·・•‧.][\u4e00-\u9fa5]{1,10}){1,2}$/;

/** Where a row that follows a header of 姓名 holds the name and the post. */
interface NameColumns {
  name: number;
  role: number | null;
  /** The role that heads the column of names, when it is not 姓名. */
  served: string | null;
  cells: number;
}

/**
 * A header's cells with the words that it spaces out joined (姓  名, 村  名 → 姓名, 村名): two
 * cells of one character each are one heading of two, as a header lays them out.
 */
function joinSpacedHeadings(cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    const next = cells[i + 1];
    if (next && c.text.length === 1 && next.text.length === 1 && HAN.test(c.text) && HAN.test(next.text)) {
      out.push({ text: c.text + next.text, start: c.start, end: next.end });
      i++;
    } else out.push(c);
  }
  return out;
}

function readNameHeading(spaced: Cell[]): NameColumns | null {
  const cells = joinSpacedHeadings(spaced);
  const name = cells.findIndex((c) => NAME_HEADING.test(c.text));
  if (name < 0) return null;
  const role = cells.findIndex((c) => ROLE_HEADING.test(c.text));
  // A column headed by a role: its people serve in it.
  const served = /^姓\s*名$/.test(cells[name].text) ? null : cells[name].text;
  return { name, role: role >= 0 ? role : null, served, cells: cells.length };
}

/** A cell that can hold a person's name: a family name and one to three characters, or a dotted name, and no place. */
function isNameCell(text: string): boolean {
  const dotted = /[·・•‧.]/.test(text);
  return NAME_CELL.test(text) && (dotted || surnameLengthAt(text, 0) > 0) && !isPlaceName(text);
}

/**
 * People listed in a table under a heading 姓名 (序号 姓名 执业机构 服务村(社区), a list of village
 * legal advisers or of mediators), row by row until a line that is no row of it. A cell there is
 * a name by the heading, whatever the segmenter reads.
 */
function findListedInTables<L extends { text: string; start: number }>(lines: readonly L[]): { line: L; candidate: PersonCandidate }[] {
  const out: { line: L; candidate: PersonCandidate }[] = [];
  let columns: NameColumns | null = null;
  for (const line of lines) {
    const cells: Cell[] | null = columns || NAME_HEADING_IN_TEXT.test(line.text) ? cellsOf(line.text) : null;
    if (!cells) {
      columns = null;
      continue;
    }
    // A row of the table may hold a role that could head a column (5 羊角村 曾春林 网格员): with a
    // name where the header puts names, it is a row, not a new header.
    const isRow: boolean = columns !== null && Math.abs(cells.length - columns.cells) <= 1 && cells.length > columns.name && isNameCell(cells[columns.name].text);
    const heading: NameColumns | null = isRow ? null : readNameHeading(cells);
    if (heading) {
      columns = heading;
      continue;
    }
    // A row has the header's cells (the last may hold spaces of its own: one more or fewer).
    if (!columns || Math.abs(cells.length - columns.cells) > 1 || cells.length <= columns.name) {
      columns = null;
      continue;
    }
    const cell = cells[columns.name];
    if (!isNameCell(cell.text)) continue;
    const role = columns.role !== null ? cells[columns.role]?.text : (columns.served ?? undefined);
    out.push({ line, candidate: { start: line.start + cell.start, end: line.start + cell.end, name: cell.text, roles: role ? [role] : [], national: false, rule: 'table-of-names' } });
  }
  return out;
}

function findNational(text: string, tokens: () => LazyTokens): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (const m of text.matchAll(NATIONAL_TITLE)) {
    const titleAt = m.index ?? 0;
    const tok = tokens().endingAt(titleAt);
    if (!tok || tok.word.length < 2 || tok.word.length > 4 || !NAME_TAGS.has(tok.tag ?? '') || !surnameLengthAt(text, tok.start)) continue;
    out.push({ start: tok.start, end: titleAt + m[0].length, name: tok.word, roles: [m[0]], national: true });
  }
  return out;
}

/**
 * People named in one passage's text (offsets into that text).
 * @example findPersons('镇党委书记、镇法治建设委员会主任张兵,')[0] → { name: '张兵', roles: ['镇党委书记', '镇法治建设委员会主任'] }
 */
/** Posts said right after a name (由冯德华所长负责, 邀请王文斌庭长作讲座). */
const POST_AFTER_NAME = /(?<=[\u4e00-\u9fa5]{2,3})(?:所长|庭长|站长|队长|院长|局长|镇长|乡长|副?区长|副?县长|副?市长|会长|法官|检察官|教授)/g;
/** Where a name before its post starts: after a separator, a word that introduces a person, or the body of the post (陇城人民法庭|王文斌庭长). */
const OPENS_NAME_BEFORE_POST = /(?:^|[^\u4e00-\u9fa5]|由|请|邀请|特邀|聘请|法庭|法院|检察院|司法所|派出所|司法局|公安局|学院|大学)$/;

/** People named before their post, when a clause goes on after it (由冯德华所长负责日常工作). */
function findNamedBeforePost(text: string): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (const m of text.matchAll(POST_AFTER_NAME)) {
    const at = m.index ?? 0;
    const after = at + m[0].length;
    if (!AFTER_NAME.test(text.slice(after, after + 2)) || !HAN.test(text[after] ?? '')) continue;
    for (const len of [3, 2]) {
      const start = at - len;
      if (start < 0 || !OPENS_NAME_BEFORE_POST.test(text.slice(Math.max(0, start - 3), start)) || !surnameLengthAt(text, start)) continue;
      const probe = text.slice(start, at) + '，';
      const probeTokens = createLazyTokens(probe);
      const name = readName(probe, 0, probeTokens);
      if (name === null || name.length !== len || isPlaceName(name) || LEVEL_END.test(name)) continue;
      // 。成立由|局长任组长: a verb and 由, no name.
      if (/^v/.test(probeTokens.startingAt(0)?.tag ?? '') || /[由请]$/.test(name)) continue;
      out.push({ start, end: at, name, roles: [m[0]], national: false, rule: `before:${m[0]}` });
      break;
    }
  }
  return out;
}

export function findPersons(text: string): PersonCandidate[] {
  // One segmentation of the passage, made on first need and shared by both readings.
  let shared: LazyTokens | null = null;
  const tokens = () => (shared ??= createLazyTokens(text));
  const found = [...findNational(text, tokens), ...findLocal(text, tokens)];
  // A name before 同志 or a bracket may follow a title too (区委书记孙立群同志): read once.
  for (const c of findNamedBefore(text, tokens)) if (!found.some((f) => f.start < c.end && c.start < f.end)) found.push(c);
  for (const c of findListedByVillage(text)) if (!found.some((f) => f.start < c.end && c.start < f.end)) found.push(c);
  for (const c of findNamedBeforePost(text)) if (!found.some((f) => f.start < c.end && c.start < f.end)) found.push(c);
  for (const c of findServingAs(text, tokens)) if (!found.some((f) => f.start < c.end && c.start < f.end)) found.push(c);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * People named where a body's members are listed by post (由沈志斌任组长, ，王芳任副组长): a name with
 * a family name right before serving as a title, opening a clause or after 由. The title is theirs.
 */
function findServingAs(text: string, tokens: () => LazyTokens): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (let i = text.indexOf('任'); i >= 0; i = text.indexOf('任', i + 1)) {
    const title = i < 2 ? null : titleServedAt(text, i);
    if (!title) continue;
    const read = familyNamedEndingAt(text, i, tokens);
    if (!read || !(text[read.start - 1] === '由' || !HAN.test(text[read.start - 1] ?? ''))) continue;
    out.push({ start: read.start, end: i, name: read.name, roles: [title], national: false, rule: 'serving-as' });
  }
  return out;
}

/** A list's items, between its separators. */
const LIST_ITEM = /[^、，,；;。：:\n]+/g;
/** A village, community or gacha before a name (古楼坪村|谌德华). */
const VILLAGE_END = /(?:村|社区|嘎查|居委会)$/;
const MIN_LISTED = 3;
/** Items of such a list whose names open with a family name, at least (and more than half of them). */
const MIN_FAMILY_NAMED = 2;
/** Two items of such a list in a row, tested before anything else (most passages have none). */
const LISTED_PAIR = /(?:村|社区|嘎查|居委会)[\u4e00-\u9fa5]{2,3}[、，,][\u4e00-\u9fa5]{1,6}(?:村|社区|嘎查|居委会)[\u4e00-\u9fa5]{2,3}等?[、，,；;。]/;
/** What joins the items of such a list. */
const LIST_JOINERS = '、，,';

/**
 * People listed by the village they serve, one after another (古楼坪村谌德华、鲇鱼村龚秋莲、方石村
 * 李建国): a run of at least three items, each a village and a name with a family name.
 */
function findListedByVillage(text: string): PersonCandidate[] {
  if (!LISTED_PAIR.test(text)) return [];
  const out: PersonCandidate[] = [];
  let run: PersonCandidate[] = [];
  // How many of the run's names open with a family name: the others (勐嘎村排木锐, a Jingpo name)
  // are names only in a run that most of its items show to be a list of people.
  let familyNamed = 0;
  let lastEnd = -1;
  const close = () => {
    if (run.length >= MIN_LISTED && familyNamed >= MIN_FAMILY_NAMED && familyNamed * 2 > run.length) out.push(...run);
    run = [];
    familyNamed = 0;
  };
  for (const m of text.matchAll(LIST_ITEM)) {
    const start = m.index ?? 0;
    // Items of one list follow each other across a 、 or a comma only.
    if (lastEnd >= 0 && !(start === lastEnd + 1 && LIST_JOINERS.includes(text[lastEnd]))) close();
    lastEnd = start + m[0].length;
    // …抱犊村崔永福等: the list's last item closes with 等.
    const item = m[0].endsWith('等') ? m[0].slice(0, -1) : m[0];
    let found: PersonCandidate | null = null;
    let family = false;
    for (const len of [3, 2]) {
      const name = item.slice(-len);
      const place = item.slice(0, -len);
      if (place.length < 2 || !VILLAGE_END.test(place) || !/^[\u4e00-\u9fa5]+$/.test(item)) continue;
      if (ROLE_WORDS.has(name) || isPlaceName(name) || VILLAGE_END.test(name)) continue;
      // Without a family name, only a name of three after the village (勐嘎村排木锐): a two-character
      // ending is too often a word (某村两委).
      family = surnameLengthAt(name, 0) > 0;
      if (!family && (len !== 3 || !run.length)) continue;
      found = { start: start + item.length - len, end: start + item.length, name, roles: [], national: false, rule: 'listed-by-village' };
      break;
    }
    // …兴耕村赫连英被评为…: the list's last item goes on into the clause it is the subject of.
    if (!found && run.length >= MIN_LISTED - 1) {
      found = closingListItem(item, start);
      family = found !== null;
    }
    if (found) {
      run.push(found);
      if (family) familyNamed++;
    } else close();
  }
  close();
  return out;
}

/** The village and the name that open the last item of such a list, followed by what may follow a name. */
function closingListItem(item: string, start: number): PersonCandidate | null {
  const village = /^[\u4e00-\u9fa5]{1,6}?(?:村|社区|嘎查|居委会)/.exec(item);
  if (!village) return null;
  const at = village[0].length;
  for (const len of [3, 2, 4]) {
    const name = item.slice(at, at + len);
    const rest = item.slice(at + len);
    if (name.length !== len || !/^[\u4e00-\u9fa5]+$/.test(name) || !rest || !(AFTER_NAME.test(rest.slice(0, 2)) || rest[0] === '被')) continue;
    // A name of four has a compound family name (欧阳明华).
    const family = surnameLengthAt(name, 0);
    if (!family || (len === 4 && family !== 2) || ROLE_WORDS.has(name) || isPlaceName(name)) continue;
    return { start: start + at, end: start + at + len, name, roles: [], national: false, rule: 'listed-by-village' };
  }
  return null;
}

function toMention(c: PersonCandidate, p: Passage): Mention {
  return makePassageMention(p, c, {
    label: 'Person',
    name: c.name,
    recognizer: PERSONS,
    reason: c.rule ?? (c.national ? 'national-title' : 'after-title'),
    attrs: { roles: c.roles, ...(c.national ? { scope: NATIONAL_SCOPE } : {}) },
    priority: PRIORITY,
  });
}

const OUTER_LABELS = new Set(['Event']);

export const personRecognizer: Recognizer = {
  name: PERSONS,
  labels: ['Person'],
  recognize(ctx: RecognizerContext) {
    loadSegmenter(ctx.ontology);
    const mentions: Mention[] = [];
    const findOuter = makeNestingFinder(ctx.previous, OUTER_LABELS);
    for (const p of ctx.text.passages) {
      for (const c of findPersons(p.text)) {
        const m = toMention(c, p);
        markNested(m, findOuter);
        mentions.push(m);
      }
    }
    // Tables of names are rare: their lines are gathered only in a report that has a heading 姓名
    // or a role's.
    if (ctx.text.passages.some((p) => NAME_HEADING_IN_TEXT.test(p.text))) {
      const lines: { text: string; start: number; passage: Passage }[] = [];
      for (const p of ctx.text.passages) {
        let start = 0;
        for (const text of p.text.split('\n')) {
          lines.push({ text, start, passage: p });
          start += text.length + 1;
        }
      }
      for (const { line, candidate } of findListedInTables(lines)) mentions.push(toMention(candidate, line.passage));
    }
    return { mentions };
  },
};
