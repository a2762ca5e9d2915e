import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { createLazyTokens, loadSegmenter, segmentWithTags, type Token } from '../../src/text/segment.js';

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

describe('createLazyTokens', () => {
  const text = '镇党委书记、镇长高峰主持会议。下午,副镇长张兵带队检查 2023年工作,共计120件。';
  const all = segmentWithTags(text, 7);
  const lazy = createLazyTokens(text, 7);

  it('finds the token starting or ending at each offset, as the whole segmentation has it', () => {
    for (let pos = 0; pos <= text.length + 8; pos++) {
      expect(lazy.startingAt(pos)).toEqual(all.find((t) => t.start === pos));
      expect(lazy.endingAt(pos)).toEqual(all.find((t) => t.end === pos));
    }
  });

  it('steps to the next and previous token across blocks', () => {
    for (let i = 0; i < all.length; i++) {
      const t = lazy.startingAt(all[i].start)!;
      expect(lazy.next(t)).toEqual(all[i + 1]);
      expect(lazy.previous(t)).toEqual(all[i - 1]);
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
