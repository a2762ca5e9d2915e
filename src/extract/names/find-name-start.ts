// Reads the name of a body, event or platform leftwards from its head word (…司法所, …会议) to the
// word that introduces it in official prose (成立, 依托, 发挥, 、 …), in time linear in the name.
import { LEVEL_CHARS, levelWordEndingAt, ZONE_WORDS } from '../recognizers/self-references.js';
import { adminNameEndingAt, isPlaceName, townshipsByShortName, type AdminName } from './admin-names.js';
import { startsWord } from './stands-alone.js';
import { SuffixScanner } from './suffix-scanner.js';

/** Words that end the phrase before a name: function words and the verbs that introduce bodies. */
export const BOUNDARY_WORDS: ReadonlySet<string> = new Set(
  (
    '充分发挥 发挥 成立 组建 设立 新建 筹建 增设 下设 设置 配置 配备 依托 联合 配合 会同 协助 协同 组织 参加 参与 ' +
    '邀请 督促 指导 支持 利用 围绕 对接 走访 通过 经过 成为 作为 担任 召开 举办 举行 开展 接受 提请 报请 报送 提交 ' +
    '获得 根据 按照 依据 依照 对照 参照 针对 落实 贯彻 主动 积极 及时 充分 由于 关于 对于 以及 及其 其中 包括 同时 并且 携手 纳入 列入 写入 ' +
    '扶持 走进 进入 吸收进 吸纳进 吸收 吸纳 带领 率领 是指 指 聘请 聘任 选聘 特聘 牵头 商请 报经 经由 面向 指派 派驻 选派 委托 授权 属于 隶属 设在 位于 入驻 进驻 对口 帮助 建立 完善 健全 强化 ' +
    '做实 做强 做优 做亮 做响 做精 做细 打造 建成 搭建 召集 主持 出席 列席 观看 扩大 线上线下 线上 线下 网上 实体 各级 各类 专门 下载 登录 ' +
    '分管 办理 旁听 安装 巩固 使用 运用 关注 扫码 访问 坚持 实行 推行 执行 确保 构建 紧扣 调整 聚焦 深化 实现 形成 树立 压实 抓好 用好 整合 提升 ' +
    '提高 明确 要求 确定 指定 安排 部署 保证 接待 协调处理 兼任 后报 上报 认真 统筹 处置 妥善处置 深入 评为 新增 力争 引导 一律 依靠 依赖 加强 加快 推动 移交 移送 交由 充实 加挂 挂牌 部分 全部 所有 挖掘 建强 建好 配强 听取 做好 办好 完成 发生 公布 制定 印发 出台 共建 具体负责 化运行 争创 共有 全年 年内 今年 去年 当年 目前 在 于 与 和 及 同 跟 对 向 由 从 经 按 据 为 将 把 被 让 使 给 了 是 等 或 并 的 各 该 此 ' +
    '其 每 凡 即 如 若 有 无 不 要 需 应 可 以 也 还 又 均 都 而 到 赴 至 报 个 名 位 项 座 批 类 种 些'
  ).split(' '),
);

/**
 * 个, 名 and 位 after a number end the count before a name (124个|村调解委员会, 26名|村党支部书记),
 * whatever the segmenter joins (名村); other measure words open words of their own (一项目一专班).
 */
const MEASURE_WORDS = new Set(['个', '名', '位']);
const isNumeral = (ch: string | undefined): boolean => ch !== undefined && (isDigit(ch) || '一二三四五六七八九十百千万两'.includes(ch));

/** Verbs that build or spread a brand, before its quoted name; inside a name they are words (法治建设委员会). */
const BRAND_VERBS: ReadonlySet<string> = new Set(['建设', '创建', '争创', '推广', '培育', '复制', '命名', '授予', '评为', '创成', '壮大', '擦亮']);

/** Conjunctions that may sit inside a brand name (稻和餐饮) when the name would be too short otherwise. */
const CONJUNCTIONS = new Set(['和', '与', '及', '同']);
const LONGEST_BOUNDARY = 4;
/** Longest chain of names read as one (委员会委员会… must not make every walk reach the start). */
const DEFAULT_MAX_CHAIN = 48;
// Quotation marks, compared directly (a Set lookup would hash a fresh string at every step of a walk).
const isClosingQuote = (c: string | undefined): boolean => c === '”' || c === '"' || c === '’';
const isOpeningQuote = (c: string | undefined): boolean => c === '“' || c === '"' || c === '‘';

export interface NameStartOptions {
  /** Characters allowed before the head word (a longer phrase is cut at the limit, see `complete`). */
  maxPrefix: number;
  /** Characters allowed before the head word over a whole chain of absorbed names (default 48). */
  maxChain?: number;
  /** Extra boundary words for this kind of name. */
  boundaries?: ReadonlySet<string>;
  /**
   * Called at every position the walk reaches: returns where an earlier name ending there starts, to
   * absorb it (区委|依法治区办), -1 to stop there, or null to go on character by character.
   */
  absorb?: (pos: number) => number | null;
  /** Stop at a level word that is not the end of an admin name (做强|镇行政执法指挥室). */
  levelCut?: boolean;
  /**
   * Whether an admin name read backwards is a place here (the issuer's own units); others count
   * only after a boundary or another admin name, since 联合镇 is also 联合 + 镇.
   */
  knownPlace?: (admin: AdminName) => boolean;
  /** A lone conjunction does not end a name that has fewer than two characters yet (稻和餐饮). */
  conjunctionsInName?: boolean;
  /**
   * Whether a character is a word of its own here; a one-character boundary word (据, 经, 要)
   * counts only when it is (数据, 经济, 主要 are no boundaries). Default: always.
   */
  standsAlone?: (text: string, i: number) => boolean;
  /** Keep a year (2023年, 2024年度) that opens the name (events). */
  keepYear?: boolean;
  /** Longest quoted segment taken into the name (“法润乡风”乡村振兴…); 0 stops at quotes. */
  maxQuoted?: number;
  /** How much further than `maxPrefix` the walk may go once it crossed a quoted segment (a brand lengthens a name). */
  quotedExtra?: number;
}

export interface NameStart {
  start: number;
  /** False when the walk hit `maxPrefix` before any boundary: the name may be cut. */
  complete: boolean;
}

/** What follows the number of an ordinal (第19届, 第3次, 第2期). */
const ORDINAL_MARKS = '届次期';

/** What a paragraph number in brackets holds: (一), (十二). */
const ENUMERATION = /^[一二三四五六七八九十百零〇]+$/;

function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** BOUNDARY_WORDS read right to left, so the longest one ending at a position is one walk. */
const BOUNDARY_SCANNER = new SuffixScanner<true>();
for (const w of BOUNDARY_WORDS) if (w.length <= LONGEST_BOUNDARY) BOUNDARY_SCANNER.add(w, true);

/** The longest boundary word (of at most LONGEST_BOUNDARY characters) ending at `pos` and starting at or after `floor`. */
function boundaryEndingAt(text: string, pos: number, floor: number, extra?: ReadonlySet<string>): string | null {
  const w = BOUNDARY_SCANNER.longestEndingAt(text, pos, Math.max(floor, pos - LONGEST_BOUNDARY))?.word ?? null;
  if (!extra) return w;
  // The kind's own words, when longer than the common one found.
  const own = extraScanner(extra).longestEndingAt(text, pos, floor)?.word ?? null;
  return own !== null && own.length > (w?.length ?? 0) ? own : w;
}

/** Each kind's own boundary words as a scanner, built once per set. */
const EXTRA_SCANNERS = new WeakMap<ReadonlySet<string>, SuffixScanner<true>>();
function extraScanner(extra: ReadonlySet<string>): SuffixScanner<true> {
  let scanner = EXTRA_SCANNERS.get(extra);
  if (!scanner) {
    scanner = new SuffixScanner<true>();
    for (const w of extra) scanner.add(w, true);
    EXTRA_SCANNERS.set(extra, scanner);
  }
  return scanner;
}

/**
 * Nouns that hold a boundary word (组织 the verb, 在 at, 处置 to handle): inside one of them it ends
 * no phrase (社区社会组织联合会, 村党组织, 在线调解服务平台, 诉求处置中心).
 */
const NOUNS_HOLDING_BOUNDARY = ['社会组织', '党组织', '经济组织', '自治组织', '群团组织', '基层组织', '在线', '处置中心'];

/** True when the boundary word `bw`, ending at `pos`, is part of one of those nouns there. */
function insideNoun(text: string, pos: number, bw: string): boolean {
  for (const noun of NOUNS_HOLDING_BOUNDARY) {
    const at = noun.indexOf(bw);
    if (at >= 0 && text.startsWith(noun, pos - bw.length - at)) return true;
  }
  return false;
}

/** Conjunctions that open some admin names (和县) and join two names elsewhere. */
const JOINERS = new Set(['和', '与', '及']);

/**
 * Length of a boundary word that opens the admin name at `start` (和 of 和县, 会同 of 会同县) and
 * leaves a level word or more of it before `end`, or 0.
 */
export function leadingBoundary(text: string, start: number, end: number): number {
  if (JOINERS.has(text[start])) return 1;
  for (let len = Math.min(LONGEST_BOUNDARY, end - start - 1); len >= 2; len--) if (BOUNDARY_WORDS.has(text.slice(start, start + len))) return len;
  // Only where a clause starts (，建设|镇…中心); after a verb the town is its object (指导建设镇司法所).
  if (end - start >= 3 && !isHan(text[start - 1]) && BUILDING_VERBS.has(text.slice(start, start + 2))) return 2;
  return 0;
}

/**
 * Verbs of building that open some towns' names (建设镇) and open clauses elsewhere (，建设|镇矛盾纠纷
 * 多元化解中心): at a clause's start and away from the issuer they are the verb. Inside bodies'
 * names they are words (法治建设委员会), so they are no boundary words of their own.
 */
const BUILDING_VERBS = new Set(['建设', '建立', '设立', '打造', '推进']);

/**
 * Characters of an admin name from `start` (before `end`) that a boundary word starting before the
 * name covers (部分乡镇: 部分 covers 分 of 分乡镇), or 0.
 */
function straddlingBoundary(text: string, start: number, end: number): number {
  for (let k = Math.min(LONGEST_BOUNDARY - 1, end - start - 1); k >= 1; k--) {
    const w = BOUNDARY_SCANNER.longestEndingAt(text, start + k, Math.max(0, start + k - LONGEST_BOUNDARY))?.word;
    if (w && w.length > k) return k;
  }
  return 0;
}

/** Last characters of a body's name that a branch named by its place may follow (…局|襄州分局). */
const BODY_BEFORE_BRANCH: ReadonlySet<string> = new Set([...'局厅']);

/** True when a phrase may start at `pos`: after a separator, a boundary word, 中共 or another admin name. */
export function opensPhrase(text: string, pos: number, o: NameStartOptions): boolean {
  if (pos === 0 || !isHan(text[pos - 1])) return true;
  // 襄阳市生态环境局|襄州分局: a branch named by its place right after the body it belongs to.
  if (BODY_BEFORE_BRANCH.has(text[pos - 1])) return true;
  if (text.slice(pos - 2, pos) === '中共') return true;
  const bw = boundaryEndingAt(text, pos, Math.max(0, pos - LONGEST_BOUNDARY), o.boundaries);
  if (bw && !(bw.length === 1 && o.standsAlone && !o.standsAlone(text, pos - 1))) return true;
  return adminNameEndingAt(text, pos, Math.max(0, pos - 10)) !== null;
}

/**
 * A place's short name that ends in a level character (温州, 杭州 in 芜湖市温州商会…; 韦州 of 韦州镇 in
 * 韦州市场监管所): a place, not a level word. A township's short name counts only where the caller
 * knows it as a place (the issuer's own units), since a two-character word before 州 or 市 is most
 * often just a word.
 */
function shortPlaceEndingAt(text: string, pos: number, lw: { start: number; word: string } | null, o: NameStartOptions): AdminName | null {
  if (!lw || lw.word.length !== 1) return null;
  const start = pos - 2;
  if (start < 0 || !isHan(text[start])) return null;
  const name = text.slice(start, pos);
  if (lw.word === '州' && isPlaceName(name)) return { start, end: pos, units: [] };
  if (!o.knownPlace) return null;
  const towns = townshipsByShortName(name);
  return towns.length > 0 && o.knownPlace({ start, end: pos, units: towns }) ? { start, end: pos, units: towns } : null;
}

/**
 * Where the name whose head word starts at `head` begins.
 * @example findNameStart('及时成立练塘镇疫情防控工作领导小组', 13, { maxPrefix: 16 }).start === 4
 */
export function findNameStart(text: string, head: number, o: NameStartOptions): NameStart {
  let pos = head;
  // The limit counts from the last head word absorbed, so a chain of names (…中心|中山温泉服务站) may
  // be longer than one name.
  let anchor = head;
  let quoted = 0;
  let floor = 0;
  const maxChain = o.maxChain ?? DEFAULT_MAX_CHAIN;
  while (pos > 0) {
    const maxPrefix = quoted > 0 ? o.maxPrefix + (o.quotedExtra ?? 0) : o.maxPrefix;
    if (anchor - pos >= maxPrefix || head - pos >= maxChain) return { start: pos, complete: false };
    if (o.absorb) {
      const s = o.absorb(pos);
      if (s !== null) {
        if (s < 0) break;
        pos = s;
        anchor = s;
        continue;
      }
    }
    floor = Math.max(0, anchor - maxPrefix - LONGEST_BOUNDARY);
    const c = text[pos - 1];
    // 我局, 本院: a pronoun right before the head word is the whole name (审核|本局), when it is no
    // part of a word before it (剧本|娱乐馆).
    if (pos === head && (c === '我' || c === '本') && (!isHan(text[pos - 2]) || startsWord(text, pos - 1))) return { start: pos - 1, complete: true };
    if (c === ')') {
      const open = text.lastIndexOf('(', pos - 2);
      const inside = text.slice(open + 1, pos - 1);
      // (长沙) in 北京市盈科(长沙)律师事务所 is part of a name; (一) before a name numbers a paragraph.
      if (open < 0 || pos - 1 - open > 5 || !/^[\u4e00-\u9fa5、]+$/.test(inside) || ENUMERATION.test(inside)) break;
      pos = open;
      continue;
    }
    if (isClosingQuote(c)) {
      const max = o.maxQuoted ?? 0;
      if (quoted > 0 || max === 0) break;
      let open = pos - 2;
      while (open >= 0 && pos - 1 - open <= max + 1 && !isOpeningQuote(text[open])) open--;
      if (open < 0 || !isOpeningQuote(text[open]) || open === pos - 2) break;
      quoted++;
      pos = open;
      // Two quoted names in a row are two names (“夏季达沃斯”“一带一路”高峰论坛).
      if (isClosingQuote(text[pos - 1])) break;
      // A verb that makes or spreads a brand ends the phrase before its quoted name (建设|“枫桥式”司法所).
      if (BRAND_VERBS.has(text.slice(pos - 2, pos))) break;
      continue;
    }
    // 第19届亚运会: an ordinal written in digits is part of the name.
    if (isDigit(c) && ORDINAL_MARKS.includes(text[pos])) {
      const ordinal = /第\d{1,3}$/.exec(text.slice(Math.max(0, pos - 4), pos));
      if (ordinal) {
        pos -= ordinal[0].length;
        continue;
      }
    }
    // 少陵路22号院业主委员会, 3号楼党支部: a house number is part of the address that names the body.
    if (isDigit(c) && text[pos] === '号') {
      let at = pos - 1;
      while (at > 0 && isDigit(text[at - 1]) && pos - at < 4) at--;
      if (isHan(text[at - 1])) {
        pos = at;
        continue;
      }
    }
    // 中国—中亚峰会, 中国—东盟博览会: the dash of China and its partners inside the name.
    if ((c === '—' || c === '－') && text.endsWith('中国', pos - 1) && isHan(text[pos])) {
      pos -= 1;
      continue;
    }
    if (!isHan(c)) break;
    if ((c === '年' && isDigit(text[pos - 2])) || (c === '度' && text[pos - 2] === '年' && isDigit(text[pos - 3]))) break;
    let bw = boundaryEndingAt(text, pos, floor, o.boundaries);
    if (bw && insideNoun(text, pos, bw)) bw = null;
    if (bw && bw.length === 1 && o.standsAlone && !o.standsAlone(text, pos - 1) && !(MEASURE_WORDS.has(bw) && isNumeral(text[pos - 2]))) bw = null;
    if (bw) {
      if (o.conjunctionsInName && CONJUNCTIONS.has(bw) && head - pos < 2) {
        pos--;
        continue;
      }
      break;
    }
    if (o.levelCut) {
      // 依法治镇, 依法治区: the level word is the object of 治, inside the name (…依法治镇工作领导小组).
      const lw = text[pos - 2] === '治' ? null : levelWordEndingAt(text, pos);
      // A unit whose name ends in a word of its own (成都市: 都市, 宜都市) has no level word there,
      // but is a place all the same, taken whole: the walk would otherwise stop inside it (at 都).
      const admin = lw || LEVEL_CHARS.includes(c) ? (adminNameEndingAt(text, pos, floor) ?? shortPlaceEndingAt(text, pos, lw, o)) : null;
      // 》和县疫情防控指挥部, 会同县人社局 far from the issuer: a conjunction or a verb and a level word.
      const opener = admin && !o.knownPlace?.(admin) ? leadingBoundary(text, admin.start, pos) : 0;
      if (opener) {
        pos = admin!.start + opener;
        break;
      }
      if (admin && (o.knownPlace?.(admin) || opensPhrase(text, admin.start, o))) {
        pos = admin.start;
        continue;
      }
      if (admin && !lw) {
        // A word that ends inside the place's name and starts before it is read first (部分|乡镇:
        // 分乡镇 is a town too).
        pos = admin.start + straddlingBoundary(text, admin.start, pos);
        break;
      }
      // 稀土高新区党工委, 宁国经开区管委会: a zone's short name holds the words before its kind.
      if (lw && ZONE_WORDS.has(lw.word) && isHan(text[lw.start - 1]) && !boundaryEndingAt(text, lw.start, Math.max(0, lw.start - LONGEST_BOUNDARY), o.boundaries)) {
        pos = lw.start;
        continue;
      }
      if (lw) {
        pos = lw.start;
        // An earlier name may still join across the level word (省纪委|省监委).
        const joined = o.absorb?.(pos);
        if (joined !== undefined && joined !== null && joined >= 0) {
          pos = joined;
          anchor = joined;
          continue;
        }
        // A self-reference belongs to the name (我镇司法所); what comes before it does not.
        if (text[pos - 1] === '我' || text[pos - 1] === '本') pos--;
        break;
      }
    }
    pos--;
  }
  if (o.keepYear) {
    // 2023年…, and a year written without 年 before a name (2024海峡两岸茶业博览会), not a figure's digits.
    const year = /\d{4}年度?$|(?<!\d)(?:19|20)\d{2}$/.exec(text.slice(Math.max(0, pos - 7), pos));
    if (year) pos -= year[0].length;
  }
  return { start: pos, complete: true };
}
