import { describe, expect, it } from 'vitest';
import { findIndicators, indicatorRecognizer, readFigures } from '../../../src/extract/recognizers/indicators.js';
import { getGazetteerIndex } from '../../../src/extract/gazetteer-index.js';
import { contextFor, expectAligned, ISSUERS, runRecognizers } from './body-test-context.js';
import { ONTOLOGY } from './law-test-context.js';

const CUES = getGazetteerIndex(ONTOLOGY).indicators;

describe('readFigures', () => {
  it.each([
    ['全镇网格走访5.5万次', 55000, '次'],
    ['涉及金额总计980余万元', 9800000, '元'],
    ['培训费支出同比下降57.80%', 57.8, '%'],
    ['发放各类宣传资料2400余份', 2400, '份'],
    ['接待来访85批次', 85, '批次'],
    ['罚款金额共计32200元', 32200, '元'],
  ])('reads the figure of %s', (text, value, unit) => {
    const [f, ...rest] = readFigures(text);
    expect(rest).toEqual([]);
    expect([f.value, f.unit]).toEqual([value, unit]);
    expect(text.slice(f.start, f.end)).toBe(f.raw);
  });

  it.each([
    ['2023年1月10日,根据要求'],
    ['实现10万元以上合同合法性审查全覆盖'],
    ['(开州府办发〔2023〕44号)'],
    ['镇海区ZH10-03-19地块出让'],
    ['开展第3次专项检查'],
  ])('reads no figure in %s', (text) => {
    expect(readFigures(text)).toEqual([]);
  });
});

describe('findIndicators', () => {
  it.each([
    ['2022年共接待来访法律咨询123起,受理矛盾纠纷294件', '矛盾纠纷受理数', 294, '件'],
    ['孝丰镇司法所、递铺街道司法所调解纠纷560件', '矛盾纠纷受理数', 560, '件'],
    ['走访浙江塘栖枇杷产业发展有限公司、杭州超达食品有限公司等规上企业42家', '规上企业', 42, '家'],
    ['全年调处各类纠纷86件,无一激化', '矛盾纠纷化解数', 86, '件'],
    ['本镇新收一审行政诉讼案件4件,行政败诉案件0件,行政机关负责人出庭应诉率100%。', '行政机关负责人出庭应诉率', 100, '%'],
    ['共受理矛盾纠纷417件,调处成功417件,涉及金额总计980余万元,调解成功率达100%。', '调解成功率', 100, '%'],
    ['全镇三公经费、会议费、差旅费、培训费支出同比下降57.80%。', '三公经费降幅', 57.8, '%'],
    ['一年来,开展专项拉练9次,全镇网格走访5.5万次,巡查41.9万次', '网格走访', 55000, '次'],
    ['涉及金额总计980余万元', '金额', 9800000, '元'],
    ['县法律援助中心全年办理法律援助案件356件', '法律援助案件数', 356, '件'],
    ['全区市场主体总量突破20万户', '市场主体总量', 200000, '户'],
    ['办理法律援助案件87宗', '法律援助案件数', 87, '宗'],
    ['全区13个街道全部建成标准化司法所', '街道', 13, '个'],
    ['实现全镇18个行政村法律顾问全覆盖', '行政村', 18, '个'],
    ['建成6个法治示范村', '建成法治示范村', 6, '个'],
    ['全年开展3次专项检查', '开展专项检查', 3, '次'],
    ['共发放1200份宣传资料', '发放宣传资料', 1200, '份'],
    ['共开展5次执法培训', '开展执法培训', 5, '次'],
    ['全镇58名公务员参加考试', '公务员', 58, '名'],
    ['制定4项应急预案', '制定应急预案', 4, '项'],
    // Too long a subject is cut where a word starts, not after the first character of 党委会.
    ['全年召开党委会专题研究法治建设工作4次', '专题研究法治建设工作', 4, '次'],
    // The rate of filing for review is no rate of the legal adviser's review (审查率).
    ['全部报送区人大常委会备案,备案审查率100%', '规范性文件备案率', 100, '%'],
    // A bare 合格率 is the pass rate of whatever the clause before counts, not of an exam by default.
    ['抽查案卷150卷,合格率96%', '合格率', 96, '%'],
    ['组织干部参加学法考试,考试合格率100%', '学法考试合格率', 100, '%'],
  ])('names the figure in %s after its subject %s', (text, name, value, unit) => {
    const found = findIndicators(text, CUES);
    const hit = found.find((i) => i.name === name);
    expect(hit, found.map((i) => `${i.name}=${i.figure.raw}`).join(', ')).toBeDefined();
    expect([hit!.figure.value, hit!.figure.unit]).toEqual([value, unit]);
  });

  it('does not give a rate the subject of a count (培训考核率 is no 行政执法人员数)', () => {
    const found = findIndicators('做到上岗行政执法人员培训考核率达100%', CUES);
    expect(found.map((i) => i.name)).not.toContain('行政执法人员数');
    expect(found).toHaveLength(1);
  });

  it('gives a second figure of one thing the same subject (20项60余次)', () => {
    const found = findIndicators('2022年共在辖区内开展法律六进活动20项60余次', CUES);
    expect(found).toHaveLength(2);
    expect(found[0].name).toBe(found[1].name);
  });
});

describe('indicatorRecognizer', () => {
  it('reads the figures of a short numbered line, which reads as a heading', () => {
    const text = '(一)全镇共受理行政复议案件12件,行政机关负责人出庭应诉率100%。';
    expect(contextFor(text, null).text.passages[0].heading).toBe(true);
    const found = runRecognizers(text, ISSUERS.get('澥浦镇')!, [indicatorRecognizer]);
    expect(found.map((m) => [m.name, m.attrs?.value, m.attrs?.unit])).toEqual([
      ['行政复议案件数', 12, '件'],
      ['行政机关负责人出庭应诉率', 100, '%'],
    ]);
  });

  it('emits each figure with its value and unit, aligned with the text', () => {
    const text = '一年来,全镇各级调解组织共受理矛盾纠纷417件,调处成功417件,其中复杂疑难案件7件。';
    const found = runRecognizers(text, ISSUERS.get('澥浦镇')!, [indicatorRecognizer]);
    expect(found.map((m) => [m.name, m.attrs?.value, m.attrs?.unit])).toEqual([
      ['矛盾纠纷受理数', 417, '件'],
      ['矛盾纠纷化解数', 417, '件'],
      ['复杂疑难案件', 7, '件'],
    ]);
    expect(expectAligned(text, found)).toEqual([]);
  });
});
