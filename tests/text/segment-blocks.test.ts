import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { createLazyTokens, loadSegmenter, segmentTaggingLazily, segmentWithTags, type Token } from '../../src/text/segment.js';

loadSegmenter(loadOntology());

/** Tagged tokens of `text` segmented block by block, cut at the separators jieba cuts at itself. */
function byBlocks(text: string): Token[] {
  const out: Token[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !' \t\n，。'.includes(text[i])) continue;
    if (i > start) out.push(...segmentWithTags(text.slice(start, i), start));
    if (i < text.length) out.push(...segmentWithTags(text[i], i));
    start = i + 1;
  }
  return out;
}

const SAMPLES = 'data/samples';
const sampleLines = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(SAMPLES, f), 'utf8').split('\n'))
  .filter((l) => l.length > 20)
  .slice(0, 300);

describe('jieba blocks', () => {
  it('segments a text as the concatenation of its blocks (the premise of LazyTokens)', () => {
    for (const line of sampleLines) expect(byBlocks(line)).toEqual(segmentWithTags(line));
  });

  it('cuts at every separator even between characters the HMM would join', () => {
    for (const sep of [' ', '\t', '\n', '，', '。']) {
      for (const text of [`张${sep}兵主持`, `镇长高${sep}峰`, `中华人民${sep}共和国`, `${sep}依法行政${sep}${sep}`]) {
        expect(byBlocks(text)).toEqual(segmentWithTags(text));
      }
    }
  });
});

/** The fields of a token (a lazily tagged one reads its tag here). */
const plain = (t: Token | undefined) => (t ? { word: t.word, start: t.start, end: t.end, tag: t.tag } : undefined);

describe('segmentTaggingLazily', () => {
  it('gives the words, offsets and tags segmentWithTags gives', () => {
    for (const line of sampleLines) expect(segmentTaggingLazily(line, 3).map(plain)).toEqual(segmentWithTags(line, 3).map(plain));
  });

  it('gives the tag a word has in context even when the word alone segments differently', () => {
    // Whatever jieba makes of these, each token's tag must be the one it has inside the text.
    for (const text of ['镇长高峰主持会议', '张兵同志', '12345热线', 'ZH10-03号', '𠀀𠀁镇']) {
      const lazy = segmentTaggingLazily(text);
      const tagged = segmentWithTags(text);
      for (let i = lazy.length - 1; i >= 0; i--) expect(plain(lazy[i])).toEqual(plain(tagged[i]));
    }
  });
});

describe('createLazyTokens', () => {
  const text = '镇党委书记、镇长高峰主持会议。下午,副镇长张兵带队检查 2023年工作,共计120件。';
  const all = segmentWithTags(text, 7);
  const lazy = createLazyTokens(text, 7);

  it('finds the token starting or ending at each offset, as the whole segmentation has it', () => {
    for (let pos = 0; pos <= text.length + 8; pos++) {
      expect(plain(lazy.startingAt(pos))).toEqual(plain(all.find((t) => t.start === pos)));
      expect(plain(lazy.endingAt(pos))).toEqual(plain(all.find((t) => t.end === pos)));
    }
  });

  it('steps to the next and previous token across blocks', () => {
    for (let i = 0; i < all.length; i++) {
      const t = lazy.startingAt(all[i].start)!;
      expect(plain(lazy.next(t))).toEqual(plain(all[i + 1]));
      expect(plain(lazy.previous(t))).toEqual(plain(all[i - 1]));
    }
  });

  it('has no tokens for empty text and none outside the text', () => {
    const empty = createLazyTokens('');
    expect(empty.startingAt(0)).toBeUndefined();
    expect(empty.endingAt(0)).toBeUndefined();
    expect(lazy.startingAt(6)).toBeUndefined();
    expect(lazy.endingAt(7)).toBeUndefined();
  });
});
