// Asks the segmenter whether a one-character boundary word really stands alone in its context:
// 据 ends the phrase before a name in 据此…, but not in 数据交换平台; 经 not in 经济发展局; 要 not in
// 主要负责人; 不 not in 不动产登记中心; 任 not in 主任 or 责任; 都 not in 成都市. Function characters that never open or end a content word (的, 各, 在 …) need no check.
import { segmentTaggingLazily } from '../../text/segment.js';
import { adminNameStartingAt, isPlaceName, townshipsByShortName } from './admin-names.js';

/**
 * Whether `text[i]` is inside a place's name: the full name of an administrative unit that starts up
 * to 3 characters before (三都水族自治县), or a short name that ends with it (三都, 聂都 of 聂都乡).
 */
function insidePlaceName(text: string, i: number): boolean {
  for (let start = Math.max(0, i - 3); start <= i; start++) {
    const unit = adminNameStartingAt(text, start);
    if (unit && unit.end > i) return true;
  }
  const short = text.slice(i - 1, i + 1);
  return i > 0 && /^[\u4e00-\u9fa5]{2}$/.test(short) && (isPlaceName(short) || townshipsByShortName(short).length > 0);
}

/** Characters of context on each side given to the segmenter. */
const WINDOW = 4;
/**
 * One-character boundary words that are also parts of common words, so the segmenter decides; 都
 * ("all") is also in the names of places (成都市, 三都水族自治县, 都江堰市).
 */
const AMBIGUOUS = new Set([...'据经有无不要需应可即如个名位项座批类种从以同于为任都指又报']);
/** Tags of content words: a boundary character inside one of them is part of the word. */
const CONTENT_TAG = /^(?:n|v|a|b|i|l|z|s|j)/;

/**
 * True when the one-character boundary word `text[i]` is a word of its own here (or a function
 * word such as 每个 or 一是), false when it belongs to a content word (数据, 经济, 主要).
 * The segmenter must be loaded (loadSegmenter) first.
 * @example standsAlone('均通过市城管局数据交换平台', 8) === false // 据 in 数据
 */
export function standsAlone(text: string, i: number): boolean {
  if (!AMBIGUOUS.has(text[i])) return true;
  // The segmenter's window may be too short to hold a place's whole name (三都水族自治县), and it
  // splits the short names of small places (崇义县聂|都).
  if (text[i] === '都' && insidePlaceName(text, i)) return false;
  const from = Math.max(0, i - WINDOW);
  const to = Math.min(text.length, i + 1 + WINDOW);
  // Tags are read for one token at most, so the window is cut (half the cost of tagging it) and
  // that token's tag looked up alone.
  const tokens = segmentTaggingLazily(text.slice(from, to), from);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.start > i || i >= t.end) continue;
    // 都 ("all") says something of the subject and a verb follows it (各村都建立了); before a noun it
    // is part of a name (绍兴锦都酒店管理有限公司, 金秀瑶都康养旅游有限公司).
    if (t.end - t.start === 1) return !(text[i] === '都' && NOUN_TAG.test(tokens[k + 1]?.tag ?? ''));
    if (t.end > i + 1) return false;
    return !CONTENT_TAG.test(t.tag ?? '');
  }
  return true;
}

/** Tags of nouns and of words the segmenter does not know, which names are made of. */
const NOUN_TAG = /^(?:n|x)/;

/**
 * True when the segmenter starts a word at `text[i]`: 本 opens 本局 in 审核本局, but not in
 * 剧本娱乐馆. The segmenter must be loaded (loadSegmenter) first.
 */
export function startsWord(text: string, i: number): boolean {
  const from = Math.max(0, i - WINDOW);
  const to = Math.min(text.length, i + 1 + WINDOW);
  for (const t of segmentTaggingLazily(text.slice(from, to), from)) if (t.start <= i && i < t.end) return t.start === i;
  return true;
}
