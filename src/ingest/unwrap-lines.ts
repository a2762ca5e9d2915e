// Joins the lines of a text pasted from a paged document (a PDF, a scanned 红头文件), where every
// line of a paragraph breaks at the page's width, often inside a word or a name (县委依法|治县办,
// 61.|3万亩) and across page numbers (- 1 -). Such a text is recognised by its lines: most long
// lines have the same width, and most of those end inside a sentence. A paragraph's lines are then
// joined: a line as wide as the page goes on in the next one, unless that one opens a paragraph
// (indented, or numbered as a heading). Any other text is returned unchanged.
import { PAGE_NUMBER } from './find-furniture.js';

/** Lines shorter than this (in half-width columns) say nothing about the page's width. */
const MIN_WIDE = 30;
/** Lines within this many columns of the page's width are full (punctuation may hang or wrap early). */
const SLACK = 3;
/** Widest page read as one (100 CJK characters). */
const MAX_WIDTH = 200;
const MIN_FULL_LINES = 8;
const SENTENCE_END = /[。！？!?；;：:”"」』）)]$/;
const INDENT = /^[\s\u3000\u00a0]/;
/** Cells parted by runs of spaces: a table's row. */
const TABLE_ROW = /\S(?: {2,}|\t|\u3000{2,})\S/;
/** A heading's number opens a paragraph of its own: 一、 (一) 1. 1、 第一, 附件. */
const HEADING_START = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]+[章节部条]|附件)/;

/** Width of a line as printed: CJK and full-width forms take two columns, ASCII one. */
function widthOf(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) w += line.charCodeAt(i) < 0x2e80 ? 1 : 2;
  return w;
}

/** The page's width when the text is hard-wrapped, else null. */
export function findWrapWidth(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  let wide = 0;
  const widths: number[] = [];
  for (const line of lines) {
    const w = widthOf(line);
    widths.push(w);
    if (w < MIN_WIDE) continue;
    wide++;
    if (w <= MAX_WIDTH + SLACK) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  if (wide < MIN_FULL_LINES) return null;
  // The width with the most lines within SLACK of it.
  let best = 0;
  let bestCount = 0;
  for (const w of counts.keys()) {
    let n = 0;
    for (let d = -SLACK; d <= SLACK; d++) n += counts.get(w + d) ?? 0;
    if (n > bestCount || (n === bestCount && w > best)) [best, bestCount] = [w, n];
  }
  if (bestCount < MIN_FULL_LINES || bestCount * 2 < wide) return null;
  // A page prints no line wider than itself; a text of one paragraph a line has many. A table's
  // row, its cells spaced out by runs of spaces, is as wide as the conversion made the spaces.
  let over = 0;
  for (let i = 0; i < lines.length; i++) if (widths[i] > best + SLACK && !TABLE_ROW.test(lines[i])) over++;
  if (over * 20 > wide) return null;
  // Full lines that end a sentence are the exception when the page breaks them; in a text of one
  // paragraph a line, lines of the same width are a coincidence and end their sentences.
  let open = 0;
  for (let i = 0; i < lines.length; i++) if (Math.abs(widths[i] - best) <= SLACK && !SENTENCE_END.test(lines[i])) open++;
  return open * 2 >= bestCount ? best : null;
}

/**
 * Whether the page broke a line: as wide as the page, or nearly so and inside a sentence (a line of
 * digits and Latin letters is narrower when a conversion counted characters, not columns).
 */
function isFull(line: string, width: number): boolean {
  const w = widthOf(line);
  if (Math.abs(w - width) <= SLACK) return true;
  return w >= width * 0.75 && w < width && !SENTENCE_END.test(line);
}

/**
 * A cheap first look, by line lengths in characters alone: a text with many lines longer than any
 * page (one paragraph a line, as most are) or with few lines of a page's length is not wrapped.
 */
function mayBeWrapped(text: string): boolean {
  let pageLike = 0;
  let longer = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const n = end - start;
    if (n > MAX_WIDTH / 2 + SLACK) longer++;
    else if (n >= MIN_WIDE / 2) pageLike++;
    start = end + 1;
  }
  return pageLike >= MIN_FULL_LINES && longer * 20 <= pageLike + longer;
}

const opensParagraph = (line: string): boolean => INDENT.test(line) || HEADING_START.test(line);
const isAsciiWord = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);

/**
 * The text with the lines of each paragraph joined, when it is hard-wrapped; the text itself otherwise.
 * @example unwrapLines(twelveLinesOf28Characters).split('\n').length < 12
 */
export function unwrapLines(text: string): string {
  if (!mayBeWrapped(text)) return text;
  const lines = text.split(/\r?\n/).map((l) => l.replace(/[\s\u3000]+$/, ''));
  const width = findWrapWidth(lines);
  if (width === null) return text;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let paragraph = lines[i];
    // The last line the page printed: while it is full, the paragraph goes on in the next line (over
    // a page number between blank lines: 明|- 1 -|确4个方面).
    let printed = lines[i];
    while (isFull(printed, width)) {
      let next = i + 1;
      while (next < lines.length && lines[next] === '') next++;
      // Only a page number may sit between a line and its continuation, with or without blank lines.
      if (next < lines.length && PAGE_NUMBER.test(lines[next].trim())) {
        next++;
        while (next < lines.length && lines[next] === '') next++;
      } else if (next > i + 1) break;
      const following = lines[next];
      if (following === undefined || following === '' || opensParagraph(following)) break;
      paragraph += (isAsciiWord(printed[printed.length - 1]) && isAsciiWord(following[0]) ? ' ' : '') + following;
      printed = following;
      i = next;
    }
    out.push(paragraph);
  }
  return out.join('\n');
}
