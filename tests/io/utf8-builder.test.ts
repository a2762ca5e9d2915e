// The builder that encodes a report's graph.json items and store rows piece by piece: whatever the
// pieces, `take` gives exactly the UTF-8 of their concatenation, in a buffer of its own.
import { describe, expect, it } from 'vitest';
import { Utf8Builder, viewOf } from '../../src/io/utf8-builder.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('Utf8Builder', () => {
  it('gives the UTF-8 of the joined pieces, growing past its initial buffer', () => {
    const b = new Utf8Builder(16);
    const pieces: string[] = [];
    for (let i = 0; i < 500; i++) {
      // ASCII, CJK (3 bytes), a character outside the BMP (a surrogate pair, 4 bytes), quotes.
      const piece = `,{"k":"${i}","t":"${'法治'.repeat(i % 23)}${i % 7 === 0 ? '𠀋' : ''}\\"x\\""}`;
      pieces.push(piece);
      b.append(piece);
    }
    const expected = utf8(pieces.join(''));
    expect(b.length).toBe(expected.length);
    expect(b.take()).toEqual(expected);
  });

  it('starts afresh after take, and what it took is not overwritten by later pieces', () => {
    const b = new Utf8Builder(16);
    b.append('第一份报告');
    const first = b.take();
    expect(b.length).toBe(0);
    b.append('second');
    b.append('，第二份');
    const second = b.take();
    expect(Buffer.from(first).toString('utf8')).toBe('第一份报告');
    expect(Buffer.from(second).toString('utf8')).toBe('second，第二份');
    // Each take has its own ArrayBuffer, so both can be transferred to another thread.
    expect(first.buffer).not.toBe(second.buffer);
    expect(first.byteLength).toBe(first.buffer.byteLength);
  });

  it('takes nothing as an empty array', () => {
    const b = new Utf8Builder();
    b.append('');
    expect(b.take()).toEqual(new Uint8Array(0));
  });
});

describe('viewOf', () => {
  it('finds each part appended by the lengths read around it, in the bytes take gives', () => {
    const b = new Utf8Builder(16);
    b.append('x');
    const start = b.length;
    b.append('法治');
    const span = [start, b.length] as const;
    b.append('!');
    const bytes = b.take();
    expect(bytes.buffer.byteLength).toBe(8);
    expect(new TextDecoder().decode(viewOf(bytes, span))).toBe('法治');
    expect(viewOf(bytes, span).buffer).toBe(bytes.buffer);
  });
});
