// Highlighting in the explorer: a passage cut into plain and marked segments, long ones trimmed
// around their marks.
import { describe, expect, it } from 'vitest';
import { segmentPassage } from '../../../../src/export/html/client/highlight-passage.js';

describe('segmentPassage', () => {
  it('splits the text at the marks and keeps every character once', () => {
    const text = '坚持和发展新时代“枫桥经验”,建设“解纷小院”。';
    const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
    const marks = [at('“枫桥经验”'), at('“解纷小院”')];
    const segs = segmentPassage(text, marks);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['“枫桥经验”', '“解纷小院”']);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('trims a long passage to the part around its marks', () => {
    const text = '甲'.repeat(500) + '宪法' + '乙'.repeat(500);
    const segs = segmentPassage(text, [[500, 502]], 20);
    expect(segs[0].text).toBe('…');
    expect(segs[segs.length - 1].text).toBe('…');
    expect(segs.map((s) => s.text).join('')).toBe(`…${'甲'.repeat(20)}宪法${'乙'.repeat(20)}…`);
  });

  it('ignores marks outside the text', () => {
    expect(segmentPassage('宪法', [[1, 9]])).toEqual([{ text: '宪法', mark: false }]);
  });
});
