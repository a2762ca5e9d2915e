// Titles in 《》 (with nested 〈〉 titles): laws and regulations by gazetteer or by the form of the
// title, other titled documents with their 文号, and bare titles with no referent (《条例》) kept
// as unresolved. Scans each passage once; an unbalanced 《 never reaches past its passage.
import type { Mention, Passage } from '../../types.js';
import type { GazetteerIndex } from '../gazetteer-index.js';
import { parseDocNumber } from '../parse-doc-number.js';
import { unquote } from '../skeleton.js';
import type { Recognizer, RecognizerContext, RecognizerOutput } from '../types.js';
import type { LawKind } from '../../ontology/types.js';

const NAME = 'titled-citation';
/** Longest title accepted; real titles are far shorter, so anything longer is a stray bracket. */
const MAX_TITLE = 120;
const LAW_PREFIX = '中华人民共和国';

/** Generic words that name no particular instrument when they stand alone in 《》. */
const GENERIC_TITLE = /^(?:法|法律|条例|规定|办法|细则|决定|意见|通知|方案|规划|纲要|准则|规则|章程|法规|文件|制度|要点|清单|指引|目录)$/;
const NOT_A_LAW_SUFFIX = /(?:办法|方法|做法|说法|看法|用法|想法|司法|执法|普法|守法|立法|违法|依法|宪法学|语法)$/;
const PLACE_PREFIX = /^[\u4e00-\u9fa5]{2,10}?(?:省|市|自治区|自治州|自治县|特别行政区)/;

export interface TitleClassification {
  label: 'Law' | 'Document';
  name: string;
  kind?: LawKind;
  fullName?: string;
  reason: string;
}

/**
 * Decides whether a title names a law or regulation (gazetteer first, then the title's form) or
 * another document.
 * @example classifyTitle('中华人民共和国行政处罚法', idx).name === '行政处罚法'
 */
export function classifyTitle(rawTitle: string, gazetteers: GazetteerIndex): TitleClassification {
  const title = unquote(rawTitle).replace(/\s+/g, '');
  const known = gazetteers.lookupLaw(title);
  if (known) return { label: 'Law', name: known.name, kind: known.kind, fullName: known.fullName, reason: 'gazetteer' };
  const short = title.startsWith(LAW_PREFIX) ? title.slice(LAW_PREFIX.length) : title;
  const base = short.replace(/[(（][^)）]*[)）]$/, '');
  if (/^中国共产党.{2,30}(?:条例|规定|准则|规则|办法)$/.test(base)) {
    return { label: 'Law', name: short, kind: 'party-regulation', fullName: title, reason: 'form:party' };
  }
  if (/^[\u4e00-\u9fa5]{2,20}法$/.test(base) && !NOT_A_LAW_SUFFIX.test(base) && !/^关于/.test(base)) {
    return { label: 'Law', name: short, kind: 'national-law', fullName: title.startsWith(LAW_PREFIX) ? title : LAW_PREFIX + short, reason: 'form:law' };
  }
  if (/条例$/.test(base) && !/^关于/.test(base)) {
    if (PLACE_PREFIX.test(base)) return { label: 'Law', name: short, kind: 'local-regulation', fullName: title, reason: 'form:local-regulation' };
    return { label: 'Law', name: short, kind: 'administrative-regulation', fullName: title, reason: 'form:regulation' };
  }
  return { label: 'Document', name: title, reason: 'form:document' };
}

interface TitleSpan {
  /** Offsets of the brackets themselves, inside the passage text. */
  open: number;
  close: number;
  inner: { open: number; close: number }[];
}

/** Finds balanced 《…》 spans in a passage; returns stray openings separately. */
function scanTitles(text: string): { titles: TitleSpan[]; stray: number[] } {
  const titles: TitleSpan[] = [];
  const stray: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '《') {
      i++;
      continue;
    }
    const open = i;
    const inner: { open: number; close: number }[] = [];
    let innerOpen = -1;
    let close = -1;
    let j = i + 1;
    for (; j < text.length && j - open <= MAX_TITLE; j++) {
      const ch = text[j];
      if (ch === '》') {
        close = j;
        break;
      }
      if (ch === '《' || ch === '\n') break;
      if (ch === '〈' || ch === '<') innerOpen = j;
      else if ((ch === '〉' || ch === '>') && innerOpen >= 0) {
        inner.push({ open: innerOpen, close: j });
        innerOpen = -1;
      }
    }
    if (close < 0) {
      stray.push(open);
      i = j < text.length && text[j] === '《' ? j : open + 1;
      continue;
    }
    titles.push({ open, close, inner });
    i = close + 1;
  }
  return { titles, stray };
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

function recognizeInPassage(p: Passage, ctx: RecognizerContext, out: RecognizerOutput): void {
  const { titles, stray } = scanTitles(p.text);
  for (const s of stray) {
    out.unresolved!.push({
      surface: p.text.slice(s, Math.min(p.text.length, s + 20)),
      start: p.start + s,
      end: p.start + Math.min(p.text.length, s + 20),
      passage: p.index,
      recognizer: NAME,
      reason: 'unbalanced 《 with no closing 》 in the same paragraph',
    });
  }
  for (const t of titles) {
    const [ts, te] = trimSpan(p.text, t.open + 1, t.close);
    const title = p.text.slice(ts, te).replace(/\s+/g, '');
    const surface = p.text.slice(t.open, t.close + 1);
    const start = p.start + t.open;
    const end = p.start + t.close + 1;
    if (title.length === 0 || GENERIC_TITLE.test(title)) {
      out.unresolved!.push({ surface, start, end, passage: p.index, recognizer: NAME, reason: 'generic title with no resolvable referent' });
      continue;
    }
    const cls = classifyTitle(title, ctx.gazetteers);
    const after = p.text.slice(t.close + 1, t.close + 40);
    const doc = cls.label === 'Document' ? parseDocNumber(after) : null;
    const mention: Mention = {
      label: cls.label,
      name: cls.label === 'Document' ? title.replace(/[〈<]/g, '《').replace(/[〉>]/g, '》') : cls.name,
      surface,
      start,
      end,
      passage: p.index,
      recognizer: NAME,
      reason: cls.reason,
      priority: 10,
      attrs:
        cls.label === 'Law'
          ? { kind: cls.kind ?? null, fullName: cls.fullName ?? cls.name }
          : { docNumber: doc?.docNumber ?? null, docNumberRaw: doc?.raw ?? null, issuer: doc?.issuer ?? null },
    };
    out.mentions.push(mention);
    for (const inner of t.inner) {
      const [is, ie] = trimSpan(p.text, inner.open + 1, inner.close);
      const innerTitle = p.text.slice(is, ie).replace(/\s+/g, '');
      if (!innerTitle || GENERIC_TITLE.test(innerTitle)) continue;
      const ic = classifyTitle(innerTitle, ctx.gazetteers);
      out.mentions.push({
        label: ic.label,
        name: ic.name,
        surface: p.text.slice(inner.open, inner.close + 1),
        start: p.start + inner.open,
        end: p.start + inner.close + 1,
        passage: p.index,
        recognizer: NAME,
        reason: `nested:${ic.reason}`,
        priority: 11,
        attrs:
          ic.label === 'Law'
            ? { kind: ic.kind ?? null, fullName: ic.fullName ?? ic.name, nestedIn: mention.name }
            : { docNumber: null, docNumberRaw: null, issuer: null, nestedIn: mention.name },
      });
    }
  }
}

export const titledCitationRecognizer: Recognizer = {
  name: NAME,
  labels: ['Law', 'Document'],
  recognize(ctx) {
    const out: RecognizerOutput = { mentions: [], unresolved: [] };
    for (const p of ctx.text.passages) if (p.text.includes('《')) recognizeInPassage(p, ctx, out);
    return out;
  },
};
