import { describe, expect, it } from 'vitest';
import { programGazetteerRecognizer } from '../../../src/extract/recognizers/program-gazetteer.js';
import { makeContext } from './law-test-context.js';

const names = (text: string) => programGazetteerRecognizer.recognize(makeContext(text)).mentions.map((m) => m.name);

describe('programGazetteerRecognizer', () => {
  it.each([
    ['推进“三官一律”进社区,服务群众', '三官一律'],
    ['深化三官一律进网格工作', '三官一律'],
    ['开展“三官一律”进村居活动', '三官一律'],
    // Forms of the legal-adviser system and of other practices that reports write many ways.
    ['聘请律师事务所担任常年法律顾问', '法律顾问制度'],
    ['实现村级法律顾问全覆盖', '法律顾问制度'],
    ['坚持党工委理论学习中心组学法制度', '中心组学法制度'],
    ['推动政务服务“掌上办”', '掌上办'],
    ['推行“一站式接收、一揽子调处、全链条解决”', '一站式接收、一揽子调处、全链条解决'],
    ['积极争创法治政府建设示范县', '法治政府建设示范创建'],
    ['印发乡直部门普法责任清单', '谁执法谁普法'],
    // Publicity in a minority's language and Chinese: one practice, whatever the languages.
    ['(六)创新朝汉双语普法,法治社会建设扎实推进', '双语普法'],
    ['坚持苗侗双语普法进村寨', '双语普法'],
    // Practices named by the full form reports write (the short one is an alias).
    ['深入推进“放管服”改革', '放管服改革'],
    ['严格落实领导干部接访下访', '领导干部接访下访制度'],
    ['二是开展燃气安全专项整治', '城镇燃气安全专项整治'],
    ['全年适用轻微免罚清单办理案件', '轻微免罚'],
  ])('names the practice of %s by its own name, not by another variant', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
