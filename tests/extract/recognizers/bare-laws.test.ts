import { describe, expect, it } from 'vitest';
import { bareLawRecognizer, judgeBareLaw } from '../../../src/extract/recognizers/bare-laws.js';
import { programGazetteerRecognizer } from '../../../src/extract/recognizers/program-gazetteer.js';
import { resolveMentions } from '../../../src/resolve/resolve-mentions.js';
import { NO_LAWS, makeContext } from './law-test-context.js';

function recognize(text: string) {
  const out = bareLawRecognizer.recognize(makeContext(text));
  for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return out.mentions;
}

describe('judgeBareLaw', () => {
  it.each([
    ['公证法', '律服务无盲区', false],
    ['安全生产法', '律法规宣传', false],
    ['安全生产法', '规宣传', false],
    ['安全生产法', '规定,', true],
    ['宪法', '学家', false],
    ['宪法', '学习', true],
    ['宪法', '宣传周', true],
    ['宪法', '意识', true],
    ['民法典', '型案例', false],
    ['民法典', '宣传月', true],
    ['国家安全法', '治教育', false],
    ['中央八项规定', '精神,加强', false],
    ['八项规定', ',严格', true],
  ])('%s followed by %s: citation %s', (name, after, expected) => {
    expect(judgeBareLaw(name, after).accept).toBe(expected);
  });
});

describe('bareLawRecognizer', () => {
  it('finds laws cited bare in a list, with canonical name, kind and full name', () => {
    const ms = recognize('深入宣传宪法、民法典等重点法律法规,结合疫情防控开展传染病防治法宣传。');
    expect(ms.map((m) => m.name)).toEqual(['宪法', '民法典', '传染病防治法']);
    expect(ms[0].attrs).toMatchObject({ kind: 'national-law', fullName: '中华人民共和国宪法' });
  });

  it('does not cite a law from a word that only starts like one', () => {
    expect(recognize('实现公证法律服务无盲区,开展安全生产法律法规宣传。')).toEqual([]);
  });

  it('reads X法实施条例 as the implementing regulation, not the law', () => {
    const ms = recognize('认真执行土地管理法实施条例。');
    expect(ms.map((m) => [m.name, m.attrs?.kind, m.surface])).toEqual([['土地管理法实施条例', 'administrative-regulation', '土地管理法实施条例']]);
  });

  it('finds quoted variants and expands aliases', () => {
    expect(recognize('学习新“环保法”。').map((m) => m.name)).toEqual(['环境保护法']);
  });

  it('keeps 宪法 inside 宪法宣传周 as a citation next to the program', () => {
    const ctx = makeContext('组织开展宪法宣传周活动。');
    const programs = programGazetteerRecognizer.recognize(ctx).mentions;
    const laws = bareLawRecognizer.recognize(ctx).mentions;
    expect(programs.map((m) => m.name)).toContain('宪法宣传周');
    expect(laws.map((m) => m.attrs?.nestedIn)).toEqual(['宪法宣传周']);
    const { entities } = resolveMentions([...programs, ...laws], ctx.issuer, ctx.text.doc.text);
    expect(entities.Law.map((e) => e.name)).toEqual(['宪法']);
    expect(entities.Program.map((e) => e.name)).toContain('宪法宣传周');
  });

  it('keeps a law inside the name of a practice found earlier by another recognizer', () => {
    const text = '开展民法典进社区活动。';
    const start = text.indexOf('民法典进社区');
    const practice = { label: 'Program' as const, name: '民法典进社区', surface: '民法典进社区', start, end: start + 6, passage: 0, recognizer: 'program-discovery', priority: 2 };
    const ctx = makeContext(text, { previous: [practice] });
    const laws = bareLawRecognizer.recognize(ctx).mentions;
    expect(laws.map((m) => [m.name, m.attrs?.nestedIn])).toEqual([['民法典', '民法典进社区']]);
    const { entities } = resolveMentions([practice, ...laws], ctx.issuer, text);
    expect([entities.Law.map((e) => e.name), entities.Program.map((e) => e.name)]).toEqual([['民法典'], ['民法典进社区']]);
  });

  it('finds nothing when the gazetteer lists no laws', () => {
    expect(bareLawRecognizer.recognize(makeContext('宣传宪法、民法典。', { ontology: NO_LAWS })).mentions).toEqual([]);
  });
});
