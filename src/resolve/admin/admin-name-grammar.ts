// The suffix grammar of Chinese administrative names: which kind a name is (省, 自治州, 县级市, 街道,
// 民族乡 …) and which short forms people write for it (浙江省 → 浙江, 广西壮族自治区 → 广西, 练塘镇 → 练塘).

import type { AdminLevel } from '../../types.js';

/** The 55 minority nationalities (plus 汉), as they appear before 族 in autonomous-unit names. */
export const ETHNIC_GROUPS: readonly string[] = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
  '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
  '汉',
];

// Longest groups first so 土家族 is not read as 土族. 族 is optional because provinces and prefectures
// drop it (新疆维吾尔自治区, 伊犁哈萨克自治州).
const ETHNIC_TAIL = new RegExp(
  `(?:(?:${[...ETHNIC_GROUPS].sort((a, b) => b.length - a.length).join('|')})族?|各族|民族)+$`,
);

interface KindRule {
  /** Written suffix of the name. */
  suffix: string;
  kind: string;
  /** Short forms are only made for the common kinds: 第一农场 → 第一 would match anything. */
  shortens: boolean;
  /** Autonomous kinds also drop the nationality words before the suffix. */
  ethnic?: boolean;
  /** The suffix's own short form, kept after the stem (济宁高新技术产业开发区 → 济宁高新区). */
  shortSuffix?: string;
}

/** The kind of development zones, whose short forms (济宁高新区) reports write as their names. */
export const ZONE_KIND = '开发区';

const rule = (suffix: string, kind: string, shortens = true, ethnic = false): KindRule => ({
  suffix,
  kind,
  shortens,
  ethnic,
});

// Per level, longest suffix first; the first rule whose suffix ends the name decides.
const KIND_RULES: Record<AdminLevel, KindRule[]> = {
  province: [rule('特别行政区', '特别行政区'), rule('自治区', '自治区', true, true), rule('省', '省'), rule('市', '直辖市')],
  city: [
    rule('自治州', '自治州', true, true),
    rule('地区', '地区'),
    rule('盟', '盟'),
    rule('州', '州'),
    rule('市', '市'),
  ],
  county: [
    rule('自治县', '自治县', true, true),
    rule('自治旗', '自治旗', true, true),
    rule('林区', '林区'),
    rule('特区', '特区'),
    rule('管理区', '管理区', false),
    rule('管委会', '管委会', false),
    rule('行政委员会', '管委会', false),
    rule('新城', '新城', false),
    // Development zones at a county's level, written by their short forms (济宁高新区, 芜湖经开区).
    { ...rule('高新技术产业开发区', ZONE_KIND), shortSuffix: '高新区' },
    { ...rule('高新技术开发区', ZONE_KIND), shortSuffix: '高新区' },
    { ...rule('经济技术开发区', ZONE_KIND), shortSuffix: '经开区' },
    { ...rule('经济开发区', ZONE_KIND), shortSuffix: '经开区' },
    rule('区', '区'),
    rule('县', '县'),
    rule('旗', '旗'),
    rule('市', '县级市'),
  ],
  township: [
    rule('街道办事处', '街道'),
    rule('街道', '街道'),
    rule('族苏木', '民族苏木', true, true),
    rule('苏木', '苏木'),
    rule('族乡', '民族乡', true, true),
    rule('乡', '乡'),
    rule('镇', '镇'),
    rule('地区', '地区'),
    rule('开发区', ZONE_KIND, false),
    rule('管理区', '管理区', false),
    rule('管委会', '管委会', false),
    rule('农场', '农场', false),
    rule('林场', '林场', false),
    rule('牧场', '牧场', false),
    rule('区', '区', false),
  ],
};

/** Kind given to a unit whose name has none of the level's suffixes (监狱, 公司 … in the township list). */
export const OTHER_KIND = '其他';

// Rules per level keyed by the suffix's last character: the index describes 45 000 names at start-up.
const RULES_BY_LAST_CHAR = new Map<string, KindRule[]>();
for (const [level, rules] of Object.entries(KIND_RULES)) {
  for (const r of rules) {
    const key = level + r.suffix[r.suffix.length - 1];
    const list = RULES_BY_LAST_CHAR.get(key);
    if (list) list.push(r);
    else RULES_BY_LAST_CHAR.set(key, [r]);
  }
}

function findRule(name: string, level: AdminLevel): KindRule | undefined {
  const rules = RULES_BY_LAST_CHAR.get(level + name[name.length - 1]);
  if (!rules) return undefined;
  for (const r of rules) if (name.length > r.suffix.length && name.endsWith(r.suffix)) return r;
  return undefined;
}

/**
 * The kind of a unit from its name's suffix, given its level.
 * @example kindOfAdminName('长阳土家族自治县', 'county') === '自治县'
 */
export function kindOfAdminName(name: string, level: AdminLevel): string {
  return findRule(name, level)?.kind ?? OTHER_KIND;
}

/**
 * Short forms a text may use for the unit: the name without its kind suffix and, for autonomous
 * units, without the nationality words; never shorter than two characters (沛县 has none).
 * @example shortAdminNames('广西壮族自治区', 'province') → ['广西']
 */
export function shortAdminNames(name: string, level: AdminLevel): string[] {
  return shortenWith(name, findRule(name, level));
}

/**
 * How reports write a street office that the tables name after its street (唐家墩街街道 → 唐家墩街道),
 * or null for any other name.
 */
export function writtenStreetOfficeName(name: string): string | null {
  return name.endsWith('街街道') ? name.slice(0, -3) + '街道' : null;
}

/** Kind and short forms in one pass (the index describes 45 000 names at load time). */
export function describeAdminName(name: string, level: AdminLevel): { kind: string; shortNames: string[] } {
  const r = findRule(name, level);
  return { kind: r?.kind ?? OTHER_KIND, shortNames: shortenWith(name, r) };
}

const NO_NAMES: string[] = [];

function shortenWith(name: string, r: KindRule | undefined): string[] {
  if (!r || !r.shortens) return NO_NAMES;
  let body = name.slice(0, name.length - r.suffix.length);
  if (r.shortSuffix) return body.length >= 2 ? [body + r.shortSuffix] : NO_NAMES;
  // 民族乡 and 自治县 are also cut after the stem (族乡 is matched as a suffix, leaving 大堡子回).
  if (r.suffix.startsWith('族')) body += '族';
  if (r.ethnic) {
    const stripped = body.replace(ETHNIC_TAIL, '');
    // 西藏 and 内蒙古 end in a nationality themselves; 东乡族自治县 has no short form at all.
    if (stripped.length >= 2) body = stripped;
    else if (body.endsWith('族')) return NO_NAMES;
  }
  return body.length >= 2 && body !== name ? [body] : NO_NAMES;
}

/** Suffixes that end an admin name at any level, longest first (for grammar-only recognition). */
export const ADMIN_SUFFIXES: readonly string[] = [
  ...new Set(
    Object.values(KIND_RULES)
      .flat()
      .map((r) => r.suffix),
  ),
].sort((a, b) => b.length - a.length);
