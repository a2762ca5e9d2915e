import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputs } from '../../src/ingest/list-inputs.js';
import { makeTempDir } from './sample-files.js';

let tmp: { dir: string; cleanup: () => void };

async function collect(gen: AsyncGenerator<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const p of gen) out.push(p);
  return out;
}

beforeAll(() => {
  tmp = makeTempDir();
  const d = tmp.dir;
  for (const sub of ['2023', '2024/上海', '2024/广东', '.cache', 'empty']) mkdirSync(join(d, sub), { recursive: true });
  const files = [
    '2023/b.txt',
    '2023/a.HTML',
    '2023/notes.md',
    '2023/scan.pdf',
    '2024/上海/练塘镇.txt',
    '2024/广东/三乡镇.shtml',
    '2024/广东/.hidden.txt',
    '2024/README',
    '.cache/x.txt',
    'top.htm',
    'top.text',
    'top.xhtml',
  ];
  for (const f of files) writeFileSync(join(d, f), '某镇法治政府建设年度报告');
  symlinkSync(d, join(d, '2024', 'loop'));
});
afterAll(() => tmp.cleanup());

describe('listInputs', () => {
  it('expands a folder recursively in sorted order, taking report extensions only and skipping hidden entries', async () => {
    const got = await collect(listInputs([tmp.dir]));
    const rel = got.map((p) => p.slice(tmp.dir.length + 1));
    expect(rel).toEqual(['2023/a.HTML', '2023/b.txt', '2024/上海/练塘镇.txt', '2024/广东/三乡镇.shtml', 'top.htm', 'top.text', 'top.xhtml']);
  });

  it('does not loop through a symlink back to an enclosing folder', async () => {
    const got = await collect(listInputs([join(tmp.dir, '2024')]));
    expect(got.filter((p) => p.endsWith('练塘镇.txt'))).toHaveLength(1);
  });

  it('yields files named explicitly whatever their extension, and missing paths as given', async () => {
    const pdf = join(tmp.dir, '2023', 'scan.pdf');
    const missing = join(tmp.dir, 'nope', 'gone.txt');
    const got = await collect(listInputs([pdf, missing, join(tmp.dir, 'empty')]));
    expect(got).toEqual([pdf, missing]);
  });

  it('keeps the order of the paths given and yields lazily', async () => {
    const gen = listInputs([join(tmp.dir, 'top.text'), join(tmp.dir, '2023')]);
    expect((await gen.next()).value).toBe(join(tmp.dir, 'top.text'));
    expect((await gen.next()).value).toBe(join(tmp.dir, '2023', 'a.HTML'));
    await gen.return(undefined);
  });

  it('accepts custom extensions and hidden entries when asked', async () => {
    const got = await collect(listInputs([join(tmp.dir, '2023'), join(tmp.dir, '2024', '广东')], { extensions: ['.md'], includeHidden: true }));
    expect(got).toEqual([join(tmp.dir, '2023', 'notes.md')]);
    const hidden = await collect(listInputs([join(tmp.dir, '2024', '广东')], { includeHidden: true }));
    expect(hidden.map((p) => p.split('/').pop())).toEqual(['.hidden.txt', '三乡镇.shtml']);
  });
});
