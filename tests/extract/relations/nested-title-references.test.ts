import { describe, expect, it } from 'vitest';
import { titledCitationRecognizer } from '../../../src/extract/recognizers/titled-citations.js';
import { nestedTitleReferences } from '../../../src/extract/relations/nested-title-references.js';
import { readDocument } from '../../../src/ingest/read-document.js';
import { getExtractContext } from '../../../src/pipeline/create-context.js';
import { extractDocument } from '../../../src/pipeline/extract-document.js';
import { makeContext, makeRelationContext } from '../recognizers/law-test-context.js';

function references(text: string): [string, string][] {
  const ctx = makeContext(text);
  const rc = makeRelationContext(ctx, titledCitationRecognizer.recognize(ctx).mentions);
  const names = new Map(rc.entities.Document.map((e) => [e.id, e.name]));
  return nestedTitleReferences.relate(rc).map((r) => [names.get((r.from as { id: string }).id)!, names.get((r.to as { id: string }).id)!]);
}

describe('nestedTitleReferences', () => {
  it('links an outer title to the document nested in it', () => {
    expect(references('印发《关于印发〈练塘镇2023年普法工作要点〉的通知》。')).toEqual([['关于印发〈练塘镇2023年普法工作要点〉的通知', '练塘镇2023年普法工作要点']]);
  });

  it('links nothing for titles side by side', () => {
    expect(references('印发《练塘镇2023年普法工作要点》《练塘镇村居法律顾问工作制度》。')).toEqual([]);
  });

  it('links the outer and inner titles of sample 001 with the outer title as evidence', async () => {
    const doc = await readDocument('data/samples/001_e1d5a82091e745d0.txt');
    const x = extractDocument(doc, getExtractContext());
    const refs = x.relations.filter((r) => r.type === 'REFERENCES');
    expect(refs).toHaveLength(1);
    expect(refs[0].toName).toBe('进一步深化基层治理全面加强乡镇(街道)法治建设的工作方案');
    expect(refs[0].fromName.startsWith('关于贯彻落实〈')).toBe(true);
    expect(doc.text.slice(refs[0].evidence.start, refs[0].evidence.end)).toContain(refs[0].toName);
  });
});
