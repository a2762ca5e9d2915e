// Every mention of every entity of every sample report slices the original text to its surface and
// lies in its passage; unresolved spans slice too, and relation evidence stays inside the text.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.js';
import { extractPaths } from '../../src/pipeline/index.js';
import { ENTITY_LABELS, type FileSuccess } from '../../src/types.js';

async function extractSamples(): Promise<FileSuccess[]> {
  const out: FileSuccess[] = [];
  for await (const r of extractPaths(['data/samples'])) if (r.status === 'ok') out.push(r);
  return out;
}

describe('mention offsets on the sample reports', () => {
  it('slice the original text of each report to the mention surface', async () => {
    const results = await extractSamples();
    expect(results.length).toBe(5);
    let checked = 0;
    for (const r of results) {
      const doc = await readDocument(r.file);
      for (const label of ENTITY_LABELS) {
        for (const e of r.extraction.entities[label]) {
          for (const m of e.mentions) {
            expect(doc.text.slice(m.start, m.end), `${r.extraction.report} ${label} ${e.name}`).toBe(m.surface);
            // A mention lies in its passage, or (passage -1) in page furniture such as a publisher row.
            const p = r.extraction.passages.find((q) => q.index === m.passage);
            const inFurniture = m.passage === -1 && doc.furniture.some((f) => f.start <= m.start && m.end <= f.end);
            expect(inFurniture || Boolean(p && p.start <= m.start && m.end <= p.end), `${e.name} lies in passage ${m.passage}`).toBe(true);
            checked++;
          }
        }
      }
      for (const u of r.extraction.unresolved) expect(doc.text.slice(u.start, u.end)).toBe(u.surface);
      for (const rel of r.extraction.relations) {
        expect(rel.evidence.end).toBeGreaterThan(rel.evidence.start);
        expect(rel.evidence.end).toBeLessThanOrEqual(doc.text.length);
      }
    }
    // A broken pipeline that extracts nothing must not pass.
    expect(checked).toBeGreaterThan(100);
  });
});
