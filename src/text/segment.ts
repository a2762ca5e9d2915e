// Chinese word segmentation (nodejieba) with tokens re-aligned to the source text. The jieba
// dictionary is process-wide, so it is loaded once, with a user dictionary built from the ontology.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ontology } from '../ontology/types.js';
import type { Span } from '../types.js';

const require = createRequire(import.meta.url);

interface Jieba {
  load(options: { userDict?: string }): unknown;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
}

export interface Token extends Span {
  word: string;
  /** Part-of-speech tag (jieba's ICTCLAS tags: nr person, ns place, nt organisation …). */
  tag?: string;
}

let jieba: Jieba | null = null;
let loadedDict: string | null = null;

/** Words of the ontology that jieba should keep whole (law, program, platform names …). */
export function listUserWords(ontology: Ontology): string[] {
  const words = new Set<string>();
  const add = (w: string) => {
    if (w.length >= 2 && w.length <= 30 && !/\s/.test(w)) words.add(w);
  };
  for (const l of ontology.laws) [l.name, ...l.aliases].forEach(add);
  for (const p of ontology.programs) [p.name, ...p.aliases].forEach(add);
  for (const e of [...ontology.platforms, ...ontology.events, ...ontology.institutions]) [e.name, ...e.aliases].forEach(add);
  for (const k of ontology.institutionKinds) k.suffixes.forEach(add);
  return [...words].sort();
}

/**
 * Loads jieba once per process with the ontology's user dictionary (later calls are no-ops,
 * because jieba's dictionary is global to the process).
 */
export function loadSegmenter(ontology: Ontology): void {
  if (jieba) return;
  const words = listUserWords(ontology);
  const body = words.map((w) => `${w} 100000 n`).join('\n') + '\n';
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'fazhi-kg');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `user-dict-${hash}.utf8`);
  if (!existsSync(file)) writeFileSync(file, body, 'utf8');
  const lib = require('nodejieba') as Jieba;
  lib.load({ userDict: file });
  jieba = lib;
  loadedDict = file;
}

/** Path of the user dictionary in use (for diagnostics). */
export function getUserDictPath(): string | null {
  return loadedDict;
}

function requireJieba(): Jieba {
  if (!jieba) throw new Error('segment: loadSegmenter(ontology) must be called first');
  return jieba;
}

/** Re-aligns tokens to `text` starting at `offset`; fails loudly when they do not tile the text. */
function alignTokens(text: string, words: string[], offset: number): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (const word of words) {
    if (word.length === 0) continue;
    if (text.startsWith(word, pos)) {
      tokens.push({ word, start: offset + pos, end: offset + pos + word.length });
      pos += word.length;
      continue;
    }
    const at = text.indexOf(word, pos);
    if (at < 0 || text.slice(pos, at).trim() !== '') {
      throw new Error(`segment: token "${word}" does not align with the text at ${offset + pos}`);
    }
    tokens.push({ word, start: offset + at, end: offset + at + word.length });
    pos = at + word.length;
  }
  return tokens;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A window cut from a longer text may split a surrogate pair; jieba (UTF-8 inside) turns the half
 * into U+FFFD, so it is replaced here first — one code unit for one, offsets unchanged.
 */
function sanitize(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Segments `text` into words with offsets (added to `offset`). */
export function segment(text: string, offset = 0): Token[] {
  const clean = sanitize(text);
  return alignTokens(clean, requireJieba().cut(clean, true), offset);
}

/** Segments with part-of-speech tags. */
export function segmentWithTags(text: string, offset = 0): Token[] {
  text = sanitize(text);
  const tagged = requireJieba().tag(text);
  const tokens = alignTokens(text, tagged.map((t) => t.word), offset);
  let j = 0;
  for (const t of tagged) {
    if (t.word.length === 0) continue;
    tokens[j].tag = t.tag;
    j++;
  }
  return tokens;
}
