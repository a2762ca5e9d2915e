// The byte-buffered writer behind graph.json's spools and the store's CSV files: whatever the mix
// and size of pieces, the file holds exactly their UTF-8 bytes, in order.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BufferedFileWriter } from '../../src/io/buffered-file-writer.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const dir = mkdtempSync(join(tmpdir(), 'kg-buffered-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('BufferedFileWriter', () => {
  it('writes text and bytes in order, across buffer boundaries and pieces larger than the buffer', () => {
    const file = join(dir, 'mixed.txt');
    // A 64-byte buffer: most pieces below cross it, some exceed it whole.
    const w = new BufferedFileWriter(file, 64);
    const pieces: Array<string | Uint8Array> = [];
    for (let i = 0; i < 200; i++) {
      const text = `${i}:法治政府${'建设'.repeat(i % 37)}|`;
      pieces.push(i % 3 === 0 ? utf8(text) : text);
    }
    pieces.push('😀 surrogate pair', utf8('x'.repeat(1000)), '年'.repeat(500));
    for (const p of pieces) w.write(p);
    const expected = pieces.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join('');
    expect(w.bytes).toBe(Buffer.byteLength(expected));
    w.close();
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  it('copies another file from a byte offset, after what it holds', () => {
    const src = join(dir, 'spool.txt');
    writeFileSync(src, ',{"a":1},{"b":"报告"}'.repeat(50));
    const file = join(dir, 'copy.txt');
    const w = new BufferedFileWriter(file, 16);
    w.write('[');
    w.copyFrom(src, 1);
    w.write(']');
    w.close();
    expect(readFileSync(file, 'utf8')).toBe(`[${readFileSync(src, 'utf8').slice(1)}]`);
    expect(w.bytes).toBe(readFileSync(file).length);
  });

  it('closes once, and refuses to write after closing', () => {
    const w = new BufferedFileWriter(join(dir, 'closed.txt'), 16);
    w.write('a');
    w.close();
    w.close();
    expect(readFileSync(w.path, 'utf8')).toBe('a');
    expect(() => w.write('b')).toThrow(/written after close/);
    expect(() => w.write('b'.repeat(100))).toThrow(/written after close/);
  });
});
