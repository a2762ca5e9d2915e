// Turns the bytes of one input file into text: finds the encoding (BOM, strict UTF-8, the page's own
// declaration, GB18030, chardet), refuses binary and empty files, and normalises line endings.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { detectBinary } from './detect-binary.js';
import { detectBom, detectUtf16ByNuls, normalizeEncodingName } from './detect-encoding.js';

export interface DecodedText {
  /** Decoded text, BOM stripped, line endings `\n`. Offsets downstream index this string. */
  text: string;
  /** Encoding the bytes were decoded with (`utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5` …). */
  encoding: string;
}

/** Share of CJK characters among the non-ASCII ones for a GB18030 reading to count as Chinese. */
const MIN_CJK_SHARE = 0.7;
/** chardet must be this sure before its guess of a non-GB encoding is used. */
const MIN_CHARDET_CONFIDENCE = 50;

const REPLACEMENT = '\ufffd';

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes with iconv-lite and rejects the result if any byte sequence was invalid. */
function decodeClean(bytes: Buffer, encoding: string): string | undefined {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') return decodeStrict(bytes, encoding);
  if (!iconv.encodingExists(encoding)) return undefined;
  const text = iconv.decode(bytes, encoding, { stripBOM: false });
  return text.includes(REPLACEMENT) ? undefined : text;
}

function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // unified ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // extension A
    (code >= 0xd800 && code <= 0xdfff) || // surrogates: extensions B+ (GB18030 four-byte)
    (code >= 0x3000 && code <= 0x303f) || // CJK punctuation
    (code >= 0xff00 && code <= 0xffef) || // full-width forms
    (code >= 0x2000 && code <= 0x206f) || // “ ” — … as used in Chinese text
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0x2e80 && code <= 0x2fdf) // radicals
  );
}

/** True when most non-ASCII characters of `text` are Chinese (characters or punctuation). */
function isMostlyCjk(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (isCjk(c)) cjk++;
  }
  return nonAscii > 0 && cjk / nonAscii >= MIN_CJK_SHARE;
}

/** True when text holds no control characters beyond white space (a wrong UTF-16 guess does). */
function isPlausibleText(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) bad++;
  }
  return bad <= text.length * 0.01;
}

/** How much of a file chardet looks at. */
const CHARDET_SAMPLE = 256 * 1024;

/** chardet's guesses, best first, mapped to decodable names. */
function guessWithChardet(bytes: Buffer): { encoding: string; confidence: number }[] {
  const out: { encoding: string; confidence: number }[] = [];
  for (const m of chardet.analyse(bytes.subarray(0, CHARDET_SAMPLE))) {
    const encoding = normalizeEncodingName(m.name);
    if (encoding && !out.some((o) => o.encoding === encoding)) out.push({ encoding, confidence: m.confidence });
  }
  return out;
}

interface ChardetRecogniser {
  match(context: object): { confidence: number } | null;
}

const require = createRequire(import.meta.url);
let gbRecogniser: ChardetRecogniser | null | undefined;

/**
 * The confidence chardet's full analysis gives GB18030, from its GB18030 recogniser alone (the
 * analysis runs some 25 recognisers and costs milliseconds per file); undefined when that recogniser
 * cannot be reached in the installed chardet, and the full analysis must be run.
 */
export function chardetGb18030Confidence(bytes: Uint8Array): number | undefined {
  if (gbRecogniser === undefined) {
    try {
      const mbcs = require('chardet/lib/encoding/mbcs.js') as { gb_18030?: new () => ChardetRecogniser };
      gbRecogniser = mbcs.gb_18030 ? new mbcs.gb_18030() : null;
    } catch {
      gbRecogniser = null;
    }
  }
  if (!gbRecogniser) return undefined;
  const input = bytes.subarray(0, CHARDET_SAMPLE);
  // The context chardet.analyse builds for its recognisers.
  const byteStats: number[] = new Array(256).fill(0);
  for (let i = 0; i < input.length; i++) byteStats[input[i]]++;
  let c1Bytes = false;
  for (let b = 0x80; b <= 0x9f && !c1Bytes; b++) c1Bytes = byteStats[b] !== 0;
  const context = { byteStats, c1Bytes, rawInput: input, rawLen: input.length, inputBytes: input, inputLen: input.length };
  return gbRecogniser.match(context)?.confidence ?? 0;
}

/** Another CJK multi-byte encoding chardet is clearly surer of than GB18030 (Big5 reads as valid GBK). */
function strongerCjkRival(guesses: { encoding: string; confidence: number }[]): string | undefined {
  const gb = guesses.find((g) => g.encoding === 'gb18030')?.confidence ?? 0;
  const top = guesses[0];
  if (!top || top.encoding === 'gb18030') return undefined;
  const cjk = ['big5', 'big5hkscs', 'shift_jis', 'euc-jp', 'euc-kr'];
  return cjk.includes(top.encoding) && top.confidence >= 80 && top.confidence >= 2 * gb ? top.encoding : undefined;
}

function detectEncoding(bytes: Buffer, file: string, hint: string | undefined): DecodedText {
  const bom = detectBom(bytes);
  if (bom) {
    const text = decodeStrict(bytes.subarray(bom.length), bom.encoding);
    if (text !== undefined) return { text, encoding: bom.encoding };
    // A BOM over bytes that do not match it: fall through and judge the bytes themselves.
    bytes = bytes.subarray(bom.length);
  }
  const utf16 = detectUtf16ByNuls(bytes);
  if (utf16) {
    const text = decodeStrict(bytes, utf16);
    if (text !== undefined && isPlausibleText(text)) return { text, encoding: utf16 };
  }
  const binary = detectBinary(bytes);
  if (binary) throw new InputError('E_BINARY', file, `expected text or HTML, found ${binary.what} (${binary.hint})`);

  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };

  const declared = hint ? normalizeEncodingName(hint) : undefined;
  const gb = decodeClean(bytes, 'gb18030');
  const gbIsChinese = gb !== undefined && isMostlyCjk(gb);
  if (declared && declared !== 'utf-8') {
    const text = decodeClean(bytes, declared);
    // A declared Western single-byte charset decodes anything; clean Chinese GB18030 wins over it.
    const westernOverChinese = gbIsChinese && !isCjkEncoding(declared);
    if (text !== undefined && isPlausibleText(text) && !westernOverChinese) return { text, encoding: declared };
  }
  if (gb !== undefined && gbIsChinese) {
    // A rival must score twice GB18030's confidence and scores stop at 100: above 50, none can.
    const gbConfidence = chardetGb18030Confidence(bytes);
    if (gbConfidence !== undefined && gbConfidence > 50) return { text: gb, encoding: 'gb18030' };
    const rival = strongerCjkRival(guessWithChardet(bytes));
    const text = rival ? decodeClean(bytes, rival) : undefined;
    if (rival && text !== undefined) return { text, encoding: rival };
    return { text: gb, encoding: 'gb18030' };
  }
  for (const g of guessWithChardet(bytes)) {
    if (g.encoding === 'utf-8' || g.encoding.startsWith('utf-')) continue;
    if (g.encoding !== 'gb18030' && !isCjkEncoding(g.encoding) && g.confidence < MIN_CHARDET_CONFIDENCE) continue;
    const text = decodeClean(bytes, g.encoding);
    if (text !== undefined && isPlausibleText(text)) return { text, encoding: g.encoding };
  }
  if (gb !== undefined && isPlausibleText(gb)) return { text: gb, encoding: 'gb18030' };
  throw new InputError(
    'E_DECODE',
    file,
    `expected text in UTF-8, GBK/GB18030 or UTF-16, found bytes invalid in each${declared ? ` (the page declares ${hint})` : ''}`,
  );
}

function isCjkEncoding(encoding: string): boolean {
  return /^(gb|big5|shift_jis|euc-|iso-2022|cp9[35]|windows-9[35])/.test(encoding);
}

/**
 * Decodes one file's bytes. `hint` is a declared charset (HTML `<meta charset>`, a user option); it
 * is verified, never trusted blindly: GBK bytes under a UTF-8 declaration still decode as GB18030.
 * @throws InputError E_BINARY, E_DECODE, E_EMPTY
 * @example decodeBytes(iconv.encode('报告', 'gbk'), 'a.txt').text === '报告'
 */
export function decodeBytes(bytes: Buffer, file: string, hint?: string): DecodedText {
  if (bytes.length === 0) throw new InputError('E_EMPTY', file, 'expected report text, found an empty file');
  const decoded = detectEncoding(bytes, file, hint);
  // Offsets downstream refer to this string, so every line-ending variant becomes "\n" here, first.
  const text = decoded.text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (!/[^\s\ufeff\u200b]/.test(text)) {
    throw new InputError('E_EMPTY', file, `expected report text, found only white space (${bytes.length} bytes, ${decoded.encoding})`);
  }
  return { text, encoding: decoded.encoding };
}
