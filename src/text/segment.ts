// Chinese word segmentation (nodejieba) with tokens re-aligned to the source text. The jieba
// dictionary is process-wide, so it is loaded once, with a user dictionary built from the ontology.
// Tagged tokens of a long text can also be read lazily, one jieba block at a time (LazyTokens).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ontology } from '../ontology/types.js';
import type { Span } from '../types.js';

const require = createRequire(import.meta.url);

interface Jieba {
  load(options: { dict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): unknown;
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
  // An anniversary (毛泽东同志批示学习推广“枫桥经验”60周年) is a phrase that holds a person's name and a
  // date, not a word: kept whole, it would hide the name from the people recognizer.
  const events = ontology.events.filter((e) => e.kind !== 'anniversary');
  for (const e of [...ontology.platforms, ...events, ...ontology.institutions]) [e.name, ...e.aliases].forEach(add);
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

/**
 * Gives back most of the memory jieba's dictionaries hold (≈ 85 of its ≈ 275 MB per thread come
 * back to the process): nodejieba never frees them, not even when a worker thread exits, but it
 * frees the old ones when loading new ones — so this loads a one-word dictionary. A build's
 * workers call it before they exit, so the embedded store's bulk load has that memory.
 * `loadSegmenter` loads the real dictionary again.
 */
export function releaseSegmenter(): void {
  if (!jieba) return;
  const dir = join(tmpdir(), 'fazhi-kg');
  mkdirSync(dir, { recursive: true });
  const tiny = (name: string, body: string) => {
    const file = join(dir, name);
    if (!existsSync(file)) writeFileSync(file, body, 'utf8');
    return file;
  };
  const dict = tiny('release-dict.utf8', '的 1 uj\n');
  jieba.load({ dict, userDict: dict, idfDict: tiny('release-idf.utf8', '的 1.0\n'), stopWordDict: tiny('release-stop.utf8', '的\n') });
  jieba = null;
  loadedDict = null;
  charWords.clear();
  wordTags.clear();
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

/**
 * Words of one-character texts as jieba cuts them, asked once per character: a lone block
 * separator (。 between two sentences) is a frequent lookup, and a jieba call costs ~10 µs.
 */
const charWords = new Map<string, string[]>();

/** jieba's cut of a sanitized text (callers only read the array). */
function cutWords(clean: string): string[] {
  if (clean.length !== 1) return requireJieba().cut(clean, true);
  let words = charWords.get(clean);
  if (!words) {
    words = requireJieba().cut(clean, true);
    // A table of the loaded dictionary, not of any text: bounded, and emptied when full.
    if (charWords.size >= MAX_WORD_TAGS) charWords.clear();
    charWords.set(clean, words);
  }
  return words;
}

/** Segments `text` into words with offsets (added to `offset`). */
export function segment(text: string, offset = 0): Token[] {
  const clean = sanitize(text);
  return alignTokens(clean, cutWords(clean), offset);
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

// ------------------------------------------------------------------ lazy, block by block

/**
 * The characters at which jieba cuts its input into blocks before it segments anything (cppjieba's
 * PreFilter with SPECIAL_SEPARATORS: space, tab, newline, '，', '。'). Each block is segmented on its
 * own, and each separator is a block of one, so the tokens of a text are the tokens of its blocks
 * in order (tests/text/segment-blocks.test.ts checks this against the segmenter itself).
 */
const BLOCK_SEPARATORS = new Set([0x20, 0x09, 0x0a, 0xff0c, 0x3002]);

/** Tagged tokens of one text, segmented block by block on first use (see BLOCK_SEPARATORS). */
export interface LazyTokens {
  /** The token that starts at `pos` (an offset as given to the tokens), if any. */
  startingAt(pos: number): Token | undefined;
  /** The token that ends at `pos`, if any. */
  endingAt(pos: number): Token | undefined;
  /** The token after `t` in the text (t must come from these tokens). */
  next(t: Token): Token | undefined;
  /** The token before `t` in the text. */
  previous(t: Token): Token | undefined;
}

/**
 * jieba's tag of one word taken alone, when the segmenter keeps the word whole: a tag is looked up
 * for each word by itself (cppjieba's PosTagger::LookupTag), so it is the same in any context.
 * Undefined when the word alone segments differently (then only its context can say).
 */
function tagOfWord(word: string): string | undefined {
  let tag = wordTags.get(word);
  if (tag === undefined) {
    const tagged = requireJieba().tag(word);
    tag = tagged.length === 1 && tagged[0].word === word ? tagged[0].tag : null;
    // A table of the loaded dictionary, not of any text: bounded, and emptied when full.
    if (wordTags.size >= MAX_WORD_TAGS) wordTags.clear();
    wordTags.set(word, tag);
  }
  return tag ?? undefined;
}

/** Tags of single words (null: the word alone segments differently), as the loaded dictionary gives them. */
const wordTags = new Map<string, string | null>();
const MAX_WORD_TAGS = 20_000;

/**
 * A token whose part of speech is looked up on first read: segmenting without tags (cut) costs
 * half as much as with them, and callers read the tags of a few tokens only.
 */
class LazyTagToken implements Token {
  constructor(
    readonly word: string,
    readonly start: number,
    readonly end: number,
    private readonly block: LazyTagBlock,
    private readonly index: number,
  ) {}

  get tag(): string | undefined {
    return this.block.tagAt(this.index, this.word);
  }
}

/** The tags of one segmented text, each found on first need (the whole text is tagged only as a fallback). */
class LazyTagBlock {
  private readonly tags = new Map<number, string | undefined>();
  private full: Token[] | null = null;

  constructor(
    private readonly text: string,
    private readonly offset: number,
  ) {}

  tagAt(index: number, word: string): string | undefined {
    if (this.tags.has(index)) return this.tags.get(index);
    let tag = tagOfWord(word);
    if (tag === undefined) {
      this.full ??= segmentWithTags(this.text, this.offset);
      tag = this.full[index].tag;
    }
    this.tags.set(index, tag);
    return tag;
  }
}

/**
 * Segments `text` like segmentWithTags (the same words, offsets and tags: jieba's tag cuts exactly
 * as its cut does), but each tag is looked up only when read.
 */
export function segmentTaggingLazily(text: string, offset = 0): Token[] {
  const clean = sanitize(text);
  const words = alignTokens(clean, cutWords(clean), offset);
  const block = new LazyTagBlock(text, offset);
  return words.map((t, i) => new LazyTagToken(t.word, t.start, t.end, block, i));
}

/** Start offsets (relative to `text`) of its jieba blocks, plus text.length at the end. */
function findBlocks(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (!BLOCK_SEPARATORS.has(text.charCodeAt(i))) continue;
    if (starts[starts.length - 1] !== i) starts.push(i);
    starts.push(i + 1);
  }
  if (starts[starts.length - 1] !== text.length) starts.push(text.length);
  return starts;
}

/** Index of the last of `count` ascending keys that is <= `value` (-1 when none is). */
function lastAtOrBelow(count: number, key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Tagged tokens of `text` (offsets plus `offset`), the same as segmentWithTags(text, offset) gives,
 * but each block of the text is segmented only when a lookup reaches it.
 * @example createLazyTokens('镇长高峰主持会议。下午…').startingAt(2)?.word === '高峰' // only the first block is segmented
 */
export function createLazyTokens(text: string, offset = 0): LazyTokens {
  const starts = findBlocks(text);
  const blocks: (Token[] | undefined)[] = new Array(starts.length - 1);
  const block = (b: number): Token[] => (blocks[b] ??= segmentTaggingLazily(text.slice(starts[b], starts[b + 1]), offset + starts[b]));
  /** The block holding relative offset `rel`, or -1 outside the text. */
  const blockAt = (rel: number): number => (rel < 0 || rel >= text.length ? -1 : lastAtOrBelow(starts.length - 1, (k) => starts[k], rel));
  /** Index in `list` of the last token starting at or before `pos`. */
  const lastStarting = (list: Token[], pos: number): number => lastAtOrBelow(list.length, (k) => list[k].start, pos);
  const indexIn = (list: Token[], start: number): number => {
    const i = lastStarting(list, start);
    return i >= 0 && list[i].start === start ? i : -1;
  };
  const firstFrom = (b: number): Token | undefined => {
    for (; b < blocks.length; b++) if (block(b).length) return block(b)[0];
    return undefined;
  };
  const lastUpTo = (b: number): Token | undefined => {
    for (; b >= 0; b--) {
      const list = block(b);
      if (list.length) return list[list.length - 1];
    }
    return undefined;
  };
  return {
    startingAt(pos) {
      const b = blockAt(pos - offset);
      if (b < 0) return undefined;
      const list = block(b);
      const i = indexIn(list, pos);
      return i >= 0 ? list[i] : undefined;
    },
    endingAt(pos) {
      const b = blockAt(pos - offset - 1);
      if (b < 0) return undefined;
      const list = block(b);
      const i = lastStarting(list, pos - 1);
      return i >= 0 && list[i].end === pos ? list[i] : undefined;
    },
    next(t) {
      const b = blockAt(t.start - offset);
      const list = block(b);
      const i = indexIn(list, t.start);
      return i + 1 < list.length ? list[i + 1] : firstFrom(b + 1);
    },
    previous(t) {
      const b = blockAt(t.start - offset);
      const list = block(b);
      const i = indexIn(list, t.start);
      return i > 0 ? list[i - 1] : lastUpTo(b - 1);
    },
  };
}
