import { describe, expect, it } from 'vitest';
import { findFirmNameStart, lawFirmRecognizer } from '../../../src/extract/recognizers/law-firms.js';
import { makeContext } from './law-test-context.js';

function firms(text: string): string[] {
  const out = lawFirmRecognizer.recognize(makeContext(text));
  for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return out.mentions.map((m) => m.name);
}

describe('lawFirmRecognizer', () => {
  it.each([
    ['司法所联合镇法律顾问单位东炬律师事务所开展“企业法治体检”活动', '东炬律师事务所'],
    ['与君耀律师事务所签订法律顾问聘用合同', '君耀律师事务所'],
    ['聘请北京市京师(上海)律师事务所为法律顾问', '北京市京师(上海)律师事务所'],
    ['与广东广和律师事务所签订法律顾问合同', '广东广和律师事务所'],
    ['由浙江导司律师事务所律师担任驻村律师', '浙江导司律师事务所'],
    ['续聘北京德和衡律师事务所为常年法律顾问', '北京德和衡律师事务所'],
    ['与天同律所签订协议', '天同律师事务所'],
    ['邀请北京大成律师事务所上海分所律师授课', '北京大成律师事务所上海分所'],
    ['(上海市协力律师事务所)', '上海市协力律师事务所'],
    ['国浩律师(上海)事务所为辖区企业提供法治体检', '国浩律师(上海)事务所'],
    ['(四)浙江子城律师事务所担任镇政府法律顾问', '浙江子城律师事务所'],
    ['1.浙江严陵律师事务所担任法律顾问', '浙江严陵律师事务所'],
    // A basic-level legal service office, named by its place, advises as firms do.
    ['聘请汉川市马口法律服务所担任镇政府法律顾问', '汉川市马口法律服务所'],
    // A firm's own name may end in a word that holds a level character (侨乡): no place for all that.
    ['镇政府聘请广东侨乡律师事务所为法律顾问单位', '广东侨乡律师事务所'],
  ])('finds the firm in “%s”', (text, name) => {
    expect(firms(text)).toEqual([name]);
  });

  it("names a town's own legal service office after the town, and none for offices in general", () => {
    expect(firms('镇法律服务所为群众提供法律咨询')).toEqual(['澥浦镇法律服务所']);
    expect(firms('指导各基层法律服务所规范执业,基层法律服务所参与调解')).toEqual([]);
  });

  it('cuts two firms joined by 和', () => {
    expect(firms('联合东炬律师事务所和君耀律师事务所开展普法')).toEqual(['东炬律师事务所', '君耀律师事务所']);
  });

  it.each([
    '与辖区律师事务所开展合作',
    '组织3家律师事务所参与',
    '与上海市律师事务所对接',
    '对全县律师事务所开展年度检查',
    '与宁波市镇海区蛟川街道律师事务所对接',
    '各律师事务所积极参与',
    '引入专业律所提供服务',
    '以企业合规为抓手,推动律师事务所、商会、行业协会共同参与',
  ])('names no firm in “%s”', (text) => {
    expect(firms(text)).toEqual([]);
  });
});

describe('findFirmNameStart', () => {
  it('prefers a one-character joiner only when it leaves a two-character name', () => {
    expect(findFirmNameStart('与北京和信')).toBe(1);
    expect(findFirmNameStart('东炬和君耀')).toBe(3);
  });
});
