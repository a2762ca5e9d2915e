// How a report names units without naming them: level words (镇党委 → the issuer's 镇, 区委 → its
// district), self-references (我镇, 本街道) and generic plurals (各街镇). The body recognizers use
// these to scope a generic name to the unit the text means (镇党委 → 练塘镇党委).
import { findSelfReferences } from '../issuer/find-self-references.js';
import type { AdminLevel, Issuer } from '../../types.js';

/** Characters that name an administrative level when they stand alone (镇党委, 区司法局, 市委). */
export const LEVEL_CHARS = '镇乡区县市省州旗';
/**
 * Level words of more than one character: 街道, 苏木 (a township of Inner Mongolia: 苏木党委), and the
 * development zones that govern like a county (经开区法治政府建设工作领导小组).
 */
const LEVEL_WORDS = ['街道', '苏木', '经开区', '高新区', '开发区'];
/** The kinds of development zones, which their short names end in (稀土高新区, 宁国经开区). */
export const ZONE_WORDS: ReadonlySet<string> = new Set(['经开区', '高新区', '开发区']);

// A level character inside an ordinary word is no level word: 社区, 城乡, 市场, 乡村, 区域 …
const WORDS_ENDING_IN_LEVEL = new Set(
  ('社区 城区 辖区 园区 景区 片区 小区 校区 街区 市区 郊区 山区 林区 牧区 灾区 矿区 厂区 营区 禁区 战区 老区 湾区 ' +
    '地区 城乡 城市 都市 超市 夜市 集市 股市 城镇 乡镇 村镇 集镇 街镇 重镇 名镇 古镇 小镇 省市 县市 地市 州市 县区 市县 区县 ' +
    '外省 外县 外市 ' +
    '反省 节省 内省 下乡 返乡 家乡 故乡 老乡 同乡 异乡 他乡 进城 坐镇 冰镇 分区 专区 政区 学区 选区 防区 误区 盲区 ' +
    '雄安 特区 ' +
    // Kinds of area named by what they are (风景名胜区管理委员会, 自然保护区管理局, 旅游度假区).
    '胜区 护区 假区 范区 验区 贸区 能区 心区').split(' '),
);
const WORDS_STARTING_WITH_LEVEL = new Set(
  ('乡村 乡镇 乡土 乡风 乡贤 乡亲 乡情 乡愁 乡里 乡音 市场 市民 市域 市级 市容 市区 市值 市面 市井 ' +
    '区域 区级 区块 区间 区别 区分 区划 县域 县级 县城 镇级 镇村 镇街 镇域 镇定 镇压 镇守 省级 省份 省内 省外 省际 省钱 省力 ' +
    '州级 旗帜 旗舰 旗下 旗号 旗袍').split(' '),
);

/**
 * The level word that starts at `i` (街道, 苏木, or one of LEVEL_CHARS standing alone), or null.
 * @example levelWordAt('区司法局', 0) === '区'; levelWordAt('市场监管', 0) === null
 */
export function levelWordAt(text: string, i: number): string | null {
  for (const w of LEVEL_WORDS) if (text.startsWith(w, i)) return w;
  const c = text[i];
  if (c === undefined || !LEVEL_CHARS.includes(c)) return null;
  if (i > 0 && WORDS_ENDING_IN_LEVEL.has(text[i - 1] + c)) return null;
  // 苏木镇: Inner Mongolia's sumus and towns together, as 乡镇 elsewhere.
  if (c === '镇' && text.startsWith('苏木', i - 2)) return null;
  if (i + 1 < text.length && WORDS_STARTING_WITH_LEVEL.has(c + text[i + 1])) return null;
  return c;
}

/** The level word that ends at `end` (exclusive), or null. */
export function levelWordEndingAt(text: string, end: number): { start: number; word: string } | null {
  for (const w of LEVEL_WORDS) if (text.endsWith(w, end)) return { start: end - w.length, word: w };
  const w = end >= 1 ? levelWordAt(text, end - 1) : null;
  return w ? { start: end - 1, word: w } : null;
}

export interface ScopeUnit {
  name: string;
  code: string | null;
  level: AdminLevel;
}

function matchesKind(kind: string | undefined, word: string): boolean {
  if (!kind) return false;
  if (word === '市') return kind === '市' || kind === '地级市' || kind === '直辖市' || kind.endsWith('市');
  if (word === '州') return kind.endsWith('州');
  return kind.endsWith(word);
}

/**
 * The unit a level word points at from the issuer's point of view: 镇 → the issuing town, 区 → its
 * district, 市 → its city (a municipality for 上海市's towns), 省 → its province, 地区 → a 地区
 * township (东坝地区) or prefecture (阿克苏地区) it is or lies in; null when the
 * word names no unit above or at the issuer (镇 in a district's report names no particular town).
 * @example resolveUnitWord('区', 练塘镇) → { name: '青浦区', … }
 */
export function resolveUnitWord(word: string, issuer: Issuer | null): ScopeUnit | null {
  if (!issuer) return null;
  const self: ScopeUnit = { name: issuer.name, code: issuer.code, level: issuer.level };
  const parents = issuer.parents ?? [];
  const at = (level: AdminLevel): ScopeUnit | null => {
    if (issuer.level === level) return self;
    const p = parents.find((u) => u.level === level);
    return p ? { name: p.name, code: p.code, level: p.level } : null;
  };
  const kindAt = (level: AdminLevel): string | undefined =>
    issuer.level === level ? (issuer.kind ?? kindFromName(issuer.name)) : parents.find((u) => u.level === level)?.kind;
  switch (word) {
    case '镇':
    case '乡':
    case '街道':
    case '苏木':
      return issuer.level === 'township' && matchesKind(issuer.kind ?? kindFromName(issuer.name), word) ? self : null;
    case '区':
    case '县':
    case '旗': {
      const u = at('county');
      return u && matchesKind(kindAt('county'), word) ? u : null;
    }
    case '市': {
      // A county-level city is the nearer 市 (昆山市's towns say 市委 for 昆山市委).
      if (matchesKind(kindAt('county'), '市')) return at('county');
      if (issuer.level === 'city' || parents.some((u) => u.level === 'city')) return at('city');
      const province = at('province');
      return province && matchesKind(kindAt('province'), '市') ? province : null;
    }
    case '州':
      return matchesKind(kindAt('city'), '州') ? at('city') : null;
    case '省':
      return matchesKind(kindAt('province'), '省') ? at('province') : null;
    case '经开区':
    case '高新区':
    case '开发区':
      // A development zone's report calls the zone by its short kind (芜湖经济技术开发区: 经开区).
      return /(?:开发区|高新区|经开区|管理委员会|管委会)$/.test(issuer.name) && ZONE_WORDS.has(word) ? self : null;
    case '地区':
      // One of Beijing's 地区 (东坝地区, a township) calls itself 地区; so does a prefecture (阿克苏地区).
      if (issuer.level === 'township') return kindAt('township') === '地区' ? self : kindAt('city') === '地区' ? at('city') : null;
      return kindAt('city') === '地区' ? at('city') : null;
    default:
      return null;
  }
}

function kindFromName(name: string): string {
  return LEVEL_WORDS.find((w) => name.endsWith(w)) ?? name.slice(-1);
}

/** A self-reference (我镇, 本街道, 全区) that opens `text`, with the level word it contains. */
export function selfReferenceAtStart(text: string): { surface: string; word: string } | null {
  // Every self-reference opens with its pronoun.
  const first = text[0];
  if (first !== '全' && first !== '本' && first !== '我') return null;
  const head = text.slice(0, 4);
  for (const r of findSelfReferences(head)) if (r.start === 0) return { surface: r.surface, word: r.kind };
  return null;
}

// Words after which a level-word name means every such unit (各街镇, 全市各区, 每个村居).
// 市、县两级行政争议调解中心 and 区街社区三级综治中心 are the centres at every such level.
const GENERIC_BEFORE = /(?:各|每个|每|所有|多个|相关|有关|部分|其他|其它|其余|两|三|四|多|诸|若干|[两三四五]级)$/;

/**
 * True when the text just before `pos` makes the following level word generic: 各街镇法治建设委员会办公室
 * are all such offices, not one.
 */
export function isGenericBefore(text: string, pos: number): boolean {
  return GENERIC_BEFORE.test(text.slice(Math.max(0, pos - 3), pos));
}
