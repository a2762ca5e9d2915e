// Encoding evidence that needs no decoding: byte-order marks, the NUL pattern of BOM-less UTF-16,
// and the charset an HTML page declares (a hint only: pages often declare the wrong one).
import iconv from 'iconv-lite';

export type Bom = { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number };

/** Reads a byte-order mark at the start of `bytes`. */
export function detectBom(bytes: Uint8Array): Bom | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Guesses BOM-less UTF-16 from where the NUL bytes fall: ASCII characters in UTF-16 have a zero
 * high byte, so the NULs sit mostly on one parity (odd offsets for LE, even for BE). CJK characters
 * such as U+4E00 add a few on the other parity, hence a ratio rather than a strict split.
 */
export function detectUtf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const n = Math.min(bytes.length, 64 * 1024);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (odd >= 4 * even && odd > 0) return 'utf-16le';
  if (even >= 4 * odd && even > 0) return 'utf-16be';
  return undefined;
}

// The GB family: GB18030 decodes GB2312 and GBK files identically, so every alias maps to it.
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  unicode: 'utf-16le',
  'utf-16': 'utf-16le',
  utf16: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  'euc-cn': 'gb18030',
  'gb_2312-80': 'gb18030',
  csgb2312: 'gb18030',
  gb18030: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5hkscs',
  'x-x-big5': 'big5',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
};

/**
 * Maps a declared or detected charset label to the name used for decoding, or undefined when
 * iconv-lite cannot decode it.
 * @example normalizeEncodingName('GB2312') // 'gb18030'
 */
export function normalizeEncodingName(label: string): string | undefined {
  const key = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!key) return undefined;
  const name = ALIASES[key] ?? key;
  if (name === 'utf-8') return name;
  return iconv.encodingExists(name) ? name : undefined;
}

/** How far into an HTML file the charset declaration is looked for (the HTML spec prescans 1024). */
const PRESCAN = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i;
const XML_ENCODING = /<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_:.+-]+)["']/i;

/**
 * Reads the charset an HTML page declares (`<meta charset>`, `http-equiv … content="…charset=…"`,
 * or an XML declaration), normalised by {@link normalizeEncodingName}.
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  // latin1 maps bytes 1:1, so ASCII markup reads right whatever the real encoding is.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN)).toString('latin1');
  const m = head.match(META_CHARSET) ?? head.match(XML_ENCODING);
  return m ? normalizeEncodingName(m[1]) : undefined;
}
