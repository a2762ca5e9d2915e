import { describe, expect, it } from 'vitest';
import { institutionGazetteerRecognizer, institutionRecognizer } from '../../../src/extract/recognizers/institutions.js';
import { getExtractContext } from '../../../src/pipeline/create-context.js';
import { extractDocument } from '../../../src/pipeline/extract-document.js';
import { readDocument } from '../../../src/ingest/read-document.js';
import { expectAligned, ISSUERS, runRecognizers } from './body-test-context.js';

function institutions(text: string, issuer: string) {
  return runRecognizers(text, ISSUERS.get(issuer)!, [institutionGazetteerRecognizer, institutionRecognizer]).filter((m) => m.label === 'Institution');
}

function names(text: string, issuer: string): string[] {
  return [...new Set(institutions(text, issuer).map((m) => m.name))];
}

describe('institutionRecognizer on sentences of the sample reports', () => {
  it.each([
    ['练塘镇', '镇党委书记、镇法治建设委员会主任张兵,镇党委副书记、镇长', ['练塘镇党委', '练塘镇法治建设委员会']],
    ['练塘镇', '司法所、团委等部门积极针对青少年重点群体开展宣传', ['练塘镇司法所', '练塘镇团委']],
    ['练塘镇', '及时成立练塘镇疫情防控工作领导小组,始终把疫情防控作为头等政治任务', ['练塘镇疫情防控工作领导小组']],
    ['练塘镇', '组建完善练塘镇法治建设委员会,下设办公室及法治政府建设协调小组、守法普法协调小组。', ['练塘镇法治建设委员会', '法治政府建设协调小组', '守法普法协调小组']],
    ['练塘镇', '当前各街镇法治建设委员会办公室普遍设在司法所', ['法治建设委员会办公室', '练塘镇司法所']],
    ['练塘镇', '根据区委依法治区办《关于做好2022年度述法工作的通知》要求', ['青浦区委依法治区办']],
    ['练塘镇', '根据市委依法治市办对于街镇法治政府建设相关要求', ['上海市委依法治市办']],
    ['练塘镇', '中共青浦区练塘镇委员会法治建设委员会', ['练塘镇法治建设委员会']],
    ['练塘镇', '每月保证每个村居公共法律服务工作室两次法律顾问现场咨询服务', ['村居公共法律服务工作室']],
    ['练塘镇', '在工作站增设公证联络点,做好对接工作', ['公证联络点']],
    ['练塘镇', '贯彻落实党中央重要决策部署', ['党中央']],
    ['河堰镇', '在区委、区政府的正确领导下,在区司法局的具体指导下', ['开州区委', '开州区政府', '开州区司法局']],
    ['河堰镇', '紧紧围绕区委区政府中心工作', ['开州区委', '开州区政府']],
    ['河堰镇', '严格落实中办、国办《信访工作责任制实施办法》', ['中办', '国办']],
    ['澥浦镇', '充分发挥村(社)监会、村(社)监察工作联络站作用', ['村(社)监会', '村(社)监察工作联络站']],
    ['澥浦镇', '一年来,村监会、监察联络站查找出廉政风险点42条。村(社)监会、村(社)监察工作联络站', ['村(社)监会', '村(社)监察工作联络站']],
    ['澥浦镇', '政务服务增值化改革相关做法获省纪委省监委、省委改革办等上级部门领导点赞认可', ['省纪委省监委', '省委改革办']],
    ['澥浦镇', '根据中央及省市区部署要求', ['中央']],
    ['澥浦镇', '做实做强镇行政执法指挥室,打通8个村社7个职能科室和执法队之间的协同链路', ['镇行政执法指挥室', '澥浦镇执法队']],
    ['鲁山道街道', '鲁山道街道充分发挥法治建设工作领导小组作用', ['法治建设工作领导小组']],
    ['鲁山道街道', '按照2023年天津市委全面依法治市委员会办公室关于督查河东区的反馈意见。针对市委依法治市办督察反馈', ['天津市委全面依法治市委员会办公室']],
    ['鲁山道街道', '街道综合执法大队将学习作为必修课。执法大队自行组织了法制培训12次。鲁山道街道执法大队共巡查', ['鲁山道街道综合执法大队']],
    ['鲁山道街道', '积极参加区司法局和执法支队组织的法制培训', ['河东区司法局', '执法支队']],
    ['鲁山道街道', '把习近平法治思想作为理论学习中心组、机关党小组重点学习内容', ['理论学习中心组', '机关党小组']],
    ['三乡镇', '组织三乡镇普法宣传队不定期开展送法进村居活动', ['三乡镇普法宣传队']],
    ['三乡镇', '增设三乡镇公共法律服务工作站商会联络点及三乡镇商事纠纷多元化解中心中山温泉服务站、泉林欢乐世界服务站', ['三乡镇公共法律服务工作站商会联络点', '三乡镇商事纠纷多元化解中心中山温泉服务站', '泉林欢乐世界服务站']],
    ['三乡镇', '分别在三乡镇雍陌村、古鹤村成立“法润乡风”乡村振兴法律服务工作站', ['法润乡风乡村振兴法律服务工作站'.replace('法润乡风', '“法润乡风”')]],
    ['三乡镇', '以镇政府名义发布的规范性文件。镇党委、政府相关负责人出庭应诉4宗', ['三乡镇人民政府', '三乡镇党委']],
  ])('finds in the report of %s: %s', (issuer, text, expected) => {
    expect(names(text, issuer)).toEqual(expected);
  });
});

describe('institutionRecognizer on sentences of the same form from other provinces', () => {
  it.each([
    ['安吉县', '县委书记李明主持召开县委全面依法治县委员会会议', ['安吉县委', '安吉县委全面依法治县委员会']],
    ['安吉县', '县委政法委、县司法局联合开展专项行动', ['县委政法委', '安吉县司法局']],
    // A party committee's department before a verb said of a body (指导, 牵头).
    ['安吉县', '在县委政法委指导下,县委组织部牵头开展培训', ['县委政法委', '县委组织部']],
    // A development zone's short name opens its bodies' names as a place does.
    ['安吉县', '稀土高新区党工委书记主持召开会议,在稀土高新区人民法院支持下开展调解', ['稀土高新区党工委', '稀土高新区人民法院']],
    // A bureau's legal section, bare; the words of taking charge before a body end its name.
    ['安吉县', '领导小组办公室设在法制股,政策法规科科长蔡志强负责领导小组办公室日常工作', ['法制股', '政策法规科']],
    // Party committees of business districts and office towers, named by what they gather.
    ['鲁山道街道', '街道成立唐家墩楼宇联合党委,依托北京路步行街商圈党委开展服务,联合党委每月开会', ['唐家墩楼宇联合党委', '北京路步行街商圈党委']],
    ['安吉县', '县行政复议局受理行政复议案件46件', ['安吉县行政复议局']],
    // A county has many 司法所 and 派出所, none of its own: the bare word stays general.
    ['安吉县', '司法所、派出所联合排查矛盾纠纷', ['司法所', '派出所']],
    ['安吉县', '集体讨论决定后报县司法局备案', ['安吉县司法局']],
    // 带领 ends the words before a body's name (a person and the title before it are no part of it).
    ['安吉县', '县司法局局长石明芳带领司法所干部办理法律援助案件', ['安吉县司法局', '司法所']],
    // A province's departments, places of detention, and teams that speak (宣讲队, 讲师团, 服务团).
    ['安吉县', '在省公安厅指导下,县看守所开展监所检察', ['浙江省公安厅', '安吉县看守所']],
    ['安吉县', '组建苗汉双语普法宣讲队、两山普法讲师团和战疫法律服务团,成立法律明白人小分队', ['苗汉双语普法宣讲队', '两山普法讲师团', '战疫法律服务团', '法律明白人小分队']],
    ['安吉县', '“三团”指百事服务团、道德评判团和法律服务团', ['百事服务团', '法律服务团']],
    ['安吉县', '县司法局副局长刘会敏同志带领行政执法监督科', ['安吉县司法局', '行政执法监督科']],
    // A town whose name ends in a level word, before a head that opens with its own (韦州|镇人民政府).
    ['韦州镇', '2023年,韦州镇人民政府坚持依法行政', ['韦州镇人民政府']],
    // The issuer's short name before a body (韦州|市场监管所): a place, not the 州 of a prefecture.
    ['韦州镇', '镇政府联合韦州市场监管所开展检查,县公安局韦州派出所协助', ['韦州镇人民政府', '韦州市场监管所', '同心县公安局', '韦州派出所']],
    // A township's station after the county's bureau is a body of its own (县市场监督管理局|韦州市场监管所);
    // a part named relative to its bureau stays in its name (县公安局治安大队, 国家税务总局…税务局).
    ['韦州镇', '联合县市场监督管理局韦州市场监管所、县人民法院城关人民法庭、县公安局治安大队检查', ['同心县市场监督管理局', '韦州市场监管所', '同心县人民法院', '城关人民法庭', '县公安局治安大队']],
    // Elsewhere a word before 州 stays a word (温州 is a city: its name is kept whole).
    ['乔口镇', '推动芜湖市温州商会调解中心调解纠纷,配合杭州市场监管所', ['芜湖市温州商会调解中心', '杭州市场监管所']],
    ['安吉县', '法制、刑侦、治安、网安等警种常驻中心办公,明确进出中心的案件范围', []],
    // 聘请 and, for bodies, 推进 end the words before a name.
    ['安吉县', '全镇13所中小学聘请派出所民警担任法治副校长', ['派出所']],
    // The townships of a county, each its own committee: no body of the county.
    ['安吉县', '在全县乡镇党委书记述法评议会上作述法报告', []],
    ['安吉县', '(一)县委依法治县办统筹推进全县法治建设', ['安吉县委依法治县办']],
    ['乔口镇', '与湖南天地人律师事务所、望城区丁字湾法律服务所签订法律服务协议', ['望城区丁字湾法律服务所']],
    ['乔口镇', '积极配合区司法局开展普法宣传', ['望城区司法局']],
    ['乔口镇', '我镇司法所联合镇综治中心排查矛盾纠纷', ['乔口镇司法所', '乔口镇综治中心']],
    ['乔口镇', '成立乡村振兴工作领导小组,统筹推进', ['乡村振兴工作领导小组']],
    // Verbs and quantifiers before a body end the words before its name.
    ['乔口镇', '合法性审查工作主要依靠司法所,而部分司法所人员不足', ['乔口镇司法所']],
    ['乔口镇', '六是加强司法所规范化建设', ['乔口镇司法所']],
    ['乔口镇', '排查线索全部移交乔口派出所依法处理', ['乔口派出所']],
    ['乔口镇', '充实乔口镇法治建设领导小组成员', ['乔口镇法治建设领导小组']],
    ['乔口镇', '在司法所加挂行政执法协调监督工作站', ['乔口镇司法所', '行政执法协调监督工作站']],
    ['乔口镇', '全镇124个村(社区)人民调解委员会实现全覆盖', ['村(社区)人民调解委员会']],
    // 名 after a count ends it (26名|村党支部书记, whatever 名村 the segmenter reads); 部分 is read
    // before the town whose name it overlaps (部分|乡镇, not 部|分乡镇).
    ['乔口镇', '组织26名村党支部书记现场述法', ['村党支部']],
    // 会同 the verb before 县委, though 会同县 is a county (two bodies, not 县司法局会同县委…); a coastal
    // county's bureau of the sea and fisheries.
    ['安吉县', '县司法局会同县委台港澳办设立涉台法律服务窗口', ['安吉县司法局', '安吉县委']],
    ['安吉县', '县海洋与渔业局联合六鳌镇开展海漂垃圾整治', ['安吉县海洋与渔业局']],
    // A district planned around a centre is no body; nor is a centre named before (驻中心律师).
    ['安吉县', '涉及真如城市副中心开发建设等6项重大行政决策', []],
    ['安吉县', '律师调解工作室常驻中心。由驻中心律师释法说理', ['律师调解工作室']],
    // Taking people into a body (吸收进) ends the words before it.
    ['安吉县', '推选寨老、歌师1126人,吸收进村人民调解委员会', ['村人民调解委员会']],
    ['乔口镇', '一是部分乡镇综合行政执法队执法人员少', ['综合行政执法队']],
    // 依法治镇: the level word is the object of 治, inside the name.
    ['乔口镇', '镇党委及时调整乔口镇全面依法治镇工作领导小组', ['乔口镇党委', '乔口镇全面依法治镇工作领导小组']],
    // 党组织 is no 党组, 镇中心学校 no 中心 of the town.
    ['乔口镇', '推动社区党组织、业委会协同,组织镇中心学校开展宪法晨读', []],
    ['乔口镇', '听取区委依法治区办工作汇报,建强综治中心', ['望城区委依法治区办', '乔口镇综治中心']],
    // A department whose name holds 和, and the 局 of 局长 after a bureau.
    ['乔口镇', '配合国家公园管理部门和区林业和草原局开展专项行动', ['望城区林业和草原局']],
    ['乔口镇', '区司法局局长带队调研', ['望城区司法局']],
    // A county-level city's committee named whole (桐乡市委), a city's short name (温州) inside a name.
    ['乔口镇', '组织召开桐乡市委依法治市办会议', ['桐乡市委依法治市办']],
    ['乔口镇', '推动芜湖市温州商会调解中心调解纠纷', ['芜湖市温州商会调解中心']],
    // 局办 are bureaus and offices in general; 中心渔港 is a harbour.
    ['乔口镇', '街道和部分局办缺少法律专业人员,在乔口中心渔港设立宣传栏', []],
    // A county far away whose name opens with a conjunction or a verb (和县, 会同县) is that word and a level word.
    ['乔口镇', '根据《突发事件应对法》和县疫情防控指挥部通告,会同区人力资源和社会保障局开展检查', ['县疫情防控指挥部', '望城区人力资源和社会保障局']],
    ['乔口镇', '认真履行区委依法治区办职责,镇综合行政执法办公室统筹派出所开展整治', ['望城区委依法治区办', '镇综合行政执法办公室', '乔口镇派出所']],
    ['乔口镇', '充分发挥镇矛盾纠纷调处化解中心作用', ['乔口镇矛盾纠纷调处化解中心']],
    ['乔口镇', '依托市公共法律服务中心和镇公共法律服务工作站', ['长沙市公共法律服务中心', '乔口镇公共法律服务工作站']],
    ['乔口镇', '接受镇人大主席团监督,邀请区人民法院法官授课', ['乔口镇人大主席团', '望城区人民法院']],
    ['千灯镇', '市委依法治市办对我镇开展督察', ['昆山市委依法治市办']],
    ['乔口镇', '中共长沙市望城区乔口镇委员会', ['乔口镇党委']],
    ['安吉县', '县委依法治县办牵头,各乡镇(街道)司法所全面参与', ['安吉县委依法治县办', '司法所']],
    ['乔口镇', '中共南昌市东湖区豫章街道工作委员会', ['豫章街道党工委']],
    ['安吉县', '中共安吉县委全面依法治县委员会', ['安吉县委全面依法治县委员会']],
    // Verbs that end a name on its left: 共建, 具体负责, 争创, 共有, …化运行; 不 inside 不动产, 中心 before 组建.
    ['乔口镇', '与区人民法院共建诉前调解工作室,全区共有人民调解委员会261个', ['望城区人民法院', '诉前调解工作室']],
    ['乔口镇', '具体负责政策法规局工作,实体化运行乔口镇社会治理中心', ['政策法规局', '乔口镇社会治理中心']],
    ['乔口镇', '县不动产登记中心推行一窗受理,镇企业服务中心组建专员队伍', ['县不动产登记中心', '镇企业服务中心']],
    // A verb that takes a body as its object is no name of it.
    ['乔口镇', '审查居委会、业委会合同和议事规则,全年审查管委会文件', []],
    // The bare office of a leading group is the office of the group named before it; alone it names no body.
    ['乔口镇', '成立乔口镇全面依法治镇工作领导小组,领导小组办公室设在镇司法所', ['乔口镇全面依法治镇工作领导小组', '乔口镇全面依法治镇工作领导小组办公室', '乔口镇司法所']],
    ['乔口镇', '领导小组办公室设在镇司法所', ['乔口镇司法所']],
    // The city's bureau and the town's station are two bodies (昆山市公安局|千灯派出所).
    ['千灯镇', '联合昆山市公安局千灯派出所开展反诈宣传', ['昆山市公安局', '千灯派出所']],
    ['乔口镇', '全年镇党委理论学习中心组集体学法8次', ['镇党委理论学习中心组']],
    ['三乡镇', '在中山市委的正确领导下', ['中山市委']],
    ['乔口镇', '在望城区委、区政府的坚强领导下', ['望城区委', '望城区政府']],
    ['安吉县', '湖州市委高度重视法治建设', ['湖州市委']],
    // A unit whose name ends in a word (成都市: 都市) is read whole, not cut at the boundary word 都.
    ['乔口镇', '成都市武侯区人民政府来我镇考察', ['成都市武侯区人民政府']],
    ['乔口镇', '学习借鉴成都市武侯区司法局的经验', ['成都市武侯区司法局']],
    // The tiers of a network are no body of their own; a body after 纳入 starts after it.
    ['乔口镇', '推进区、街道、社区三级综治中心规范化建设', ['综治中心']],
    ['乔口镇', '将习近平法治思想纳入镇党委理论学习中心组学习内容', ['镇党委理论学习中心组']],
    ['乔口镇', '落实省委办公厅、省政府办公厅《关于全面推行证明事项告知承诺制的实施意见》', ['湖南省委办公厅', '湖南省政府办公厅']],
    // 苏木 is the level word of a township of Inner Mongolia, as 镇 is of a town.
    ['宝力根苏木', '苏木党委书记巴特尔主持召开会议,苏木司法所参加', ['宝力根苏木党委', '宝力根苏木司法所']],
    // The government of an issuer the division tables lack is still its government.
    ['德加乡', '化隆回族自治县德加乡人民政府', ['化隆回族自治县德加乡人民政府']],
    ['德加乡', '德加乡人民政府', ['德加乡人民政府']],
    // 常委 after 区委 is a post (区委常委), no department of the committee.
    ['乔口镇', '区委常委、常务副区长黄志明牵头召开推进会', ['望城区委']],
    // A verb that builds a brand is no part of the body named after it.
    ['乔口镇', '建设“枫桥式”司法所,打造一站式矛盾纠纷调解中心', ['“枫桥式”司法所', '一站式矛盾纠纷调解中心']],
    // A document number's issuer code is no body, however many head words it holds.
    ['乔口镇', '按照《关于做好年度报告工作的通知》(州委依法治州办发〔2023〕2号)要求', []],
    // Verbs of handing over, forming and comparing end a name on its left; so does 任 (serving as)
    // standing alone, but not 任 of 主任; a body's page on a site is the body's.
    ['乔口镇', '对照区委依法治区办下达的任务清单,参照市司法局的做法', ['望城区委依法治区办', '长沙市司法局']],
    ['乔口镇', '镇司法所所长周建平任办公室主任', ['乔口镇司法所']],
    ['乔口镇', '全年接收区人民法院委派的纠纷,转交区法律援助中心办理', ['望城区人民法院', '望城区法律援助中心']],
    ['乔口镇', '在区政府门户网站司法局专栏公开', ['望城区政府', '司法局']],
    // A scope of levels makes the body generic; a kind of area before 区 is no level word.
    ['乔口镇', '推动建立市、县两级行政争议调解中心', ['行政争议调解中心']],
    ['乔口镇', '联合洞庭湖风景名胜区管理委员会开展整治', ['洞庭湖风景名胜区管理委员会']],
    // A slogan of parallel phrases names no body.
    ['乔口镇', '按照“大事政府办、小事社区办、私事自己办”的原则分流', []],
    // A county's bureau of culture with the sectors merged into it; a quoted room's name read whole.
    ['乔口镇', '联合区文化广电体育和旅游局开展检查', ['望城区文化广电体育和旅游局']],
    ['乔口镇', '建成“格桑花调解室”和“和睦之家调解室”两个调解品牌', ['格桑花调解室', '和睦之家调解室']],
    // How often a body is heard, watching a mock trial, the whole of the issuing body: no name of a body.
    ['乔口镇', '每季度听取一次司法所工作汇报,组织青少年观看模拟法庭,全分局持证执法人员21名', ['乔口镇司法所']],
    // A verb of building at a clause's start is the verb, not a far town of that name (建设镇);
    // after a verb, such a town is the object.
    ['乔口镇', '坚持“枫桥经验”,建设镇矛盾纠纷多元化解中心,指导建设镇司法所调解', ['乔口镇矛盾纠纷多元化解中心', '建设镇司法所']],
    // A unit's own team is a body; a team of volunteers is an organization.
    ['乔口镇', '组建乔口镇普法宣传队,组织乔口镇普法志愿者服务队', ['乔口镇普法宣传队']],
  ])('finds in the report of %s: %s', (issuer, text, expected) => {
    expect(names(text, issuer)).toEqual(expected);
  });

  it.each([
    ['乔口镇', '加快建设法治政府、服务型政府和数字政府'],
    ['乔口镇', '紧扣发展大局,构建大调解工作格局,确保社会大局稳定'],
    ['乔口镇', '及时调整领导小组成员名单,召开专题会议'],
    ['乔口镇', '机关和执法科室普遍存在,7个职能科室协同'],
    ['乔口镇', '邀请人大代表、政协委员参与监督'],
    ['乔口镇', '坚持党委领导、政府负责、社会协同'],
    ['河堰镇', '对照《开州区2023年法治政府建设工作要点》(开州府办发〔202344号)等文件'],
    ['河堰镇', '按照《河堰镇党委议事决策制度》,坚持集体讨论决定'],
    ['三乡镇', '执法队伍流动频繁,稳定性差'],
    ['乔口镇', '配合公安、司法部门开展工作'],
    ['乔口镇', '下设办公室,负责日常工作'],
    ['乔口镇', '由镇长杨志刚兼任办公室主任'],
    // A number or a quantity of a kind of body, in a motto.
    ['乔口镇', '实行“一中心四平台一网格”运行,实现“多中心合一”'],
    // A social-work agency is an organization (organizations.ts reads it).
    ['乔口镇', '委托长沙市望城区益邻社会工作服务中心开展帮扶'],
  ])('finds no body in the report of %s: %s', (issuer, text) => {
    expect(names(text, issuer)).toEqual([]);
  });

  it('reads 地区 in the report of one of Beijing\'s 地区 as the issuer, not as the 区 of its district', () => {
    const dongba = {
      name: '东坝地区', level: 'township' as const, code: '110105039', kind: '地区', province: '北京市', city: '北京市', county: '朝阳区',
      parents: [
        { code: '11', name: '北京市', level: 'province' as const, kind: '直辖市' },
        { code: '110105', name: '朝阳区', level: 'county' as const, kind: '区' },
      ],
    };
    const found = runRecognizers('地区综合执法队开展执法检查,地区办事处主任主持会议', dongba, [institutionGazetteerRecognizer, institutionRecognizer]);
    expect(found.map((m) => [m.name, m.attrs?.scope])).toEqual([
      ['东坝地区综合执法队', '110105039'],
      ['东坝地区办事处', '110105039'],
    ]);
    // In a prefecture (阿克苏地区) 地区 is the prefecture: 地区中级人民法院 is 阿克苏地区's.
    const langan = {
      name: '兰干街道', level: 'township' as const, code: '652901001', kind: '街道', province: '新疆维吾尔自治区', city: '阿克苏地区', county: '阿克苏市',
      parents: [
        { code: '65', name: '新疆维吾尔自治区', level: 'province' as const, kind: '自治区' },
        { code: '6529', name: '阿克苏地区', level: 'city' as const, kind: '地区' },
        { code: '652901', name: '阿克苏市', level: 'county' as const, kind: '县级市' },
      ],
    };
    const inPrefecture = runRecognizers('配合地区中级人民法院开展巡回审判', langan, [institutionGazetteerRecognizer, institutionRecognizer]);
    expect(inPrefecture.map((m) => [m.name, m.attrs?.scope])).toEqual([['阿克苏地区中级人民法院', '6529']]);
    // Elsewhere the 区 of 地区 is no level word: 贫困地区司法所 is not 望城区's 司法所.
    expect(names('加大对贫困地区司法所的支持', '乔口镇')).toEqual(['贫困地区司法所']);
  });

  it('ends a body\'s name at 推进 before it (推进|执法办案管理中心)', () => {
    const found = names('健全法治公安建设领导体制;二是推进执法办案管理中心智能化升级', '安吉县');
    expect(found.filter((n) => n.includes('推进'))).toEqual([]);
  });

  it('ends a body\'s name at 分管 and at a pronoun right before its head word (审核|本局)', () => {
    expect(names('党组成员、副局长王晓燕分管政策法规科、执法监督科', '安吉县')).toEqual(['政策法规科', '执法监督科']);
    expect(names('全年审核本局拟制规范性文件2件,审核我局重大执法决定3件', '安吉县').filter((n) => n.includes('审核'))).toEqual([]);
  });

  it('reads a bureau\'s units of management, supervision, registration and rescue, and its sections', () => {
    // Named as written when a description comes before the kind's word; scoped when the level word does.
    expect(names('县道路运输管理所、县地方海事处、县建设工程质量安全监督站、县婚姻登记处、县救助管理站联合开展检查', '安吉县')).toEqual([
      '县道路运输管理所',
      '县地方海事处',
      '县建设工程质量安全监督站',
      '县婚姻登记处',
      '安吉县救助管理站',
    ]);
    expect(names('局物业管理股、房地产市场监管股负责日常监管,县法律援助处受理申请', '安吉县')).toEqual(['局物业管理股', '房地产市场监管股', '安吉县法律援助处']);
  });

  it('reads a township\'s stations, a body that handles things (处置中心), and districts\' commissions', () => {
    expect(names('由司法所牵头,镇国土规建环保安监站、镇林业站参与勘界', '三乡镇')).toEqual(['三乡镇司法所', '镇国土规建环保安监站', '三乡镇林业站']);
    expect(names('街道市民诉求处置中心实行日调度,区住房城乡建设委、区城市管理委到场', '乔口镇')).toEqual(['街道市民诉求处置中心', '望城区住房城乡建设委', '望城区城市管理委']);
  });

  it('reads a body named again as its head\'s post once (执法支队支队长), and ends names at 办理, 旁听, 安装, 巩固', () => {
    expect(names('市城市管理综合行政执法支队支队长张国强带队,劳动保障监察大队大队长李明', '安吉县')).toEqual(['市城市管理综合行政执法支队', '劳动保障监察大队']);
    expect(names('办理县人民检察院移送案件3件,带头旁听县人民法院庭审,巩固综治中心建设', '安吉县').filter((n) => /办理|旁听|巩固/.test(n))).toEqual([]);
  });

  it('reads a branch named by its place right after the body it belongs to as one name (…局襄州分局)', () => {
    expect(names('抽查区市场监督管理局、襄阳市生态环境局襄州分局、区农业农村局', '乔口镇')).toContain('襄阳市生态环境局襄州分局');
  });

  it('ends a body\'s name at 报 the verb and at 做响, not at 报 inside a word (举报中心)', () => {
    expect(names('检查计划统一报政策法规局备案', '安吉县')).toEqual(['政策法规局']);
    expect(names('做响科创护航法律服务团品牌', '安吉县')).toEqual(['科创护航法律服务团']);
    expect(names('设立县举报中心', '安吉县')).toEqual(['县举报中心']);
  });

  it('reads 和 before a level word as a joining word, not as the 和 of 和县, away from 和县', () => {
    expect(names('在市委、市政府和县委的坚强领导下', '安吉县')).toEqual(['湖州市委', '湖州市政府', '安吉县委']);
    expect(names('区委与区政府联合印发', '乔口镇')).toEqual(['望城区委', '望城区政府']);
  });

  it('gives a scoped body its kind and the code of its unit', () => {
    const [m] = institutions('区司法局指导', '乔口镇');
    expect(m.attrs).toMatchObject({ kind: '司法局', scope: '430112' });
    const [bare] = institutions('司法所牵头', '乔口镇');
    expect(bare.attrs).toMatchObject({ kind: '司法所', scope: '430112107' });
  });

  it('reads the government of a street office that the tables name after its street (唐家墩街街道) as the issuer\'s', () => {
    const issuer = {
      name: '唐家墩街街道', level: 'township' as const, code: '420103009', kind: '街道', province: '湖北省', city: '武汉市', county: '江汉区',
      parents: [{ code: '42', name: '湖北省', level: 'province' as const, kind: '省' }, { code: '4201', name: '武汉市', level: 'city' as const, kind: '市' }, { code: '420103', name: '江汉区', level: 'county' as const, kind: '区' }],
    };
    const found = runRecognizers('江汉区唐家墩街道办事处坚持依法行政', issuer, [institutionRecognizer]);
    expect(found.map((m) => [m.name, m.reason])).toEqual([['江汉区唐家墩街道办事处', 'placed:街道办事处']]);
  });

  it('labels associations and self-governing committees Organization, found and named as bodies are', () => {
    const labelled = (text: string, issuer: string) =>
      runRecognizers(text, ISSUERS.get(issuer)!, [institutionGazetteerRecognizer, institutionRecognizer]).map((m) => `${m.label}:${m.name}`);
    expect(labelled('区工商联、区律师协会联合开展民营企业法治体检', '乔口镇')).toEqual(['Organization:望城区工商联', 'Organization:望城区律师协会']);
    expect(labelled('指导古北荣华第一居委会、江畔花园小区业主委员会修订公约', '乔口镇')).toEqual(['Organization:古北荣华第一居委会', 'Organization:江畔花园小区业主委员会']);
    expect(labelled('发挥镇总工会作用,少陵路22号院业主委员会依法选举,区总工会乔口镇工会联合会推动签约', '乔口镇')).toEqual([
      'Organization:乔口镇总工会',
      'Organization:少陵路22号院业主委员会',
      'Organization:区总工会乔口镇工会联合会',
    ]);
    // A mediation committee set up by a chamber or a company is theirs.
    expect(labelled('成立周庄镇商会人民调解委员会、奇瑞汽车股份有限公司劳动争议调解委员会', '乔口镇')).toEqual([
      'Organization:周庄镇商会人民调解委员会',
      'Organization:奇瑞汽车股份有限公司劳动争议调解委员会',
    ]);
    expect(new Set(labelled('中华全国律师协会发布指引', '乔口镇'))).toEqual(new Set(['Organization:中华全国律师协会']));
    // Bare, they name none; the bodies of the state beside them stay Institutions.
    expect(labelled('督促业主委员会依法履职,未成立的组建物业管理委员会,区司法局牵头', '乔口镇')).toEqual(['Institution:望城区司法局']);
  });

  it('keeps every mention aligned with the text', () => {
    const text = '在区委、区政府的正确领导下,镇党委书记、镇法治建设委员会主任张兵,增设三乡镇公共法律服务工作站商会联络点';
    const found = institutions(text, '三乡镇');
    expect(found.length).toBeGreaterThan(3);
    expect(expectAligned(text, found)).toEqual([]);
  });

  it.each([
    ['titles and heads', '《司法所》镇党委区委区政府领导小组'],
    ['heads that chain', '委员会'],
    ['a chain of places', '长沙市望城区乔口镇'],
  ])('reads 1 MB of %s in bounded time', (_name, unit) => {
    const text = unit.repeat(Math.ceil((1 << 20) / unit.length));
    const t0 = performance.now();
    institutions(text, '乔口镇');
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});

describe('institutionRecognizer on the sample reports', () => {
  const ctx = getExtractContext();

  it('names the issuing street office from the page source row when the body never does', async () => {
    const x = extractDocument(await readDocument('data/samples/003_a9c3b358a18e57db.txt'), ctx);
    const gov = x.entities.Institution.find((e) => e.name === '天津市河东区人民政府鲁山道街道办事处');
    expect(gov).toBeDefined();
    for (const m of gov!.mentions) expect(x.passages.some((p) => p.index === m.passage) || m.passage === -1).toBe(true);
  });

  it('folds 镇政府 into the issuing government of 三乡镇', async () => {
    const x = extractDocument(await readDocument('data/samples/004_d37acb428d33b8ca.txt'), ctx);
    const gov = x.entities.Institution.find((e) => e.name === '中山市三乡镇人民政府');
    expect(gov?.mentions.map((m) => m.surface).sort()).toEqual(['中山市三乡镇人民政府', '镇政府']);
  });
});
