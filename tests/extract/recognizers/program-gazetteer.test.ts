import { describe, expect, it } from 'vitest';
import { programGazetteerRecognizer } from '../../../src/extract/recognizers/program-gazetteer.js';
import { makeContext } from './law-test-context.js';

const names = (text: string) => programGazetteerRecognizer.recognize(makeContext(text)).mentions.map((m) => m.name);

describe('programGazetteerRecognizer', () => {
  it.each([
    ['推进“三官一律”进社区,服务群众', '三官一律'],
    ['深化三官一律进网格工作', '三官一律'],
    ['开展“三官一律”进村居活动', '三官一律'],
  ])('names the practice of %s by its own name, not by another variant', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
