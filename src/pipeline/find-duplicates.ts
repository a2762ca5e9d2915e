// Finds inputs that repeat an earlier one, so a batch builds each report once: the same bytes
// (sha256 of the file), or the same report text once page furniture, line breaks, white space,
// punctuation and full-width forms are set aside (one report saved as .html and as .txt, in GBK
// and in UTF-8, re-flowed by an editor).
import { createHash } from 'node:crypto';
import type { FileDuplicate, FileResult } from '../types.js';

/** `content`: byte-identical files; `text`: different files holding the same report text. */
export type DuplicateKind = 'content' | 'text';

export interface DuplicateMatch {
  kind: DuplicateKind;
  /** The earlier input that is built. */
  duplicateOf: string;
}

/** What identifies one input: its bytes' hash and the hash of its normalised report text. */
export interface DuplicateKeys {
  sha256?: string;
  textHash?: string | null;
}

export interface DuplicateFinder {
  /**
   * The earlier input `file` repeats, or null. A file that is not a duplicate is remembered when
   * `keep` is true (a built report); failed files are not, so they never hide a later good copy.
   */
  check(file: string, keys: DuplicateKeys, keep: boolean): DuplicateMatch | null;
}

// Letters and digits of every script stay; white space, punctuation and symbols go. NFKC first
// folds full-width forms (，１Ａ) into their ASCII twins, so either spelling hashes the same.
const NOT_TEXT = /[^\p{L}\p{N}]+/gu;

/** The characters that make a report's text, without furniture, spacing or punctuation. */
export function normalizeReportText(passages: readonly { text: string }[]): string {
  let out = '';
  for (const p of passages) out += keepTextQuickly(p.text) ?? p.text.normalize('NFKC').replace(NOT_TEXT, '');
  return out;
}

// The same filter without NFKC and the regex, for text made only of characters whose NFKC form is
// one character of their own, needs no neighbour and is known: ASCII, CJK ideographs, full-width
// forms and common punctuation (nearly every report). Anything else (combining marks, surrogates,
// compatibility ideographs, circled digits …) sends the passage to the exact slow path.
const UNKNOWN = 0;
const DROP = 1;
const KEEP = 2;
const KEEP_FOLDED = 3;
const SLOW = 4;
/** What the filter does with each UTF-16 code unit, found on first sight. */
const unitKinds = new Uint8Array(0x10000);
/** The ASCII character a KEEP_FOLDED unit becomes (Ａ → A, １ → 1). */
const foldedUnits = new Uint16Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /\p{M}/u;

/** Blocks whose characters, alone, NFKC maps to one character of the same kind without composing. */
function isQuickBlock(c: number): boolean {
  return c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

function classifyUnit(c: number): number {
  const ch = String.fromCharCode(c);
  let kind = SLOW;
  if (isQuickBlock(c) && !MARK.test(ch)) {
    const folded = ch.normalize('NFKC');
    if (folded === ch) kind = LETTER_OR_DIGIT.test(ch) ? KEEP : DROP;
    else if (folded.length === 1 && folded.charCodeAt(0) < 0x80) {
      kind = LETTER_OR_DIGIT.test(folded) ? KEEP_FOLDED : DROP;
      foldedUnits[c] = folded.charCodeAt(0);
    }
  }
  unitKinds[c] = kind;
  return kind;
}

/** `text.normalize('NFKC').replace(NOT_TEXT, '')` for text of quick characters only, else null. */
function keepTextQuickly(text: string): string | null {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let kind = unitKinds[c];
    if (kind === UNKNOWN) kind = classifyUnit(c);
    if (kind === KEEP) continue;
    if (kind === SLOW) return null;
    if (i > run) out += text.slice(run, i);
    if (kind === KEEP_FOLDED) out += String.fromCharCode(foldedUnits[c]);
    run = i + 1;
  }
  return run === 0 ? text : out + text.slice(run);
}

/**
 * Hash of a report's normalised passage text (passages exclude page furniture), or null when the
 * report holds no letter or digit at all (nothing to compare).
 * @example hashReportText([{ text: '一、总体情况' }]) === hashReportText([{ text: '一,总体情况 ' }])
 */
export function hashReportText(passages: readonly { text: string }[]): string | null {
  const text = normalizeReportText(passages);
  return text ? createHash('sha256').update(text).digest('hex') : null;
}

/**
 * Remembers the inputs of one batch, in input order, and tells which later ones repeat them.
 * Memory: two hashes per built report (about 200 bytes), so 100,000 reports stay small.
 */
export function createDuplicateFinder(): DuplicateFinder {
  const byContent = new Map<string, string>();
  const byText = new Map<string, string>();
  return {
    check(file, keys, keep) {
      const sameBytes = keys.sha256 !== undefined ? byContent.get(keys.sha256) : undefined;
      if (sameBytes !== undefined) return { kind: 'content', duplicateOf: sameBytes };
      const sameText = keys.textHash ? byText.get(keys.textHash) : undefined;
      if (sameText !== undefined) return { kind: 'text', duplicateOf: sameText };
      if (keep) {
        if (keys.sha256 !== undefined) byContent.set(keys.sha256, file);
        if (keys.textHash) byText.set(keys.textHash, file);
      }
      return null;
    },
  };
}

/** The manifest message of a duplicate: which file it repeats and in what sense. */
export function describeDuplicate(file: string, match: DuplicateMatch): string {
  return match.kind === 'content'
    ? `${file}: same content as ${match.duplicateOf}; built once`
    : `${file}: same report text as ${match.duplicateOf} (ignoring page furniture, white space and punctuation); built once`;
}

/**
 * Checks one result of a batch against the earlier ones: a duplicate becomes a FileDuplicate, any
 * other result is returned as it is (and remembered when it was built).
 * @example for (const { path, result, sha256 } of files) yield markDuplicate(finder, path, result, sha256)
 */
export function markDuplicate(finder: DuplicateFinder, file: string, result: FileResult, sha256: string | undefined): FileResult {
  if (result.status === 'duplicate') return result;
  const textHash = result.status === 'ok' ? hashReportText(result.extraction.passages) : null;
  const match = finder.check(file, { sha256, textHash }, result.status === 'ok');
  if (!match) return result;
  const duplicate: FileDuplicate = {
    status: 'duplicate',
    file,
    duplicateOf: match.duplicateOf,
    code: 'E_DUPLICATE',
    message: describeDuplicate(file, match),
  };
  return duplicate;
}
