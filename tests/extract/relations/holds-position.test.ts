import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../../src/extract/recognizers/persons.js';
import { holdsPosition, titleBelongsToIssuer } from '../../../src/extract/relations/holds-position.js';
import { contextFor, ISSUERS } from '../recognizers/body-test-context.js';
import { makeRelationContext } from '../recognizers/law-test-context.js';

function relate(text: string, issuer: string) {
  const ctx = contextFor(text, ISSUERS.get(issuer)!);
  const mentions = personRecognizer.recognize(ctx).mentions;
  return holdsPosition.relate(makeRelationContext(ctx, mentions));
}

describe('holdsPosition', () => {
  it('links each person of 练塘镇 to the town once per title, as the gold annotation does', () => {
    const text =
      '镇党委书记、镇法治建设委员会主任张兵,镇党委副书记、镇长、镇法治建设委员会副主任高峰作“党政主要负责人履行推进法治建设第一责任职责”述法报告';
    const rels = relate(text, '练塘镇');
    // data/gold/000_e995035764c2eff9.json: five HOLDS_POSITION relations to 练塘镇.
    expect(rels.map((r) => [r.from.kind === 'entity' ? r.from.id : '', r.props?.title])).toEqual([
      ['person:310118103:张兵', '镇党委书记'],
      ['person:310118103:张兵', '镇法治建设委员会主任'],
      ['person:310118103:高峰', '镇党委副书记'],
      ['person:310118103:高峰', '镇长'],
      ['person:310118103:高峰', '镇法治建设委员会副主任'],
    ]);
    for (const r of rels) expect(r.to).toEqual({ kind: 'issuer' });
  });

  it('links a county secretary to the county that issues the report', () => {
    const rels = relate('县委书记李明主持召开县委全面依法治县委员会会议', '安吉县');
    expect(rels.map((r) => r.props?.title)).toEqual(['县委书记']);
  });

  it('links no national leader and no title of another unit', () => {
    expect(relate('传达学习习近平总书记重要讲话精神', '练塘镇')).toEqual([]);
    expect(relate('区委书记王刚到我镇调研', '练塘镇')).toEqual([]);
  });

  it.each([
    ['镇党委书记', '练塘镇', true],
    ['练塘镇镇长', '练塘镇', true],
    ['党委副书记', '练塘镇', true],
    ['区委书记', '练塘镇', false],
    ['青浦区司法局局长', '练塘镇', false],
    ['县长', '安吉县', true],
    ['市委书记', '安吉县', false],
  ])('decides whether %s is a position in %s: %s', (title, issuer, expected) => {
    expect(titleBelongsToIssuer(title, ISSUERS.get(issuer)!)).toBe(expected);
  });
});
