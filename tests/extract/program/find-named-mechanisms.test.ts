// Unquoted named systems (…制度, …机制, …专项工作, listed measures): the left boundary, the shared
// suffix of a list, and the rejection of generic phrases, on sample sentences and on sentences of
// the same form from elsewhere.
import { beforeAll, describe, expect, it } from 'vitest';
import { getGazetteerIndex } from '../../../src/extract/gazetteer-index.js';
import { DEFAULT_NAMED_MECHANISM, findNamedMechanisms, type NamedMechanismOptions } from '../../../src/extract/program/find-named-mechanisms.js';
import type { ProgramWordLists } from '../../../src/extract/program/types.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import { loadSegmenter, segmentWithTags } from '../../../src/text/segment.js';

const ontology = loadOntology();
const gazetteers = getGazetteerIndex(ontology);
const words: ProgramWordLists = { figuresOfSpeech: gazetteers.figuresOfSpeech, notPrograms: gazetteers.notPrograms };
const options: NamedMechanismOptions = { ...DEFAULT_NAMED_MECHANISM, segment: (t) => segmentWithTags(t) };

beforeAll(() => loadSegmenter(ontology));

function names(sentence: string, opts: NamedMechanismOptions = options): string[] {
  return findNamedMechanisms(sentence, words, opts).accepted.map((c) => c.name).sort();
}

describe('findNamedMechanisms on sentences of the sample reports', () => {
  it.each([
    ['严格执行行政执法人员资格认证制度', ['行政执法人员资格认证制度']],
    ['建立健全司法所长列席镇长办公会等制度', ['司法所长列席镇长办公会制度']],
    ['坚持开展镇公共法律服务工作站律师值班制度', ['镇公共法律服务工作站律师值班制度']],
    ['推进市域社会治理现代化试点工作', ['市域社会治理现代化试点']],
    ['以我区创建法治政府建设示范创建及我镇法治建设示范街镇创建为动力', ['法治建设示范街镇创建', '法治政府建设示范创建']],
    [
      '健全和完善重大执法审核、行政执法公示制、行政执法过错责任追究制、行政执法典型案例评析制等相关配套制度',
      ['行政执法公示制', '行政执法典型案例评析制', '行政执法过错责任追究制'],
    ],
    ['(一)大力推行权力清单、责任清单、负面清单制度并实行动态管理', ['权力清单制度', '负面清单制度', '责任清单制度']],
    ['建立规章和规范性文件清理长效机制', ['规章和规范性文件清理长效机制']],
    ['(六)全面推行政府法律顾问制度', ['政府法律顾问制度']],
    ['(二)完善落实行政调解、行政裁决制度。健全了行政调解制度', ['行政裁决制度', '行政调解制度', '行政调解制度']],
    ['认真落实“谁执法谁普法”的普法责任制和行政执法人员以案释法制度', ['行政执法人员以案释法制度']],
    ['实行预约式指导、亮码检查、包容审慎监管、联合整改帮扶等工作措施', ['亮码检查', '包容审慎监管', '联合整改帮扶', '预约式指导']],
    ['建立领导包联及项目服务专员制度', ['项目服务专员制度', '领导包联制度']],
    ['实行一周一会商机制', ['一周一会商机制']],
    ['完善常态化巡查、联合执法、吹哨报到等工作机制', ['吹哨报到']],
    ['深化行政处罚自动履行“免加罚”机制', ['行政处罚自动履行免加罚机制']],
    ['持续优化提升信用修复机制', ['信用修复机制']],
    ['进一步落实涉企政策文件清理专项工作', ['涉企政策文件清理专项工作']],
    ['督促街道公共服务办公室形成困难群众救助补助前置核对机制', ['困难群众救助补助前置核对机制']],
    ['严格落实行政机关负责人出庭应诉制度', ['行政机关负责人出庭应诉制度']],
    ['三是实行村(社区)法律顾问定期驻村制度', ['村(社区)法律顾问定期驻村制度']],
    ['推行“轻微违法首违不罚”“较轻违法限期改正”、设定执法观察期等措施', ['执法观察期']],
    // A verb that opens the phrase is no part of the name; inside one it is (执法协作配合机制).
    ['积极配合涉案企业合规改革', ['涉案企业合规改革']],
    ['建立执法协作配合机制', ['执法协作配合机制']],
  ])('finds the named systems of %s', (sentence, expected) => {
    expect(names(sentence)).toEqual([...expected].sort());
  });

  it.each([
    ['通过健全涉疫矛盾纠纷预警排查化解机制', 'generic mechanism head 化解'],
    ['严格落实规范性文件制度', 'generic stem'],
    ['实施了规范性文件监督制度', 'generic system head 监督'],
    ['二是构建多元解纷机制', 'generic mechanism head 解纷'],
    ['以庙戴村210家企业为试点', 'stem shorter than 6'],
    ['建立和完善相关工作制度和工作机制', 'stem shorter than 4'],
    ['采取个别谈话、座谈交流、调查问卷等方式挖掘问题', null],
    ['(四)改革信访工作制度', 'stem shorter than 4'],
    ['(一)完善政府立法体制机制', 'a system word inside the stem'],
  ])('finds no named system in %s', (sentence, detail) => {
    const found = findNamedMechanisms(sentence, words, options);
    expect(found.accepted).toEqual([]);
    if (detail) expect(found.rejected.map((r) => r.detail)).toContain(detail);
  });
});

describe('findNamedMechanisms on sentences of the same form from other reports', () => {
  it.each([
    ['全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。', ['执法全过程记录制度', '行政执法公示制度', '重大执法决定法制审核制度']],
    // Two systems joined by 和 share the suffix; a system of two things working together is one.
    ['全面落实执法全过程记录和重大执法决定法制审核制度', ['执法全过程记录制度', '重大执法决定法制审核制度']],
    ['落实政府法律顾问和公职律师制度', ['公职律师制度', '政府法律顾问制度']],
    ['建立行政执法与刑事司法衔接机制', ['行政执法与刑事司法衔接机制']],
    ['健全法治督察与纪检监察监督协作配合机制', ['法治督察与纪检监察监督协作配合机制']],
    // The frame 以…为…, the number of a point (一是), 完成 before a name; 以奖代补 keeps its 以.
    ['以法治政府建设示范创建为抓手', ['法治政府建设示范创建']],
    ['一是大综合一体化改革持续深化', ['大综合一体化改革']],
    ['幸福村完成县级民主法治示范村创建', ['县级民主法治示范村创建']],
    ['推行以奖代补机制', ['以奖代补机制']],
    ['建立健全行政裁量权基准制度。', ['行政裁量权基准制度']],
    ['全面落实证明事项告知承诺制,减少群众跑腿。', ['证明事项告知承诺制']],
    ['推行首问负责制、限时办结制、责任追究制。', ['责任追究制', '限时办结制', '首问负责制']],
    ['开展打击非法集资专项行动。', ['打击非法集资专项行动']],
    ['健全行政执法和刑事司法衔接机制。', ['行政执法和刑事司法衔接机制']],
    ['建立重大行政决策跟踪反馈和评估制度。', ['重大行政决策跟踪反馈和评估制度']],
    ['落实行政执法责任制,实行党政领导干部问责制。', ['党政领导干部问责制', '行政执法责任制']],
    ['严格执行请示报告制度。', ['请示报告制度']],
    ['县委将法律顾问制度纳入年度考核。', ['法律顾问制度']],
    ['深入推进综合行政执法改革。', ['综合行政执法改革']],
    ['开展平安乡镇示范创建。', ['平安乡镇示范创建']],
    ['严格落实重大行政决策出台前向本级人大常委会报告制度。', ['重大行政决策出台前向本级人大常委会报告制度']],
    ['坚持党委(党组)理论学习中心组学法制度。', ['党委(党组)理论学习中心组学法制度']],
    ['实行行政执法案卷评查制度。', ['行政执法案卷评查制度']],
    ['完善了综治及平安建设领导责任机制。', ['综治及平安建设领导责任机制']],
    // Taking part is no part of the name, nor is the whole province.
    ['参加全省法治政府建设示范创建观摩会。', ['法治政府建设示范创建']],
    // Verbs of consolidating, approving or preparing are no part of the name either.
    ['巩固乡镇综合行政执法改革成果,加强执法人员培训。', ['乡镇综合行政执法改革']],
    ['县委书记亲自审定法治政府建设示范创建方案。', ['法治政府建设示范创建']],
    ['做好乡镇行政区划和村级建制调整改革后半篇文章。', ['乡镇行政区划和村级建制调整改革']],
    ['印发关于镇街综合行政执法改革的实施意见。', ['镇街综合行政执法改革']],
    // A verb made a noun by 情况 is inside the name (决策执行情况).
    ['探索建立重大行政决策执行情况后评估制度。', ['重大行政决策执行情况后评估制度']],
    // Two campaigns joined by 和: the second is named alone.
    ['组织断卡行动和打击治理电信网络诈骗犯罪专项行动。', ['打击治理电信网络诈骗犯罪专项行动']],
    // A reform before the conjunction is an item of its own.
    ['全面落实“证照分离”改革和证明事项告知承诺制。', ['证明事项告知承诺制']],
  ])('finds the named systems of %s', (sentence, expected) => {
    expect(names(sentence)).toEqual([...expected].sort());
  });

  it.each([
    '建立健全工作机制,完善考核评价机制,健全矛盾纠纷排查化解机制。',
    '完善内部管理制度,建立健全各项规章制度。',
    '深化行政执法体制改革,全面深化改革。',
    '加强制度建设,建立长效机制。',
    '落实工作责任制,明确岗位责任制。',
    '以全县为试点,推进改革。',
    '完善常态化巡查、定期检查等工作机制。',
    '实行机制化、制度化管理。',
    '建立了值班制度等一系列制度。',
    // A figure and its unit open a routine, not a name (24小时|值班制度).
    '严格落实24小时值班制度。',
    '推行3个工作日内办结机制。',
    // A quoted term after a title and a conjunction opens the name, which the quoted-term rules read.
    '落实《炉霍县法治宣传教育第八个五年规划》和“谁执法谁普法”普法责任制。',
    // A place piloting something: 试点 the verb.
    '在八角北里社区试点“红色物业”。',
    // Taking up a matter (研究解决) before the words of a reform: no name of it.
    '专题研究法治工作4次,研究解决执法改革、治超联合执法等重点问题。',
  ])('finds no named system in %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  it('ends a name at a one-character function word only when segmentation says it stands alone', () => {
    // Without segmentation 对 never ends a name; with it, 将 does and 核对 does not.
    expect(names('镇党委将法律顾问制度纳入考核', { ...DEFAULT_NAMED_MECHANISM })).toEqual(['镇党委将法律顾问制度']);
    expect(names('镇党委将法律顾问制度纳入考核')).toEqual(['法律顾问制度']);
    expect(names('形成困难群众救助补助前置核对机制')).toEqual(['困难群众救助补助前置核对机制']);
  });

  it('keeps 行政 whole after a verb ending in 行 (落实|行政执法, not 落|实行|政执法)', () => {
    expect(names('全面落实行政执法公示制度')).toEqual(['行政执法公示制度']);
    expect(names('全面推行政务公开制度')).toEqual(['政务公开制度']);
  });

  it('gives offsets that slice the name, without its cue verb, out of the sentence', () => {
    const sentence = '严格执行行政执法人员资格认证制度,建立领导包联及项目服务专员制度。';
    const found = findNamedMechanisms(sentence, words, options).accepted;
    expect(found.map((c) => sentence.slice(c.start, c.end)).sort()).toEqual(['行政执法人员资格认证制度', '领导包联', '项目服务专员制度'].sort());
  });

  it('finds nothing in a long run of suffixes, in linear time', () => {
    const run = '制度'.repeat(200_000);
    const t0 = performance.now();
    expect(findNamedMechanisms(run, words, { ...options, collectRejected: false }).accepted).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
