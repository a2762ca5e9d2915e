// Reads page metadata around a report – 索引号, 发布机构, 成文日期, 发布日期, 来源, 发文字号 and the
// title – from the metadata rows and the lines near the top of the decoded text.
import type { PageMeta, Span } from '../types.js';
import { findFurniture } from './find-furniture.js';
import { normalizeDate } from './normalize-date.js';
import { parseMetaRow } from './parse-meta-row.js';

export interface ReadPageMetaOptions {
  /** Furniture spans already found for `text` (found again when absent). */
  furniture?: Span[];
}

/** Words that make a line (or an HTML title) read as the report's title. */
const REPORT_TITLE = /报告|总结/;
const TOPIC_TITLE = /法治政府|法治建设|依法行政|依法治/;
/** A date printed after the title on the same line: `…年度报告 2023-03-17` (time optional). */
const TRAILING_DATE =
  /^(.*?\S)\s*[(（]?\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]?$/;
/** Separators between an article title and the site name or column path in `<title>`: `报告_XX人民政府网`. */
const SITE_SEPARATOR = /\s*(?:_+|[|｜>＞»›]|\s[-—–]{1,2}\s|--|——)\s*/;
/** A report's own title names its year or its unit; a column name (法治政府建设年度报告) does neither. */
const NAMES_YEAR_OR_UNIT = /\d{4}|[镇乡区县市州旗]|街道/;
const MAX_TITLE = 80;
/** How many non-furniture lines from the top may hold the title. */
const TITLE_WINDOW = 12;

/** Numbered headings (一、 (一) 1、) mention 法治政府建设 too, but are never the title. */
const HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d))/;

function looksLikeTitle(s: string): boolean {
  return (
    s.length >= 6 &&
    s.length <= MAX_TITLE &&
    !/[。；;]/.test(s) &&
    !HEADING.test(s) &&
    (REPORT_TITLE.test(s) || TOPIC_TITLE.test(s))
  );
}

/** The article part of an HTML `<title>`, if it reads as a report title. */
function pickHtmlTitle(htmlTitle: string | undefined): string | undefined {
  if (!htmlTitle) return undefined;
  const parts = htmlTitle
    .split(SITE_SEPARATOR)
    .map((p) => p.trim())
    .map((p) => p.match(TRAILING_DATE)?.[1] ?? p);
  // Truncated titles (…) are worse than the full line in the text.
  const candidates = parts.filter((p) => looksLikeTitle(p) && NAMES_YEAR_OR_UNIT.test(p) && !/…|\.\.\./.test(p));
  return candidates.find((p) => REPORT_TITLE.test(p)) ?? candidates[0];
}

function inSpans(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

/**
 * Reads the page metadata of a decoded report. `htmlTitle` (the page's `<title>` or ArticleTitle) is
 * preferred for the title when it reads as a report title, with the site name stripped.
 * @example readPageMeta('来源:某街道办事处 发布时间:2024-01-23 11:19\n某街道2023年法治政府建设年度报告').publishedAt // '2024-01-23'
 */
export function readPageMeta(text: string, htmlTitle?: string, options: ReadPageMetaOptions = {}): PageMeta {
  const furniture = options.furniture ?? findFurniture(text);
  const meta: PageMeta = {};
  let titleLine: string | undefined;
  let titleDate: string | undefined;
  let bodyLines = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).trim();
    const furnitureLine = inSpans(furniture, pos, nl);
    pos = nl + 1;
    if (!line) continue;
    const row = parseMetaRow(line);
    if (row) {
      for (const p of row.pairs) {
        if (!p.field || !p.value || meta[p.field] !== undefined) continue;
        if (p.field === 'writtenAt' || p.field === 'publishedAt') {
          const date = normalizeDate(p.value);
          if (date) meta[p.field] = date;
        } else meta[p.field] = p.value;
      }
      if (row.prefix && titleLine === undefined && bodyLines < TITLE_WINDOW && looksLikeTitle(row.prefix)) titleLine = row.prefix;
      continue;
    }
    if (furnitureLine || bodyLines >= TITLE_WINDOW) continue;
    bodyLines++;
    if (titleLine !== undefined) continue;
    const dated = line.match(TRAILING_DATE);
    const candidate = dated && looksLikeTitle(dated[1]) ? dated[1] : line;
    if (looksLikeTitle(candidate)) {
      titleLine = candidate;
      if (candidate !== line && dated) titleDate = normalizeDate(dated[2]);
    }
  }
  if (meta.publishedAt === undefined && titleDate) meta.publishedAt = titleDate;
  const title = pickHtmlTitle(htmlTitle) ?? titleLine;
  if (title) meta.title = title;
  return meta;
}
