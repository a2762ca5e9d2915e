import { describe, expect, it } from 'vitest';
import { lawFirmRecognizer } from '../../../src/extract/recognizers/law-firms.js';
import { findCounselCue, retainsCounsel } from '../../../src/extract/relations/retains-counsel.js';
import { readDocument } from '../../../src/ingest/read-document.js';
import { getExtractContext } from '../../../src/pipeline/create-context.js';
import { extractDocument } from '../../../src/pipeline/extract-document.js';
import type { Issuer } from '../../../src/types.js';
import { ISSUERS } from '../recognizers/body-test-context.js';
import { makeContext, makeRelationContext } from '../recognizers/law-test-context.js';

function relate(text: string, issuer?: Issuer) {
  const ctx = makeContext(text, { issuer });
  const rc = makeRelationContext(ctx, lawFirmRecognizer.recognize(ctx).mentions);
  const out = retainsCounsel.relate(rc);
  const names = new Map(rc.entities.LawFirm.map((e) => [e.id, e.name]));
  return out.map((r) => ({ ...r, firm: r.to.kind === 'entity' ? names.get(r.to.id) : undefined }));
}

describe('retainsCounsel', () => {
  it.each([
    ['镇政府聘请北京市京师(上海)律师事务所为法律顾问,参与重大决策合法性审查。', '北京市京师(上海)律师事务所'],
    ['街道与广东广和律师事务所签订法律顾问合同。', '广东广和律师事务所'],
    ['司法所联合镇法律顾问单位东炬律师事务所开展“企业法治体检”活动。', '东炬律师事务所'],
    ['由浙江导司律师事务所律师担任驻村律师,每月到村坐班。', '浙江导司律师事务所'],
    ['继续聘请江苏圣典律师事务所作为我镇常年法律顾问。', '江苏圣典律师事务所'],
  ])('links the issuer to the firm in “%s”', (text, firm) => {
    const rels = relate(text);
    expect(rels.map((r) => [r.type, r.from.kind, r.firm, r.props?.year])).toEqual([['RETAINS_COUNSEL', 'issuer', firm, 2024]]);
    const ev = rels[0].evidence;
    expect(text.slice(ev.start, ev.end)).toContain(firm);
  });

  it.each([
    ['a firm with no counsel cue', '邀请东炬律师事务所律师开展普法讲座。'],
    ['a cue in another sentence', '东炬律师事务所律师开展普法讲座。镇里完善政府法律顾问工作规则。'],
    ['counsel for enterprises', '东炬律师事务所为辖区企业提供法律顾问服务。'],
    ['counsel of an upper-level body', '区司法局聘请东炬律师事务所担任法律顾问。'],
  ])('finds no relation for %s', (_case, text) => {
    expect(relate(text)).toEqual([]);
  });

  it('reads the level word of the clause from the issuer: 县政府 is a county\'s own, not a town\'s', () => {
    const text = '县政府聘请浙江浩然律师事务所、浙江平阳明理律师事务所为法律顾问单位。';
    expect(relate(text, ISSUERS.get('安吉县')!).map((r) => r.firm)).toEqual(['浙江浩然律师事务所', '浙江平阳明理律师事务所']);
    expect(relate('安吉县人民政府聘请浙江浩然律师事务所为法律顾问。', ISSUERS.get('安吉县')!).map((r) => r.firm)).toEqual(['浙江浩然律师事务所']);
    expect(relate('市政府聘请浙江浩然律师事务所为法律顾问。', ISSUERS.get('安吉县')!)).toEqual([]);
    expect(relate('县政府聘请浙江浩然律师事务所为法律顾问。', ISSUERS.get('千灯镇')!)).toEqual([]);
  });

  it('finds the cue nearest to the firm within the sentence', () => {
    const s = '与君耀律师事务所签订法律顾问聘用合同';
    expect(findCounselCue(s, 1, 8)?.cue).toBe('法律顾问');
  });

  it.each([
    ['000_e995035764c2eff9.txt', '东炬律师事务所', '法律顾问单位'],
    ['003_a9c3b358a18e57db.txt', '君耀律师事务所', '法律顾问聘用合同'],
  ])('links the issuer of sample %s to %s with the sentence as evidence', async (file, firm, cue) => {
    const doc = await readDocument(`data/samples/${file}`);
    const x = extractDocument(doc, getExtractContext());
    const rels = x.relations.filter((r) => r.type === 'RETAINS_COUNSEL');
    expect(rels.map((r) => [r.fromName, r.toName])).toEqual([[x.issuer!.name, firm]]);
    const sentence = doc.text.slice(rels[0].evidence.start, rels[0].evidence.end);
    expect(sentence).toContain(firm);
    expect(sentence).toContain(cue);
  });
});
