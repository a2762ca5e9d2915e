import { describe, expect, it } from 'vitest';
import { findOrganizations, organizationRecognizer } from '../../../src/extract/recognizers/organizations.js';
import { expectAligned, ISSUERS, runRecognizers } from './body-test-context.js';

const names = (text: string) => findOrganizations(text).map((o) => o.name);

describe('findOrganizations', () => {
  it.each([
    ['积极对接路劲集团,协助完成招商引资工作', ['路劲集团']],
    // A company's registered name opens with its place, after the community it serves; 协调 ends a name.
    ['幸福社区兰州鑫源物业管理有限公司撤场后,协调东岗村股份经济合作社接管', ['兰州鑫源物业管理有限公司', '东岗村股份经济合作社']],
    ['阳光花园物业服务有限公司提供服务', ['阳光花园物业服务有限公司']],
    // A works with a name of its own, not the public works of a place.
    ['走访肥城市宏达茶叶加工厂,加强县城污水处理厂、石横镇污水处理厂和第二水厂监管,检查辖区茶叶加工厂15家', ['肥城市宏达茶叶加工厂']],
    // Two things joined before 商会 are no chamber's name; 祥和商会 is one.
    ['聘请法律顾问和商会会员中的企业家,祥和商会参与调解', ['祥和商会']],
    // Teams of volunteers, quoted names and all.
    ['组织青山街道“蓝马甲”志愿者服务队开展宣传,组建“明理学堂”普法志愿服务队', ['青山街道“蓝马甲”志愿者服务队', '“明理学堂”普法志愿服务队']],
    ['利用襄阳商会、津贸投协会等企业资源,拓展招商渠道', ['襄阳商会', '津贸投协会']],
    ['年度累计走访路劲地产、路劲物业、稻和餐饮、安华物业、苑新菜市场等9家辖区企业', ['路劲地产', '路劲物业', '稻和餐饮', '安华物业', '苑新菜市场']],
    ['与浙江绿城物业服务集团有限公司签订物业服务协议', ['浙江绿城物业服务集团有限公司']],
    ['妥善处置深圳市芯联智造科技有限公司经营困难引发的欠薪', ['深圳市芯联智造科技有限公司']],
    ['联合县个体劳动者协会开展诚信经营宣传', ['县个体劳动者协会']],
    ['走访恒达物流、金鑫餐饮等企业', ['恒达物流', '金鑫餐饮']],
    // Registered names longer than a walk, opening with a city and district or a county and township.
    ['对连续两年未参加年度检查的大连市甘井子区凌水湾文化交流协会等7家社会组织依法撤销登记', ['大连市甘井子区凌水湾文化交流协会']],
    ['指导伽师县江巴孜乡甜源瓜果种植农民专业合作社规范经营', ['伽师县江巴孜乡甜源瓜果种植农民专业合作社']],
    // Places of entertainment named with their county; a word before the head (剧本) is no pronoun.
    ['查处栾川县极速网络会所、栾川县星辰网咖,对栾川县谜境剧本娱乐馆未履行备案的行为', ['栾川县极速网络会所', '栾川县星辰网咖', '栾川县谜境剧本娱乐馆']],
    // What kind of firm it is, before its registered name; a school by its 法治副校长; who is owed.
    ['约谈辖区平台企业无锡惠捷同城配送有限公司,督促其公示规则', ['无锡惠捷同城配送有限公司']],
    ['艾玛乡中心小学法治副校长由派出所所长兼任,江巴孜乡中心学校开展法治课', ['艾玛乡中心小学', '江巴孜乡中心学校']],
    ['化解拖欠邢台任远精工机械有限公司货款纠纷', ['邢台任远精工机械有限公司']],
    // State farms and forest farms by their names; kinds of farms are none.
    ['与红旗岭农场、饶河农场签订协议,指导西丰林场开展普法', ['红旗岭农场', '饶河农场', '西丰林场']],
    // A university's campus named by its city in brackets.
    ['联合哈尔滨工业大学(威海)、山东大学(威海)开展“法学院学生进社区”普法志愿服务', ['哈尔滨工业大学(威海)', '山东大学(威海)']],
    ['指导青山村股份经济合作社完善章程', ['青山村股份经济合作社']],
    ['寿光市慈善总会共同参与“法治惠企”活动', ['寿光市慈善总会']],
    ['妥善处置深圳市芯联智造科技有限公司欠薪纠纷', ['深圳市芯联智造科技有限公司']],
    ['深入湖北恒昌纺织集团有限公司走访', ['湖北恒昌纺织集团有限公司']],
    // Village councils and merchants' alliances; a practice called an alliance is none (党建联盟).
    ['各村成立红白理事会、乡贤理事会,组建玉林生活美学街区商家联盟,推进党建联盟建设', ['红白理事会', '乡贤理事会', '玉林生活美学街区商家联盟']],
    // 组织 the noun, not the verb that ends a phrase.
    ['成立酒仙桥街道社区社会组织联合会,培育社区社会组织', ['酒仙桥街道社区社会组织联合会']],
    // Schools and works by name; a cooperative after a verb of support; a count of cooperatives is no name.
    ['联合区检察院在白沙中学开展法治讲座,在乡中心小学举办“法治第一课”', ['白沙中学', '乡中心小学']],
    ['邀请安徽师范大学法学院教授作专题讲座', ['安徽师范大学法学院']],
    ['指导宜兴紫砂工艺厂等32家重点企业完善知识产权制度', ['宜兴紫砂工艺厂']],
    ['依法扶持北牙顺发桑蚕专业合作社、宜州区北牙瑶绣农民专业合作社等8家合作社规范经营', ['北牙顺发桑蚕专业合作社', '宜州区北牙瑶绣农民专业合作社']],
    // A place that opens with a numeral's character (四川); a branch of an association, whole.
    ['为四川夹江鑫瑞陶瓷有限公司等42家陶瓷企业开展法治体检', ['四川夹江鑫瑞陶瓷有限公司']],
    ['组织洛阳市物业管理协会涧西分会开展行业自律', ['洛阳市物业管理协会涧西分会']],
    ['邀请县个体私营企业协会、芜湖经济技术开发区企业联合会参加', ['县个体私营企业协会', '芜湖经济技术开发区企业联合会']],
    // 解决 ends the words before a name; 厂房 after a company opens no name of its own.
    ['协调解决晋江市鑫达纺织科技有限公司厂房产权登记', ['晋江市鑫达纺织科技有限公司']],
    // Verbs of enforcement end the words before a company; a registered name opens with its place,
    // even where the walk back met a word that ends phrases inside it (三都, 聂都: 都 "all"), or no
    // such word at all before the limit (…服务企业|北京…, …科技园内|北京…).
    ['依法查处宜章县莽山源食品有限公司销售过期食品案,立案查处宜章县华鑫建材有限公司', ['宜章县莽山源食品有限公司', '宜章县华鑫建材有限公司']],
    ['走访三都九阡酒业有限公司、贵州水乡马尾绣文化产业有限公司等企业56家', ['三都九阡酒业有限公司', '贵州水乡马尾绣文化产业有限公司']],
    ['扶持崇义县聂都竹木制品有限公司发展', ['崇义县聂都竹木制品有限公司']],
    // 辖区 before a company says where it works.
    ['会同区房管局对辖区上海荣古物业服务有限公司开展检查', ['上海荣古物业服务有限公司']],
    // A conjunction right after a place is part of the registered name the place opens.
    ['业主与扬州和润物业管理有限公司产生纠纷,街道和华为技术有限公司合作', ['扬州和润物业管理有限公司', '华为技术有限公司']],
    // A verb that grows or polishes a brand ends the phrase before its quoted name.
    ['四是壮大“滨江蓝”法治志愿服务队,持续擦亮普法品牌', ['“滨江蓝”法治志愿服务队']],
    // 都 before a noun is part of a brand (锦都, 瑶都), not "all".
    ['依法查处绍兴锦都酒店管理有限公司未按规定设置油烟净化设施案', ['绍兴锦都酒店管理有限公司']],
    ['指导金秀瑶都康养旅游有限公司完善劳动合同,各企业都建立了法律顾问制度', ['金秀瑶都康养旅游有限公司']],
    ['引入专业物业服务企业北京德康物业管理有限公司,物业类诉求同比下降38%', ['北京德康物业管理有限公司']],
    ['走访德胜科技园内北京新元智联科技有限公司等企业', ['北京新元智联科技有限公司']],
    // 联合 ends the phrase though towns are called so: it is no place opening the name.
    ['联合重庆建设工业(集团)有限责任公司开展法治宣传', ['重庆建设工业(集团)有限责任公司']],
    ['对宜章县玉溪镇鑫旺加油站、宜章县白石渡镇丰收农资经营部开展检查', ['宜章县玉溪镇鑫旺加油站', '宜章县白石渡镇丰收农资经营部']],
    // Social-work agencies are non-profit organizations.
    ['委托成都市成华区益邻社会工作服务中心开展“社工+律师”调解,委托成都市成华区和信社工服务中心开展帮扶', ['成都市成华区益邻社会工作服务中心', '成都市成华区和信社工服务中心']],
    // A joining word inside a registered name that opens with a place (和平区, 嘉和悦, 楚天即送).
    ['联合天津市和平区小白楼商会、四川嘉和悦物业管理有限公司开展服务', ['天津市和平区小白楼商会', '四川嘉和悦物业管理有限公司']],
    ['走访湖北楚天即送网络科技有限公司、广州市北京路天和百货有限公司', ['湖北楚天即送网络科技有限公司', '广州市北京路天和百货有限公司']],
    // …but not across a list of two, nor after a firm's or a body's name.
    ['走访广州都府餐饮管理有限公司和广州禺山文化旅游发展有限公司', ['广州都府餐饮管理有限公司', '广州禺山文化旅游发展有限公司']],
    ['联合四川蓉信律师事务所和玉林生活美学街区商家联盟开展活动', ['玉林生活美学街区商家联盟']],
    ['联合乐清市人民法院柳市人民法庭和柳市商会设立共享法庭', ['柳市商会']],
    ['小区业主委员会依法开展物业选聘,引入武汉墩兴物业服务有限公司', ['武汉墩兴物业服务有限公司']],
    // A team's quoted brand lengthens its name; a community that opens it with a numeral or 和.
    ['志愿者860余名。四方堰社区“红袖标”平安巡逻志愿服务队坚持每天巡逻', ['四方堰社区“红袖标”平安巡逻志愿服务队']],
    ['文明劝导;祥和里社区“银发调解”志愿服务队参与调解', ['祥和里社区“银发调解”志愿服务队']],
    // Shops named with their place; 又 inside a brand (好又多).
    ['检查宜章县玉溪镇好又多超市、崇义县横水镇百味源食品店', ['宜章县玉溪镇好又多超市', '崇义县横水镇百味源食品店']],
  ])('finds the organizations of %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['服务化工、光伏、电子科技等企业33家,获得企业一致好评'],
    ['督促物业公司履行管理责任'],
    // A list that holds a bare kind of place lists kinds of places, not firms.
    ['联合开展农贸市场、冷链食品、药店等重点场所检查'],
    ['发展家庭农场12家,推进国有林场改革,发展林场经济'],
    ['对初村镇大学城片区城市更新开展合法性审查,推进“学前学会普通话”行动'],
    // 公司 before what a company has (治理, 章程) is the word, not the end of a name.
    ['出台合规指引,涵盖公司治理、劳动用工;帮助企业修订公司章程'],
    ['推行法律顾问制度和公职律师公司律师制度'],
    // Every one of a kind across a unit.
    ['新增普惠性学位540个,全市普惠性幼儿园覆盖率达93.2%'],
    ['对该店进行处罚,督促门店整改,参观晋江市五店市传统街区'],
    // Counts and parties, not names (两家公司; 业主与|…公司 joins two parties).
    ['走访3家企业和两家公司'],
    ['推进法治建设、法治文化与民俗文化、乡土文化融合发展'],
    ['联合县妇女联合会开展宣传'],
    ['对相关企业开展检查,规范市场、净化环境'],
    // A list of works in progress, not of firms.
    ['推进高标准农田、农田水利建设,做好平安建设、法治文化'],
    // Kinds of body named by whom they gather (老年大学, 牧民合作社, 商协会, 宗亲理事会), and a place's
    // premises (辖区|茶叶加工厂, 周边|酒店).
    ['依托社区老年大学开展普法,引导牧民合作社、商协会和宗亲理事会参与调解'],
    ['对辖区茶叶加工厂、小水电站开展排查,检查莽山国家森林公园周边酒店'],
    // 公司法, 合作社法 are laws, not a company or a cooperative.
    ['举办新公司法专题讲座,深入宣传农民专业合作社法'],
    // Study, pupils and schools as a kind; the schools that train officials; a factory's buildings.
    ['理论学习中心组全年集中学法12次,组织新招录的大学生参加培训'],
    ['联合辖区中小学、幼儿园开展法治教育,走进农村小学'],
    ['邀请市委党校、省行政学院专家授课'],
    ['排查出租厂房、工厂仓库消防隐患'],
    ['海淀区学院路街道推行“小巷管家”'],
    ['新胜社区、电厂社区、石横特钢厂社区'],
    // Kinds of associations and the verbs before them, no name.
    ['市领导每月挂钩联系行业协会和重点企业'],
    // The ranks of volunteers; an honour's title after the verb that awards it.
    ['二是壮大志愿服务队伍,规范志愿服务'],
    ['2支队伍获评成华区优秀志愿服务队'],
    ['对口联系全市19个镇(街道)商会和38家行业协会'],
    ['开展行业协会商会乱收费专项清理,规范农民专业合作社发展'],
    ['开展“法治宣传进商会”活动,亲自协调解决商会调解组织场地'],
    ['在全市规模以上企业、商会和行业协会推进人民调解组织建设'],
    // A criminal gang is no company.
    ['打掉恶势力犯罪集团2个,破获电信网络诈骗集团案件'],
  ])('finds none in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('organizationRecognizer', () => {
  it('skips names inside a title and keeps offsets aligned', () => {
    const text = '按照《关于推行法律顾问制度和公职律师公司律师制度的实施意见》要求,积极对接路劲集团。';
    const found = runRecognizers(text, ISSUERS.get('鲁山道街道')!, [organizationRecognizer]);
    expect(found.map((m) => m.name)).toEqual(['路劲集团']);
    expect(expectAligned(text, found)).toEqual([]);
  });

  it("names a chamber or association of the town's own level after the town, and leaves 市场 alone", () => {
    const names = (text: string) => runRecognizers(text, ISSUERS.get('乔口镇')!, [organizationRecognizer]).map((m) => m.name);
    expect(names('镇商会建成商会调解室')).toEqual(['乔口镇商会']);
    expect(names('区个体劳动者协会参加,市场监管协会参加')).toEqual(['望城区个体劳动者协会', '市场监管协会']);
  });
});
