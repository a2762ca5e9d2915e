// Reads the key/value rows that government sites print around an article: `[ 索引号 ] … [ 发布机构 ] …`,
// `索引号: | … | 主题分类: | … |`, `来源:… 发布时间:…`. Shared by furniture detection and page metadata.
import type { PageMeta } from '../types.js';

type MetaField = Exclude<keyof PageMeta, 'title'>;

/** Row keys and the PageMeta field each fills (null: a known key whose value is not kept). */
const KEYS: Record<string, MetaField | null> = {
  索引号: 'indexNo',
  发布机构: 'publisher',
  发文机关: 'publisher',
  发布单位: 'publisher',
  发文单位: 'publisher',
  发布部门: 'publisher',
  成文日期: 'writtenAt',
  成文时间: 'writtenAt',
  印发日期: 'writtenAt',
  发布日期: 'publishedAt',
  发布时间: 'publishedAt',
  公开日期: 'publishedAt',
  公开时间: 'publishedAt',
  发表时间: 'publishedAt',
  来源: 'source',
  信息来源: 'source',
  文章来源: 'source',
  稿件来源: 'source',
  内容来源: 'source',
  发文字号: 'docNumber',
  文号: 'docNumber',
  文件编号: 'docNumber',
  主题分类: null,
  体裁分类: null,
  组配分类: null,
  服务对象分类: null,
  信息分类: null,
  信息类别: null,
  所属主题: null,
  主题词: null,
  关键词: null,
  文种: null,
  有效性: null,
  公开方式: null,
  公开范围: null,
  公开时限: null,
  公开形式: null,
  生效日期: null,
  废止日期: null,
  实施日期: null,
  失效日期: null,
  统一编号: null,
  作者: null,
  编辑: null,
  责任编辑: null,
  审核: null,
  浏览次数: null,
  阅读次数: null,
  访问次数: null,
  点击数: null,
  点击率: null,
  浏览量: null,
  分享: null,
  分享到: null,
  字号: null,
  字体: null,
};

/** Keys too generic to make a row on their own (`时间：…` next to `来源：…`). */
const WEAK_KEYS: Record<string, MetaField | null> = { 时间: 'publishedAt', 日期: 'publishedAt' };

const ALL_KEYS = [...Object.keys(KEYS), ...Object.keys(WEAK_KEYS)].sort((a, b) => b.length - a.length);

// A key stands at the line start or after a separator, optionally in [ ] / 【 】, and is followed by
// a colon or its closing bracket: so 数据来源 or 来源于 in a sentence are not keys.
const KEY_TOKEN = new RegExp(
  `(?<=^|[\\s|｜\\]】\\[【,，;；>])([\\[【]\\s*)?(${ALL_KEYS.join('|')})\\s*(?:[\\]】]\\s*[:：]?|[:：])`,
  'g',
);

export interface MetaPair {
  key: string;
  field: MetaField | null;
  /** Raw value, separators stripped; '' when the row leaves it blank. */
  value: string;
  weak: boolean;
}

export interface MetaRow {
  /** Text before the first key (a title printed on the same line, or ''). */
  prefix: string;
  pairs: MetaPair[];
}

/** Longest line read as a metadata row: real rows are short, body paragraphs are not. */
const MAX_ROW_LENGTH = 300;
/** Longest row with other text before its only key. */
const MAX_PREFIXED_ROW_LENGTH = 120;

function cleanValue(s: string): string {
  return s.replace(/^[\s|｜:：\]】]+|[\s|｜:：\[【]+$/g, '').replace(/\s*[|｜]\s*/g, ' ').trim();
}

/**
 * Parses one line as a metadata row, or returns undefined when it is not one. A row has a key at its
 * start (after brackets), or two strong keys anywhere, and reads as no sentence.
 * @example parseMetaRow('来源:某某街道办事处 发布时间:2024-01-23 11:19')?.pairs[1].value // '2024-01-23 11:19'
 */
export function parseMetaRow(line: string): MetaRow | undefined {
  if (line.length > MAX_ROW_LENGTH || line.includes('。')) return undefined;
  const matches = [...line.matchAll(KEY_TOKEN)];
  if (matches.length === 0) return undefined;
  const pairs: MetaPair[] = matches.map((m, i) => {
    const key = m[2];
    const weak = !(key in KEYS);
    const end = m.index! + m[0].length;
    const next = i + 1 < matches.length ? matches[i + 1].index! : line.length;
    return { key, field: weak ? WEAK_KEYS[key] : KEYS[key], value: cleanValue(line.slice(end, next)), weak };
  });
  const prefix = line.slice(0, matches[0].index).replace(/^[\s|｜]+|[\s|｜]+$/g, '');
  const strong = pairs.filter((p) => !p.weak).length;
  if (strong === 0) return undefined;
  if (prefix !== '' && /[，,；;]/.test(prefix)) return undefined;
  // Text before the first key is a title printed on the row (`…报告 发布时间:2023-03-17`); a long one
  // is a sentence that happens to hold a key.
  if (prefix === '' || strong >= 2 || line.length <= MAX_PREFIXED_ROW_LENGTH) return { prefix, pairs };
  return undefined;
}
