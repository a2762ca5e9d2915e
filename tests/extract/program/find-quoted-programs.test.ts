// Quoted terms: which name a practice (by form and context) and which are figures of speech or
// slogans, on sentences of the sample reports and on sentences of the same form from elsewhere.
import { describe, expect, it } from 'vitest';
import { getGazetteerIndex } from '../../../src/extract/gazetteer-index.js';
import { findQuotedPrograms } from '../../../src/extract/program/find-quoted-programs.js';
import { EMPTY_WORD_LISTS, type ProgramWordLists } from '../../../src/extract/program/types.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';

const gazetteers = getGazetteerIndex(loadOntology());
const words: ProgramWordLists = { figuresOfSpeech: gazetteers.figuresOfSpeech, notPrograms: gazetteers.notPrograms };

function names(sentence: string, lists: ProgramWordLists = words): string[] {
  return findQuotedPrograms(sentence, lists).accepted.map((c) => c.name);
}

function rejection(sentence: string, term: string, lists: ProgramWordLists = words): string | undefined {
  return findQuotedPrograms(sentence, lists).rejected.find((r) => r.surface === `“${term}”`)?.reason;
}

describe('findQuotedPrograms on sentences of the sample reports', () => {
  it.each([
    ['上,保障疫情防控“四应四尽”。', ['四应四尽']],
    ['坚定不移执行“动态清零”总方针。', ['动态清零']],
    ['司法所联合东炬律师事务所开展“企业法治体检”活动,推动法律保障。', ['企业法治体检']],
    ['结合幸福社区建设和乡村振兴工程,完成村居“法理堂”全覆盖。', ['法理堂']],
    ['完成30个“平安屋”建设,联合群防群治社会力量。', ['平安屋']],
    ['发挥“大调解”机制的作用,落实“调解前置”,主动跨前一步。', ['大调解', '调解前置']],
    ['深入推进“诉访分离”和“网上信访”,强力推动“逐级走访”。', ['诉访分离', '网上信访', '逐级走访']],
    ['村社监督组织开展“交叉监督”和“片区协作”等监督模式。', ['交叉监督', '片区协作']],
    ['探索涉企行政检查“三色两级”分类管理办法,以庙戴村为试点。', ['三色两级']],
    ['做实“蓝盾融光益企行动”十大举措。', ['蓝盾融光益企行动']],
    ['参照区级“两轻一免一改正”事项清单,实行不予处罚。', ['两轻一免一改正']],
    ['深入践行“妈妈式”和“店小二”服务理念。', ['妈妈式服务', '店小二服务']],
    ['创新实施“综合查一次” “一站式”预约服务指导机制。', ['综合查一次', '一站式预约服务指导机制']],
    ['以“六环递进”抓实行政检查计划。', ['六环递进']],
    ['成功为企业“预约体检”22次,整改各类问题。', ['预约体检']],
    ['纵向做实矛盾纠纷化解“631”体系,落实“走访巡查调处报宣”网格工作八法。', ['631体系', '走访巡查调处报宣网格工作八法']],
    ['开展习近平法治思想“八进”活动。', ['习近平法治思想八进活动']],
    ['推行“轻微违法首违不罚”“较轻违法限期改正”、设定执法观察期等措施。', ['轻微违法首违不罚', '较轻违法限期改正']],
    ['围绕线上线下企业服务中心与平台、“126X”四级服务矩阵等载体。', ['126X四级服务矩阵']],
    ['压实“四合四联”双向评价机制,持续推进。', ['四合四联']],
    ['采取“请进来阵地服务”和“走出去上门服务”相结合。', ['请进来阵地服务', '走出去上门服务']],
    ['推行“预约制+线上”服务方式,探索实行“法律顾问+法律明白人”对接模式。', ['预约制+线上', '法律顾问+法律明白人']],
    ['创新构建跨社区“组团式”法律服务新格局。', ['组团式法律服务']],
    ['持续开展“双万双服促发展”活动,上下联动。', ['双万双服促发展']],
  ])('accepts the practices of %s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each([
    ['划,举好法治建设“指挥棒”', '指挥棒', 'figure-of-speech'],
    ['理,握稳依法行政“方向盘”', '方向盘', 'figure-of-speech'],
    ['理,编织基层稳定“防护网”', '防护网', 'figure-of-speech'],
    ['民,共铸政务服务“新效能”', '新效能', 'figure-of-speech'],
    ['抓牢“属地需求”这个关键,做实做细。', '属地需求', 'figure-of-speech'],
    ['“法润练塘”公众号推送转发各类信息。', '法润练塘', 'not-a-name'],
    ['推动企业服务从“政府配餐”向“企业点单”转变。', '政府配餐', 'not-a-name'],
    ['实现辖区人民群众“看得见法治元素”、“听得见法治声音”。', '看得见法治元素', 'not-a-name'],
    ['为“坚持全面依法治国,推进法治中国建设”指明了前进方向。', '坚持全面依法治国,推进法治中国建设', 'not-a-name'],
    ['始终把“疫情防控”作为头等政治任务。', '疫情防控', 'stopword'],
    ['深化“九小场所”“一厂多租”等安全隐患排查。', '一厂多租', 'stopword'],
    ['搭建“解纷小院”联动联调平台,出台办法。', '解纷小院', 'not-a-name'],
    ['依托“两个平台”,处理群众诉求。', '两个平台', 'not-a-name'],
    ['打通服务群众的“最后一米”作为建设“四个之区”的基础。', '四个之区', 'not-a-name'],
    ['充分发挥法律顾问“智囊”作用。', '智囊', 'figure-of-speech'],
    ['陌村、古鹤村成立“法润乡风”乡村振兴法律服务工作站。', '法润乡风', 'not-a-name'],
    ['充分发挥网格的“前哨探头”作用。', '前哨探头', 'figure-of-speech'],
    ['形成了“问责一个、警醒一片、教育一群”的警示效果。', '问责一个、警醒一片、教育一群', 'not-a-name'],
    ['推动“法律进村组、进学校、进家庭”,开展宣传。', '法律进村组、进学校、进家庭', 'not-a-name'],
    ['为1200余家企业提供“一对一”服务。', '一对一', 'stopword'],
  ])('rejects the quoted term of %s', (sentence, term, reason) => {
    expect(rejection(sentence, term)).toBe(reason);
    expect(names(sentence)).not.toContain(term);
  });
});

describe('findQuotedPrograms on sentences of the same form from other reports', () => {
  it.each([
    ['深化“最多跑一次”改革,推动政务服务提质增效。', ['最多跑一次']],
    ['推行“首违不罚”清单制度,包容审慎监管。', ['首违不罚']],
    ['严格落实“两个规定”,防止干预司法。', ['两个规定']],
    ['推广“漳州110”经验,打造为民服务品牌。', ['漳州110']],
    ['深入推进“放管服”改革,优化营商环境。', ['放管服']],
    ['全面推行“互联网+政务服务”,实现一网通办。', ['互联网+政务服务']],
    ['县司法局组织开展“宪法进万家”活动,发放宣传资料2000余份。', ['宪法进万家']],
    ['推行“柔性执法”“包容审慎监管”,做到宽严相济。', ['柔性执法', '包容审慎监管']],
    ['建立“局队合一”执法体制,执法力量下沉。', ['局队合一']],
    ['建立“1+3+N”工作机制,形成工作合力。', ['1+3+N工作机制']],
    ['区委依法治区办推行“三单一书”制度。', ['三单一书']],
    ['打造“老杨调解工作室”等品牌调解室15个。', ['老杨调解工作室']],
    ['我县创新推出“一码通办”服务模式。', ['一码通办']],
    ['推进“证照分离”改革全覆盖。', ['证照分离']],
    ['开展“法治进企业”“法治进校园”等活动。', ['法治进企业', '法治进校园']],
    ['扎实开展“减证便民”行动,清理证明事项。', ['减证便民']],
    ['深入推进“法律六进”,营造氛围。', ['法律六进']],
    ['深入开展“美好生活·民法典相伴”主题宣传活动。', ['美好生活·民法典相伴']],
    ['深化“两法衔接”,推动“双拥”工作。', ['两法衔接', '双拥']],
    ['推行“三书一函”制度,落实“三重一大”集体决策制度。', ['三书一函', '三重一大']],
    // Items listed after a cue verb share it.
    ['推进“法治体检”进企业、“法律服务进社区”,开展宣传。', ['法治体检', '法律服务进社区']],
    // Parallel phrases after a cue verb or before a practice's noun are the practice's motto.
    ['实行“一窗受理、集成服务”。', ['一窗受理、集成服务']],
    ['推行“网格吹哨、部门报到”,网格员通过平台上报。', ['网格吹哨、部门报到']],
    ['建立“日分析、周调度、月点评”工作机制。', ['日分析、周调度、月点评']],
    // A campaign against what the quotes name is named with its verb; the objects are no practices.
    ['联合派出所开展打击“黑车”“黑摩的”专项行动,查处车辆12辆。', ['打击“黑车”“黑摩的”专项行动']],
    ['开展整治“三无”船舶专项行动。', ['整治“三无”船舶专项行动']],
  ])('accepts the practices of %s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it.each([
    ['举好法治建设“指挥棒”,压实各级责任。', '指挥棒', 'figure-of-speech'],
    ['打通服务群众“最后一公里”。', '最后一公里', 'figure-of-speech'],
    ['当好企业发展的“店小二”。', '店小二', 'too-short'],
    ['架起党群“连心桥”。', '连心桥', 'figure-of-speech'],
    ['努力实现“小事不出村、大事不出镇”。', '小事不出村、大事不出镇', 'not-a-name'],
    ['牢固树立“四个意识”,坚定“四个自信”。', '四个意识', 'not-a-name'],
    ['坚持“三个务必”,不忘初心。', '三个务必', 'stopword'],
    ['打造“枫桥式”派出所3个。', '枫桥式', 'not-a-name'],
    ['聚焦“急难愁盼”问题,开展走访。', '急难愁盼', 'not-a-name'],
    ['落实“属地管理”原则。', '属地管理', 'not-a-name'],
    ['推动“12345”热线提质增效。', '12345', 'not-a-name'],
    ['守住“不发生系统性风险”底线。', '不发生系统性风险', 'figure-of-speech'],
    ['努力做到“让群众满意”。', '让群众满意', 'not-a-name'],
    ['组织开展“12·4”国家宪法日宣传活动。', '12·4', 'not-a-name'],
    ['编制“十四五”规划。', '十四五', 'not-a-name'],
    ['坚决打赢“疫情防控阻击战”。', '疫情防控阻击战', 'figure-of-speech'],
    ['打好“三大攻坚战”。', '三大攻坚战', 'figure-of-speech'],
    ['以“法治+”为抓手,实现“零上访”。', '零上访', 'not-a-name'],
    ['利用布依族“六月六”等民族节日开展双语普法。', '六月六', 'not-a-name'],
    ['每逢春节、“五一”、国庆等高峰期加强巡查。', '五一', 'not-a-name'],
    ['依托“蒙速办”“12348内蒙古法网”推行线上法律咨询。', '12348内蒙古法网', 'not-a-name'],
    ['职责落实存在“上热中温下冷”现象。', '上热中温下冷', 'not-a-name'],
    // What is to be avoided is no practice.
    ['推行审慎监管防止“简单粗暴”。', '简单粗暴', 'not-a-name'],
    ['开展执法检查时杜绝“吃拿卡要”。', '吃拿卡要', 'not-a-name'],
  ])('rejects the quoted term of %s', (sentence, term, reason) => {
    expect(rejection(sentence, term)).toBe(reason);
    expect(names(sentence)).not.toContain(term);
  });

  it('rejects listed figures of speech only when the list says so', () => {
    const sentence = '筑牢法治建设“压舱石”,推行“压舱石”工作法。';
    expect(names(sentence)).toEqual([]);
    expect(names(sentence, EMPTY_WORD_LISTS)).toEqual(['压舱石']);
  });

  it('gives offsets whose slice is the quoted term the name was made from', () => {
    const sentence = '深入践行“妈妈式”和“店小二”服务理念,创新实施“综合查一次”。';
    const found = findQuotedPrograms(sentence, words).accepted;
    expect(found.map((c) => sentence.slice(c.start, c.end))).toEqual(['“妈妈式”', '“店小二”服务', '“综合查一次”']);
  });

  it('leaves an unbalanced quotation mark alone and still reads the next term', () => {
    expect(names('开展“法治体检活动,推行“首违不罚”清单制度。')).toEqual(['首违不罚']);
  });
});
