// Tells binary files (PDF, Word, images, archives …) from text before any decoding is tried, so the
// user reads "found a PDF document" instead of a decoding error.

interface Magic {
  bytes: number[];
  what: string;
  hint: string;
}

const CONVERT = 'convert it to text or HTML first';

// Signatures at offset 0. ZIP covers DOCX/XLSX/ODT, OLE covers DOC/XLS/WPS.
const MAGICS: Magic[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document', hint: `${CONVERT} (e.g. pdftotext)` },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (DOCX/XLSX/ODT or .zip)', hint: CONVERT },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive', hint: CONVERT },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an OLE compound file (DOC/XLS/WPS)', hint: CONVERT },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image', hint: 'reports must be text' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', hint: 'reports must be text' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', hint: 'reports must be text' },
  { bytes: [0x1f, 0x8b], what: 'GZIP-compressed data', hint: 'decompress it first' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive', hint: 'extract it first' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7z archive', hint: 'extract it first' },
  { bytes: [0x42, 0x5a, 0x68], what: 'BZIP2-compressed data', hint: 'decompress it first' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an ELF executable', hint: 'reports must be text' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document', hint: CONVERT },
];

/** Bytes sampled for the control-character test: enough to judge, bounded for huge files. */
const SAMPLE = 64 * 1024;
/** Share of C0 control bytes (other than tab, newlines, form feed, escape) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.02;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** True for bytes that never occur in text in UTF-8 or the GB family (they appear in UTF-16 only). */
function isControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b;
}

/**
 * Describes why `bytes` are binary, or returns undefined for what may be text. Call it after the
 * UTF-16 BOM / NUL-pattern check: UTF-16 text is full of NUL bytes.
 * @example detectBinary(Buffer.from('%PDF-1.4')) // { what: 'a PDF document', hint: … }
 */
export function detectBinary(bytes: Uint8Array): { what: string; hint: string } | undefined {
  for (const m of MAGICS) if (startsWith(bytes, m.bytes)) return { what: m.what, hint: m.hint };
  const n = Math.min(bytes.length, SAMPLE);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if (isControl(b)) control++;
  }
  if (nul > 0) return { what: `binary data (${nul} NUL bytes in the first ${n})`, hint: 'reports must be text' };
  if (n > 0 && control / n > MAX_CONTROL_SHARE) {
    return { what: `binary data (${control} control bytes in the first ${n})`, hint: 'reports must be text' };
  }
  return undefined;
}
