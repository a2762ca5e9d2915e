// A second issuer (a signature copied from another town's report) becomes a warning; the issuer's own
// parents and departments in source lines and signatures never do.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBadCorpus, type BadCorpusEntry } from '../../scripts/make-bad-corpus.mjs';
import { readDocument } from '../../src/ingest/read-document.js';
import { getExtractContext } from '../../src/pipeline/create-context.js';
import { extractDocument } from '../../src/pipeline/extract-document.js';
import { findIssuerConflicts, formatIssuerConflict } from '../../src/pipeline/find-issuer-conflicts.js';
import { processFile } from '../../src/pipeline/process-file.js';
import { makeTempDir, SAMPLES, samplePath } from '../ingest/sample-files.js';

const tmp = makeTempDir();
afterAll(tmp.cleanup);

describe('findIssuerConflicts', () => {
  let entry: BadCorpusEntry;
  beforeAll(() => {
    entry = makeBadCorpus({ out: tmp.dir }).find((e) => e.file === 'two-issuers.txt')!;
  });

  it.each(SAMPLES)('finds no second issuer in the sample %s', async (name) => {
    const doc = await readDocument(samplePath(name));
    const x = extractDocument(doc, getExtractContext());
    expect(findIssuerConflicts(doc, x.issuer!, getExtractContext().adminIndex, x.title)).toEqual([]);
  });

  it('keeps the town of the title and publisher row and names the town of a copied signature', async () => {
    const doc = await readDocument(join(tmp.dir, entry.file));
    const x = extractDocument(doc, getExtractContext());
    expect(x.issuer?.name).toBe(entry.issuer);
    const conflicts = findIssuerConflicts(doc, x.issuer!, getExtractContext().adminIndex, x.title);
    expect(conflicts.map((c) => [c.name, c.source])).toEqual([[entry.rival, 'signature']]);
    expect(conflicts[0].code).toMatch(/^\d{9}$/);
    const warning = formatIssuerConflict(conflicts[0], x.issuer!);
    expect(warning).toContain(entry.issuer!);
    expect(warning).toContain(entry.rival!);
  });

  it('records the conflict as a warning of the file, which is still built', async () => {
    const { result } = await processFile(join(tmp.dir, entry.file), getExtractContext());
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^two issuers: /);
    expect(result.warnings[0]).toContain(entry.rival!);
  });

  it("reads a signature of the issuer's street office as the issuer, though the tables have a unit named 新华街道办事处", async () => {
    const file = join(tmp.dir, 'xinhua.txt');
    writeFileSync(file, '新华街道2021年法治政府建设年度报告\n发布机构：新华街道\n2021年，通州区新华街道扎实推进法治政府建设。\n通州区人民政府新华街道办事处\n2022年1月13日\n');
    const doc = await readDocument(file);
    const x = extractDocument(doc, getExtractContext());
    expect(x.issuer?.code).toBe('110112002');
    expect(findIssuerConflicts(doc, x.issuer!, getExtractContext().adminIndex, x.title)).toEqual([]);
  });

  it('builds the samples without warnings', async () => {
    for (const name of SAMPLES) {
      const { result } = await processFile(samplePath(name), getExtractContext());
      expect(result.status === 'ok' && result.warnings, name).toEqual([]);
    }
  });
});
