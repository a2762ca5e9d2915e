// Exports are appended to their file as they are made: the bytes are counted, a file that cannot
// be written is E_EXPORT, and a failed export leaves no partial file behind.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.js';
import { writeExportFile } from '../../src/export/write-export-file.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-write-export-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeExportFile', () => {
  it('creates the folders, appends every piece and returns the UTF-8 bytes written', () => {
    const file = join(dir, 'a', 'b', 'graph.xml');
    const big = '图'.repeat(600_000);
    const bytes = writeExportFile(file, 'the test file', (write) => {
      write('<x>');
      write(big);
      write('</x>\n');
    });
    expect(readFileSync(file, 'utf8')).toBe(`<x>${big}</x>\n`);
    expect(bytes).toBe(Buffer.byteLength(`<x>${big}</x>\n`));
  });

  it('gives E_EXPORT naming the file when it cannot be created', () => {
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const file = join(blocker, 'graph.xml');
    const err = (() => {
      try {
        writeExportFile(file, 'the test file', (write) => write('x'));
      } catch (e) {
        return e as KgError;
      }
      throw new Error('nothing thrown');
    })();
    expect(err).toBeInstanceOf(KgError);
    expect(err.code).toBe('E_EXPORT');
    expect(err.where).toBe(file);
  });

  it("lets the writer's own error through and removes the partial file", () => {
    const file = join(dir, 'partial.xml');
    const boom = new Error('writer failed');
    expect(() =>
      writeExportFile(file, 'the test file', (write) => {
        write('x'.repeat(3 << 20));
        throw boom;
      }),
    ).toThrow(boom);
    expect(existsSync(file)).toBe(false);
  });
});
