// Cuts the text into passages (one per non-empty line, outside page furniture) and tracks the
// numbered section path (一、 / (一) / 1、) and the role of the top-level section.
import type { Passage, SectionRole, Span } from '../types.js';
import { classifySection } from './section-role.js';

const CN_NUM = '一二三四五六七八九十百';
const LEVEL1 = new RegExp(`^([${CN_NUM}]{1,3})[、.．]`);
const LEVEL2 = new RegExp(`^[(（]([${CN_NUM}]{1,3})[)）]`);
const LEVEL3 = /^(\d{1,2})[、.．](?!\d)/;
const LEVEL3B = /^[(（](\d{1,2})[)）]/;

/** Heading lines are short and do not read as a sentence of body text. */
function looksLikeHeading(line: string): boolean {
  if (line.length > 60) return false;
  const body = line.replace(/[。.]$/, '');
  return !/[。;；]/.test(body);
}

interface SectionState {
  path: string[];
  role: SectionRole;
  seenHeading: boolean;
}

function updateSection(state: SectionState, line: string): boolean {
  let m: RegExpMatchArray | null;
  if ((m = line.match(LEVEL1)) && looksLikeHeading(line)) {
    state.path = [m[1]];
    state.role = classifySection(line);
    state.seenHeading = true;
    return true;
  }
  if ((m = line.match(LEVEL2))) {
    state.path = [state.path[0] ?? '', `(${m[1]})`];
    return looksLikeHeading(line);
  }
  if ((m = line.match(LEVEL3) ?? line.match(LEVEL3B))) {
    state.path = [state.path[0] ?? '', state.path[1] ?? '', m[1]];
    return looksLikeHeading(line);
  }
  return false;
}

function inFurniture(furniture: Span[], start: number, end: number): boolean {
  return furniture.some((f) => start >= f.start && end <= f.end);
}

/**
 * Splits normalised text into passages. Offsets point at the trimmed line in the original text.
 * @example splitPassages('一、主要举措\n内容', [])[1].section === '一'
 */
export function splitPassages(normalized: string, furniture: Span[]): Passage[] {
  const passages: Passage[] = [];
  const state: SectionState = { path: [], role: 'preamble', seenHeading: false };
  let pos = 0;
  while (pos <= normalized.length) {
    let nl = normalized.indexOf('\n', pos);
    if (nl < 0) nl = normalized.length;
    let start = pos;
    let end = nl;
    while (start < end && /\s/.test(normalized[start])) start++;
    while (end > start && /\s/.test(normalized[end - 1])) end--;
    if (end > start && !inFurniture(furniture, start, end)) {
      const text = normalized.slice(start, end);
      const heading = updateSection(state, text);
      passages.push({
        index: passages.length,
        start,
        end,
        text,
        section: state.path.filter((p, i) => p !== '' || i === 0).join('/').replace(/^\//, ''),
        role: state.role,
        heading,
      });
    }
    pos = nl + 1;
  }
  return passages;
}
