// Reads the lines of a report page that name its issuer and dates: the title, labelled metadata
// (发布机构, 来源, 发布日期, 成文日期), headings, the opening sentence and the signature block.
// Works on the text itself because ingest may leave PageMeta empty.

import type { PageMeta } from '../../types.js';

export interface TextLine {
  text: string;
  start: number;
}

// The issuer vote and the conflict check (find-issuer-conflicts.ts) read the same lines, labelled
// values and signature of one report's text, one after the other: the readings of the last text
// are kept, so the second reader finds them. Callers must not change what they get.
let lastText: string | null = null;
let lastLines: readonly TextLine[] = [];
const lastValues = new Map<string, LabelledValue | null>();
let lastSignature: { lines: readonly TextLine[]; signature: Signature } | null = null;

/** Splits `text` into trimmed, non-empty lines with their offsets (the array is shared: read only). */
export function splitLines(text: string): readonly TextLine[] {
  if (text !== lastText) {
    lastLines = readLines(text);
    lastText = text;
    lastValues.clear();
    lastSignature = null;
  }
  return lastLines;
}

function readLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ text: trimmed, start: pos + lead });
    pos += raw.length + 1;
  }
  return lines;
}

// ------------------------------------------------------------------ dates

const CN_DIGITS: Record<string, string> = {
  〇: '0', 零: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/** 二〇二三 → 2023 (years written in Chinese numerals in signatures and titles). */
function foldChineseYear(s: string): string {
  return s.replace(/[〇零O一二三四五六七八九]{4}(?=年)/g, (y) => [...y].map((c) => CN_DIGITS[c]).join(''));
}

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;

/**
 * The first date in `s` as yyyy-mm-dd, or null (2024-01-23, 2023年3月1日, 2023.3.1, 二〇二三年三月一日 with digits).
 * @example parseDate('发布时间:2024-01-23 11:19') === '2024-01-23'
 */
export function parseDate(s: string): string | null {
  const m = DATE.exec(foldChineseYear(s));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first year (20xx) in `s`, written in digits or in Chinese numerals, followed by 年. */
export function parseYear(s: string): number | null {
  const m = /(20\d{2})\s*年/.exec(foldChineseYear(s));
  return m ? Number(m[1]) : null;
}

// ------------------------------------------------------------------ labelled values

/** Labels whose value may name the issuer, longest first so 信息来源 wins over 来源. */
export const PUBLISHER_LABELS = ['发布机构', '发文机关', '发布单位', '发文单位', '公开主体', '信息公开主体'];
export const SOURCE_LABELS = ['信息来源', '文章来源', '稿件来源', '来源'];
export const PUBLISHED_LABELS = ['发布日期', '发布时间', '公开日期', '发布于', '发文日期', '日期', '时间'];
export const WRITTEN_LABELS = ['成文日期', '成文时间', '印发日期'];

// Any label that may follow a value on the same row, so the value stops before it.
const ANY_LABEL = [
  ...PUBLISHER_LABELS,
  ...SOURCE_LABELS,
  ...PUBLISHED_LABELS,
  ...WRITTEN_LABELS,
  '索引号', '主题分类', '体裁分类', '公开方式', '有效性', '发文字号', '文号', '作者', '浏览', '点击', '阅读',
  '字号', '分享', '打印', '访问量', '责任编辑', '编辑',
];

const escapeLabels = (labels: readonly string[]): string =>
  [...labels].sort((a, b) => b.length - a.length).join('|');

// Where a value stops: a separator, a wide gap, or the next label of the row.
const STOP = new RegExp(`\\s*(?:[|\\[【]|\\s{2,}|\\s(?:${escapeLabels(ANY_LABEL)})\\s*[::\\]】]|(?:${escapeLabels(ANY_LABEL)})[::]|$)`, 'm');

const labelPatterns = new Map<string, RegExp>();

/** The pattern of a label opening a value (`来源:`, `[ 发布机构 ]`, `【来源】`), compiled once per label list. */
function labelPattern(labels: readonly string[]): RegExp {
  const key = labels.join('\n');
  let re = labelPatterns.get(key);
  if (!re) {
    re = new RegExp(
      `(?:^|[\\s\\[【|])(${escapeLabels(labels)})\\s*[\\]】]?\\s*[::]\\s*\\|?\\s*|(?:^|[\\[【])\\s*(${escapeLabels(labels)})\\s*[\\]】]\\s*\\|?\\s*`,
      'gm',
    );
    labelPatterns.set(key, re);
  }
  return re;
}

/**
 * Where a match of labelPattern(labels) may start at the earliest, or -1 when no label occurs: a
 * match holds a label, preceded by at most one bracket or separator and white space, so the scan
 * of a long text can start there instead of at 0 (most texts hold no label, or only late).
 */
function firstPossibleMatch(text: string, labels: readonly string[]): number {
  let first = -1;
  for (const label of labels) {
    const at = text.indexOf(label);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first < 0) return -1;
  while (first > 0 && /\s/.test(text[first - 1])) first--;
  return Math.max(0, first - 1);
}

/** Where a labelled value was found. */
export interface LabelledValue {
  label: string;
  value: string;
  /** Offset of the value in the text. */
  start: number;
}

/**
 * The first value written after one of `labels` in a metadata row: `来源:X 发布时间:…`,
 * `[ 发布机构 ] X [ 主题分类 ] …`, `发布机构: | X |`, `【来源】X`. Values longer than `maxLength` are
 * sentences, not metadata, and are skipped.
 */
export function readLabelledValue(text: string, labels: readonly string[], maxLength = 60): LabelledValue | null {
  if (text !== lastText) return findLabelledValue(text, labels, maxLength);
  const key = `${maxLength}\n${labels.join('\n')}`;
  let found = lastValues.get(key);
  if (found === undefined) lastValues.set(key, (found = findLabelledValue(text, labels, maxLength)));
  return found === null ? null : { ...found };
}

function findLabelledValue(text: string, labels: readonly string[], maxLength: number): LabelledValue | null {
  const from = firstPossibleMatch(text, labels);
  if (from < 0) return null;
  const re = labelPattern(labels);
  re.lastIndex = from;
  // Every match holds a label, so exec always moves on.
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start, start + maxLength + 40);
    const end = rest.search(STOP);
    const value = (end < 0 ? rest : rest.slice(0, end)).trim();
    if (value && value.length <= maxLength) return { label: m[1] ?? m[2], value, start };
  }
  return null;
}

// ------------------------------------------------------------------ title

const REPORT_WORD = /报告|总结|情况|工作要点/;
const RULE_OF_LAW = /法治|依法行政|依法治/;
const NOT_TITLE_START = /^(?:现将|根据|按照|为了?|依据|经|特此|[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))])/;
const BREADCRUMB = /[>»›]|当前位置|您的位置|所在位置|位置[::]/;
/** Site names and dates glued to a page title: `…报告_青浦区人民政府`, `…报告 2023-03-17`. */
const TITLE_TAIL = /\s*(?:[_|]|\s-\s|——).*$|\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}.*$/;

/** `s` cleaned of a trailing site name or date when it reads as a report title, else null. */
export function cleanTitle(s: string | undefined): string | null {
  if (!s) return null;
  const t = s.replace(TITLE_TAIL, '').trim();
  if (t.length < 8 || t.length > 80) return null;
  if (!REPORT_WORD.test(t) || !RULE_OF_LAW.test(t)) return null;
  if (NOT_TITLE_START.test(t) || /[。;;!!??]|[,,].{12,}[,,]/.test(t) || /[::]$/.test(t)) return null;
  // Breadcrumbs end in the section name (首页 > … > 法治政府建设年度报告).
  if (BREADCRUMB.test(t)) return null;
  return t;
}

/** The title: `meta.title` when it reads as a report title, else the first title-like line. */
export function findTitle(meta: PageMeta, lines: readonly TextLine[]): { title: string | null; line: number } {
  const fromMeta = cleanTitle(meta.title);
  const line = lines.findIndex((l) => cleanTitle(l.text) !== null);
  if (fromMeta) {
    // The page's own heading may write the title whole where the page title drops the body before
    // it (<title>2023年度法治政府建设情况报告 over <h2>新塘镇人民政府2023年度…): the fuller one wins.
    // A page title that names its body (三乡镇2024年…) is kept as it is.
    const nameless = /^(?:关于)?(?:\d{4}|[〇零一二三四五六七八九]{4})/.test(fromMeta);
    // Only one such line: a sidebar lists other bodies' reports of the same title (仁和街道2023年度…,
    // 良渚街道2023年度…), and none of them is this page's.
    const fuller: number[] = [];
    if (nameless) {
      for (let i = 0; i < Math.min(40, lines.length); i++) {
        const l = lines[i];
        if (l.text.length > fromMeta.length && l.text.endsWith(fromMeta) && cleanTitle(l.text) === l.text && !fuller.some((j) => lines[j].text === l.text)) fuller.push(i);
      }
    }
    if (fuller.length === 1) return { title: lines[fuller[0]].text, line: fuller[0] };
    return { title: fromMeta, line: lines.findIndex((l) => l.text.startsWith(fromMeta)) };
  }
  return line >= 0 ? { title: cleanTitle(lines[line].text), line } : { title: null, line: -1 };
}

// ------------------------------------------------------------------ headings, opening, signature

/** Words that end the name of an issuing body (人民政府, 办事处 …, or a department: 司法局). */
export const ORG_SUFFIX =
  /(?:人民政府|政府|办事处|委员会|党委|党工委|工委|管委会|管理委员会|司法局|司法所|局|办公室|人大|人大常委会)$/;

/** Running text and metadata rows (`[ 发布机构 ] X`, `来源: X |`) are neither headings nor signatures. */
const SENTENCE_PUNCT = /[,,。;;::!!??、“”"《》\[\]【】|]/;

/** Short lines near the top that name a body (`重庆市开州区河堰镇人民政府`), other than the title. */
export function findHeadingLines(lines: readonly TextLine[], titleLine: number, limit = 40): TextLine[] {
  const out: TextLine[] = [];
  const end = Math.min(lines.length, Math.max(limit, titleLine + 6));
  for (let i = 0; i < end; i++) {
    const l = lines[i];
    if (i === titleLine || l.text.length > 40 || SENTENCE_PUNCT.test(l.text)) continue;
    if (ORG_SUFFIX.test(l.text)) out.push(l);
  }
  return out;
}

/** The first paragraph of running text after the title (`2023年,河堰镇在区委…`). */
export function findOpeningLine(lines: readonly TextLine[], titleLine: number): TextLine | null {
  for (let i = Math.max(0, titleLine + 1); i < Math.min(lines.length, titleLine + 12); i++) {
    if (lines[i].text.length >= 40 && /[,,。]/.test(lines[i].text)) return lines[i];
  }
  return null;
}

const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/;

/**
 * The signature block: among the last lines of running text, a line naming a body (ending in
 * 委员会, 人民政府 …) just before a date line, or such a line alone; plus the date (yyyy-mm-dd).
 */
export function findSignature(lines: readonly TextLine[], tail = 15): Signature {
  if (tail !== 15 || lines !== lastLines) return readSignature(lines, tail);
  if (lastSignature?.lines !== lines) lastSignature = { lines, signature: readSignature(lines, tail) };
  const { signature } = lastSignature;
  return { lines: [...signature.lines], date: signature.date };
}

/** The lines naming the signing body, and the signature's date (yyyy-mm-dd). */
export interface Signature {
  lines: TextLine[];
  date: string | null;
}

function readSignature(lines: readonly TextLine[], tail: number): Signature {
  // The date line is looked for among the last `tail` lines (page furniture may follow it).
  const from = Math.max(0, lines.length - tail);
  for (let i = lines.length - 1; i >= from; i--) {
    // A date line (…日 once white space is gone) ends in 日: other lines skip the regex.
    if (!lines[i].text.trimEnd().endsWith('日') || !DATE_LINE.test(lines[i].text.replace(/\s+/g, ''))) continue;
    const date = parseDate(foldChineseDate(lines[i].text));
    const named: TextLine[] = [];
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const t = lines[j].text;
      if (t.length > 40 || SENTENCE_PUNCT.test(t)) break;
      named.unshift(lines[j]);
    }
    return { lines: named, date };
  }
  // Without a date line, a signature is a body name right after the last paragraph of running text.
  let last = -1;
  for (let i = lines.length - 1; i >= 0 && last < 0; i--) if (lines[i].text.length >= 40) last = i;
  if (last < 0) return { lines: [], date: null };
  const named = lines
    .slice(last + 1, last + 4)
    .filter((l) => l.text.length <= 40 && !SENTENCE_PUNCT.test(l.text) && ORG_SUFFIX.test(l.text));
  return { lines: named, date: null };
}

/** 二〇二三年三月一日 → 2023年3月1日 (days and months in Chinese numerals appear in signatures). */
function foldChineseDate(s: string): string {
  const num = (t: string): string => {
    const d = (c: string | undefined): number => (c ? Number(CN_DIGITS[c] ?? 0) : 0);
    if (/^\d+$/.test(t)) return t;
    if (t === '十') return '10';
    if (t.startsWith('十')) return String(10 + d(t[1]));
    if (t.includes('十')) return String(d(t[0]) * 10 + d(t[2]));
    return String(d(t[0]));
  };
  return foldChineseYear(s).replace(/年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日/, (_, m, d) => `年${num(m)}月${num(d)}日`);
}
