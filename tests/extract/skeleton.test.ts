import { describe, expect, it } from 'vitest';
import { mapSpan, passageSkeleton, stripQuotes, unquote } from '../../src/extract/skeleton.js';

/** Finds `name` in the quote-free skeleton of `text` and returns the original slice it maps to. */
function surfaceOf(text: string, name: string): string {
  const sk = stripQuotes(text);
  const at = sk.text.indexOf(name);
  const { start, end } = mapSpan(sk, text, at, at + name.length);
  return text.slice(start, end);
}

describe('quote-free matching', () => {
  it('widens a match over the quotes that wrap it', () => {
    expect(surfaceOf('落实“谁执法谁普法”责任', '谁执法谁普法')).toBe('“谁执法谁普法”');
  });

  it('keeps quotes balanced when the match opens a quote inside it', () => {
    expect(surfaceOf('坚持和发展新时代“枫桥经验”,', '新时代枫桥经验')).toBe('新时代“枫桥经验”');
  });

  it('keeps quotes balanced when the match closes a quote inside it', () => {
    expect(surfaceOf('纳入镇“八五”普法规划', '八五普法')).toBe('“八五”普法');
  });

  it('removes every kind of quotation mark from names', () => {
    expect(unquote('“八五”普法「x」')).toBe('八五普法x');
  });
});

describe('stripQuotes and passageSkeleton', () => {
  it('maps every skeleton character to its offset in the original', () => {
    const text = '“八五”普法「x」\'y\'';
    const sk = stripQuotes(text);
    expect(sk.text).toBe('八五普法xy');
    expect([...sk.text].every((ch, i) => text[sk.map![i]] === ch)).toBe(true);
  });

  it('gives the text itself, with no map (the identity), when there is no quotation mark', () => {
    const sk = stripQuotes('坚持依法行政');
    expect(sk.text).toBe('坚持依法行政');
    expect(sk.map).toBeNull();
    expect(mapSpan(sk, '坚持依法行政', 2, 4)).toEqual({ start: 2, end: 4 });
    expect(stripQuotes('')).toEqual({ text: '', map: null });
    expect(stripQuotes('“”')).toEqual({ text: '', map: [] });
  });

  it('builds the skeleton of a passage once and returns the same one after', () => {
    const p = { text: '推进“枫桥经验”' };
    const first = passageSkeleton(p);
    expect(first.text).toBe('推进枫桥经验');
    expect(passageSkeleton(p)).toBe(first);
    expect(passageSkeleton({ text: p.text })).not.toBe(first);
  });

  it('leaves a name without quotation marks as it is', () => {
    expect(unquote('枫桥经验')).toBe('枫桥经验');
    expect(unquote('')).toBe('');
  });
});
