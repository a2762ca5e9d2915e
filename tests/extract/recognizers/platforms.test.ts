import { describe, expect, it } from 'vitest';
import { findPlatformForms, platformFormRecognizer, platformGazetteerRecognizer } from '../../../src/extract/recognizers/platforms.js';
import { expectAligned, ISSUERS, runRecognizers } from './body-test-context.js';

const forms = (text: string) => findPlatformForms(text).map((p) => [p.name, p.kind]);

describe('findPlatformForms', () => {
  it.each([
    ['“法润练塘”公众号推送转发各类法治宣传内容130余篇', [['法润练塘', 'wechat']]],
    // An account named after its unit or its government keeps its kind in its name.
    ['通过“小白楼街道”微信公众号、“海北镇人民政府”公众号推送', [['小白楼街道微信公众号', 'wechat'], ['海北镇人民政府公众号', 'wechat']]],
    // A province's system of a national scheme is named with the province.
    ['主体在安徽省“互联网+监管”系统登记,依托“互联网+监管”系统', [['安徽省互联网+监管系统', 'system'], ['互联网+监管', 'system']]],
    ['深化海淀城市大脑在执法监督中的应用', [['海淀城市大脑', 'system']]],
    ['充分利用“企呼我应”平台,推动企业服务转变', [['企呼我应', 'system']]],
    ['所有行政处罚案件均通过市城管局数据交换平台归集,在上海行政处罚信息公开网站进行公示', [['市城管局数据交换平台', 'system'], ['上海行政处罚信息公开网站', 'website']]],
    ['通过宁波基层智治综合应用系统上报并处置各类事件2.7万件', [['宁波基层智治综合应用系统', 'system']]],
    ['群众可通过“浙里办”APP在线办理', [['浙里办', 'app']]],
    ['引导群众下载皖事通APP查询办事进度', [['皖事通', 'app']]],
    ['依托“粤省事”小程序开展线上调解', [['粤省事', 'wechat']]],
    ['在湖南省行政执法监督平台录入案件', [['湖南省行政执法监督平台', 'system']]],
    // Quoted names listed before one platform word are each a platform.
    ['深化“粤省事”“穗好办”等平台应用', [['粤省事', 'system'], ['穗好办', 'system']]],
    ['依托“浙里办”、“浙政钉”APP办理', [['浙里办', 'app'], ['浙政钉', 'app']]],
    ['用好“学习强国”等平台', [['学习强国', 'system']]],
    ['依托“浙里执法”应用实现全流程网上办理', [['浙里执法', 'app']]],
    // A province's government service hall and legal-service site, named by the place alone.
    ['依托四川政务服务网和“12348”广西法网,实现全程网办', [['四川政务服务网', 'website'], ['12348广西法网', 'website']]],
    ['推广使用“12348”公共法律服务热线和湖北法律服务网,引导群众网上办', [['湖北法律服务网', 'website']]],
    ['推进常德市法治政府建设综合管理平台上线运行', [['常德市法治政府建设综合管理平台', 'system']]],
    // 都 ("all") ends a phrase, but not inside the name of a place (成都市, 三都水族自治县).
    ['通过成都市成华区人民政府门户网站主动公开信息186条', [['成都市成华区人民政府门户网站', 'website']]],
    ['通过三都水族自治县人民政府门户网站主动公开政府信息', [['三都水族自治县人民政府门户网站', 'website']]],
    ['执法信息及时录入宁夏回族自治区行政执法监督平台', [['宁夏回族自治区行政执法监督平台', 'system']]],
    ['依托12389公安机关举报投诉平台受理群众投诉', [['12389公安机关举报投诉平台', 'system']]],
    // A name read on across a joining word, from the place that opens it; a province's digital applications.
    ['执法信息全部通过四川省行政执法与监督平台公开', [['四川省行政执法与监督平台', 'system']]],
    ['依托浙江省大综合一体化执法监管数字应用,推行综合查一次', [['浙江省大综合一体化执法监管数字应用', 'system']]],
    ['推动常德市法治政府建设综合管理平台与省级平台对接', [['常德市法治政府建设综合管理平台', 'system']]],
    // A place before the medium word (网上) opens the name; launching one is no part of it.
    ['申请人可通过广东省网上行政复议平台提交申请', [['广东省网上行政复议平台', 'system']]],
    ['上线济宁高新区企业服务云平台,整合政策发布', [['济宁高新区企业服务云平台', 'system']]],
    // The country's systems, named as such (across 与 too), without the department that runs them.
    ['依托全国校外教育培训监管与服务综合平台实行全流程监管', [['全国校外教育培训监管与服务综合平台', 'system']]],
    ['全面运用全国应急管理执法信息化系统办案', [['全国应急管理执法信息化系统', 'system']]],
    ['依托教育部全国青少年普法网组织学生学习', [['全国青少年普法网', 'website']]],
    // A government's site named 政府网.
    ['通过竹山县人民政府网公开各类信息', [['竹山县人民政府网', 'website']]],
    // A bureau's systems of enforcement and monitoring; 指 of 指挥 is no boundary.
    ['依托湖北省生态环境移动执法系统和污染源自动监控平台,运用无人机巡查', [['湖北省生态环境移动执法系统', 'system'], ['污染源自动监控平台', 'system']]],
    ['依托白云区数字城管指挥平台开展非现场执法', [['白云区数字城管指挥平台', 'system']]],
    // Public service lines by their numbers.
    ['畅通12328交通运输服务监督电话,依托12316三农服务热线受理咨询', [['12328交通运输服务监督电话', 'hotline'], ['12316三农服务热线', 'hotline']]],
    // 在线 (online) inside a national system's name, not 在 (at) before it.
    ['依托全国劳动人事争议在线调解服务平台开展在线调解214件', [['全国劳动人事争议在线调解服务平台', 'system']]],
    // A quoted scheme opens a name, past the walk's limit too; a quoted service number stays a number.
    ['执法人员入企前通过浙江省“大综合一体化”行政执法监管数字应用亮码登记', [['浙江省大综合一体化行政执法监管数字应用', 'system']]],
    ['依托山东省“双随机、一公开”监管工作平台开展部门联合抽查', [['山东省双随机、一公开监管工作平台', 'system']]],
    ['依托“12348”四川法网开展咨询', [['12348四川法网', 'website']]],
    // The quoted name before a kind of government service platform is the platform's.
    ['依托“秦务员”政务服务平台,推广“粤商通”移动政务服务平台', [['秦务员', 'system'], ['粤商通', 'system']]],
    // 全面应用, the verb, before a national system.
    ['全面应用全国应急管理执法信息化系统,执法计划全程网上流转', [['全国应急管理执法信息化系统', 'system']]],
    ['黄柏乡、花桥镇试点农村集体“三资”监管平台全流程线上交易', [['农村集体三资监管平台', 'system']]],
  ])('finds the platforms of %s', (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it.each([
    ['充分利用标语、宣传资料、公众号等媒介,切实宣传活动'],
    ['完善政务服务平台,打造优质营商环境'],
    ['依托“两个平台”提升基础治理效能'],
    ['搭建“解纷小院”联动联调平台'],
    ['全省公安系统开展专项行动'],
    // Across a joining word after a body, two things (乐山市大数据中心|和|公共资源交易平台).
    ['依托乐山市大数据中心和公共资源交易平台'],
    ['推进夹江县政府与市场主体沟通平台建设'],
    ['推广网上办事平台,依托省网上办事大厅'],
    ['在处罚决定书平台出件率等各项指标上'],
    ['重塑区域性解纷工作平台体系架构'],
    ['依托“两个平台”“三个中心”等平台'],
    ['开展“法律进企业”“法律进社区”等活动'],
    // A sector's offices across a unit; a platform of every level; 政府网格.
    ['在全市应急管理系统执法案卷评比中获奖'],
    ['街道、社区两级公共法律服务平台共接待咨询'],
    ['推进县政府网格化管理'],
    ['全市公安执法系统开展大练兵'],
    ['拨打电话12345678反映问题'],
    ['加快建设城市大脑'],
    ['依托在线调解服务平台受理纠纷'],
  ])('finds none in %s', (text) => {
    expect(forms(text)).toEqual([]);
  });
});

describe('platformFormRecognizer', () => {
  it('folds the variants of one quoted platform into one name', () => {
    const text = '依托“乡镇(街道)合法性审查”平台,落实主体责任。依托“乡镇合法性审查”线上平台,规范审查流程。';
    const found = runRecognizers(text, ISSUERS.get('澥浦镇')!, [platformFormRecognizer]);
    expect(found.map((m) => m.name)).toEqual(['乡镇(街道)合法性审查', '乡镇(街道)合法性审查']);
    expect(expectAligned(text, found)).toEqual([]);
  });

  it('gives a platform found by form the name the gazetteer knows it by', () => {
    const found = runRecognizers('引导群众下载皖事通APP,依托“津治通”平台处置事件', ISSUERS.get('乔口镇')!, [platformFormRecognizer]);
    expect(found.map((m) => m.name)).toEqual(['皖事通', '津治通']);
  });

  it("names a government's portal written with a level word after the unit it points at", () => {
    const text = '通过区政府门户网站、镇政府网站公开,在长沙市望城区人民政府门户网站公示,区政府网转载';
    const found = runRecognizers(text, ISSUERS.get('乔口镇')!, [platformFormRecognizer]);
    expect(found.map((m) => m.name).sort()).toEqual(['乔口镇人民政府门户网站', '望城区人民政府门户网站', '望城区人民政府门户网站', '长沙市望城区人民政府门户网站']);
    expect(expectAligned(text, found)).toEqual([]);
  });

  it('names a bare service number after the hotline of the gazetteer', () => {
    const found = runRecognizers('群众可拨打“12345”热线反映诉求', ISSUERS.get('乔口镇')!, [platformFormRecognizer]);
    expect(found.map((m) => m.name)).toEqual(['12345政务服务便民热线']);
  });
});

describe('platformGazetteerRecognizer', () => {
  it('finds 政府门户网站 and leaves 社区通过 alone', () => {
    const text = '已在政府门户网站公示执法事项,八个社区通过平台共开展了272次特色活动';
    const found = runRecognizers(text, ISSUERS.get('澥浦镇')!, [platformGazetteerRecognizer]);
    expect(found.map((m) => m.name)).toEqual(['政府门户网站']);
  });

  it('finds the apps of provinces and cities, not the app inside a place (北京通州区)', () => {
    const text = '推广使用“渝快政”和“穗好办”,依托“京通”征集线索,北京通州区群众';
    const found = runRecognizers(text, ISSUERS.get('澥浦镇')!, [platformGazetteerRecognizer]);
    expect(found.map((m) => m.name)).toEqual(['渝快政', '穗好办', '京通']);
  });

  it('finds the loudspeakers of the villages and the enforcement app of Zhejiang by name', () => {
    const text = '通过“村村响”广播和“浙江执法”应用推送普法内容';
    const found = runRecognizers(text, ISSUERS.get('澥浦镇')!, [platformGazetteerRecognizer]);
    expect(found.map((m) => m.name)).toEqual(['村村响', '浙江执法']);
  });

  it('finds the systems of a province by their full names as one platform', () => {
    const text = '依托“粤平安”社会治理云平台和粤智助政府服务自助机化解纠纷';
    const found = runRecognizers(text, ISSUERS.get('三乡镇')!, [platformGazetteerRecognizer]);
    expect(found.map((m) => [m.name, m.surface])).toEqual([
      ['粤平安', '“粤平安”社会治理云平台'],
      ['粤智助', '粤智助政府服务自助机'],
    ]);
  });
});
