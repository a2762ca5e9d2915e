// Reads one input file into a RawDocument: bytes → hash → encoding → (HTML → text) → furniture and
// page metadata. Every problem is an InputError naming the file, so a batch can report and go on.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { InputError } from '../errors.js';
import type { PageMeta, RawDocument, SourceFormat } from '../types.js';
import { decodeBytes } from './decode-bytes.js';
import { sniffHtmlCharset } from './detect-encoding.js';
import { findFurniture } from './find-furniture.js';
import { unwrapLines } from './unwrap-lines.js';
import { htmlToText } from './html-to-text.js';
import { normalizeDate } from './normalize-date.js';
import { readPageMeta } from './read-page-meta.js';

export interface ReadOptions {
  /** Largest file accepted, in bytes (default 64 MiB): larger ones fail with E_TOO_LARGE. */
  maxBytes?: number;
  /** Declared encoding to try first (verified like an HTML `<meta charset>`). */
  encoding?: string;
}

export const DEFAULT_READ_OPTIONS: Required<Omit<ReadOptions, 'encoding'>> = {
  maxBytes: 64 * 1024 * 1024,
};

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml']);
/** A .txt saved from a browser is often the page source: judge by how it starts. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|\?xml[^>]*>\s*<(?:!doctype\s+html|html))/i;
const ANY_TAG = /<(?:[a-zA-Z][\w-]*|\/[a-zA-Z][\w-]*|!--)/;

function describeOsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a file';
    default:
      return e?.message ?? String(err);
  }
}

/** Looks at the first bytes as Latin-1 (markup is ASCII in every supported encoding but UTF-16). */
function headOf(bytes: Buffer): string {
  return bytes.subarray(0, 4096).toString('latin1').replace(/^\xef\xbb\xbf/, '');
}

/**
 * HTML by extension (unless the file holds no tag at all: a plain text saved as .html), or by content
 * for any other extension (a page source saved as .txt).
 */
function chooseFormat(path: string, text: string): SourceFormat {
  if (HTML_EXTENSIONS.has(extname(path).toLowerCase())) return ANY_TAG.test(text) ? 'html' : 'text';
  return HTML_START.test(text.slice(0, 4096)) ? 'html' : 'text';
}

/** Fields of the government-site `<meta name=…>` convention, used where the visible page says nothing. */
function fillFromMetaTags(meta: PageMeta, tags: Record<string, string>): void {
  const published = tags.pubdate ?? tags['publishdate'] ?? tags['firstpublishedtime'];
  if (!meta.publishedAt && published) {
    const date = normalizeDate(published);
    if (date) meta.publishedAt = date;
  }
  if (!meta.source && tags.contentsource) meta.source = tags.contentsource;
}

/**
 * Reads, decodes and inspects one report file.
 * @throws InputError E_READ, E_TOO_LARGE, E_BINARY, E_DECODE, E_EMPTY, E_NO_TEXT
 * @example const doc = await readDocument('data/samples/000_e995035764c2eff9.txt'); doc.meta.title
 */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<RawDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_READ_OPTIONS.maxBytes;
  let bytes: Buffer;
  try {
    // Synchronous on purpose: a report is tens of kilobytes, and the promise API's thread-pool round
    // trips (stat, open, fstat, read, close) cost 4× the CPU of the reads themselves.
    const info = statSync(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > maxBytes) {
      throw new InputError('E_TOO_LARGE', path, `expected at most ${maxBytes} bytes, found ${info.size}`);
    }
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('E_READ', path, `cannot read the file: ${describeOsError(err)}`, { cause: err });
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) throw new InputError('E_TOO_LARGE', path, `expected at most ${maxBytes} bytes, found ${bytes.length}`);

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const maybeHtml = HTML_EXTENSIONS.has(extname(path).toLowerCase()) || HTML_START.test(headOf(bytes));
  const hint = options.encoding ?? (maybeHtml ? sniffHtmlCharset(bytes) : undefined);
  const decoded = decodeBytes(bytes, path, hint);
  const format = chooseFormat(path, decoded.text);

  let text = decoded.text;
  let htmlTitle: string | undefined;
  let metaTags: Record<string, string> = {};
  if (format === 'html') {
    const page = htmlToText(decoded.text);
    if (!/\S/.test(page.text)) {
      throw new InputError('E_NO_TEXT', path, 'expected visible text in the HTML page, found only markup, scripts or styles');
    }
    text = page.text;
    metaTags = page.metaTags;
    htmlTitle = page.metaTags.articletitle ?? page.title;
  }
  // A text pasted from a paged document has its paragraphs' lines joined first.
  text = unwrapLines(text);
  const furniture = findFurniture(text);
  const meta = readPageMeta(text, htmlTitle, { furniture });
  fillFromMetaTags(meta, metaTags);
  return {
    source: path,
    name: basename(path),
    sha256,
    bytes: bytes.length,
    encoding: decoded.encoding,
    format,
    text,
    meta,
    furniture,
  };
}
