import { describe, expect, it } from 'vitest';
import { eventFormRecognizer, eventGazetteerRecognizer } from '../../../src/extract/recognizers/events.js';
import { findPersons, personRecognizer } from '../../../src/extract/recognizers/persons.js';
import { expectAligned, ISSUERS, runRecognizers } from './body-test-context.js';

describe('findPersons', () => {
  it('reads the two people of the signature paragraph of 练塘镇 with every title', () => {
    const text =
      '镇党委书记、镇法治建设委员会主任张兵,镇党委副书记、镇长、镇法治建设委员会副主任高峰作“党政主要负责人履行推进法治建设第一责任职责”述法报告。';
    expect(findPersons(text).map((p) => [p.name, p.roles])).toEqual([
      ['张兵', ['镇党委书记', '镇法治建设委员会主任']],
      ['高峰', ['镇党委副书记', '镇长', '镇法治建设委员会副主任']],
    ]);
  });

  it.each([
    ['县委书记李明主持会议并讲话', '李明', ['县委书记']],
    ['镇长王晓东同志出席会议', '王晓东', ['镇长']],
    ['区司法局局长欧阳明等一行到我镇调研', '欧阳明', ['区司法局局长']],
    ['街道党工委书记陈刚表示,要压实责任', '陈刚', ['街道党工委书记']],
    ['由乡党委副书记、乡长吴佳怡带队', '吴佳怡', ['乡党委副书记', '乡长']],
    ['县长吴晓军带头讲法', '吴晓军', ['县长']],
    ['区长李红梅分别带头开展述法', '李红梅', ['区长']],
    ['司法所所长林海洋带队走访', '林海洋', ['司法所所长']],
    ['镇长李建国带领班子成员走访企业', '李建国', ['镇长']],
    ['县委书记刘洋多次听取法治建设工作汇报', '刘洋', ['县委书记']],
    ['办事处主任陈静认真履行第一责任人职责', '陈静', ['办事处主任']],
    ['镇长孙立军高度重视法治建设', '孙立军', ['镇长']],
    ['县司法局局长周建平深入基层调研', '周建平', ['县司法局局长']],
    ['由司法所所长杨志刚兼任办公室主任', '杨志刚', ['司法所所长']],
    ['由副镇长邓文军分管法治工作', '邓文军', ['副镇长']],
    ['街道党工委书记徐立新履行第一责任人职责', '徐立新', ['街道党工委书记']],
    ['常务副县长刘海波具体抓落实', '刘海波', ['常务副县长']],
    ['邀请江苏苏源律师事务所主任律师张军授课', '张军', ['江苏苏源律师事务所主任律师']],
    ['人民调解员李秀英主持调解', '李秀英', ['人民调解员']],
    ['邀请温州大学法学院教授王明远作专题辅导', '王明远', ['温州大学法学院教授']],
    // jieba reads 梁国 as a place and 栋 alone; 马 as a noun before 文学.
    ['街道办事处主任梁国栋认真履行第一责任人职责', '梁国栋', ['街道办事处主任']],
    ['乡长马文学主持召开会议', '马文学', ['乡长']],
    // jieba joins the title's last character and the name's first (主|任何|丽娟).
    ['办事处主任何丽娟认真履行第一责任人职责', '何丽娟', ['办事处主任']],
    // 何 read as a pronoun and 立新 as an adverb; 协助 after a name; a surname of the Dai (罕).
    ['县司法局局长何立新具体负责统筹协调', '何立新', ['县司法局局长']],
    ['常务副区长王海涛协助抓好法治政府建设', '王海涛', ['常务副区长']],
    ['镇党委书记罕建华认真履行第一责任人职责', '罕建华', ['镇党委书记']],
    // Names the segmenter cuts across their end (程志|远任), and more of what may follow a name.
    ['由镇党委书记程志远任主任', '程志远', ['镇党委书记']],
    ['律师刘海涛每月到镇坐班', '刘海涛', ['律师']],
    // Any period of a routine after a name (每季度, 每年); a Hakka family name (赖).
    ['副镇长王丽萍每季度听取司法所工作汇报', '王丽萍', ['副镇长']],
    ['镇长赖志明任常务副组长', '赖志明', ['镇长']],
    ['大畈村调解员江德明被评为全省优秀人民调解员', '江德明', ['大畈村调解员']],
    ['瑶族调解员盘金福扎根保康村调解工作', '盘金福', ['瑶族调解员']],
    // A title in quotes.
    ['“金牌调解员”王淑芬牵头化解物业纠纷', '王淑芬', ['金牌调解员']],
    // Roles of the police, of grid work and of villages' own mediators; 发挥 after a name.
    ['县司法局选派的九勺村驻村第一书记潘德兵发挥专业优势', '潘德兵', ['九勺村驻村第一书记']],
    ['彦洞村寨老欧昌德协助乡司法所调解山林纠纷', '欧昌德', ['彦洞村寨老']],
    ['社区民警张志强带领网格员走访', '张志强', ['社区民警']],
  ])('reads the person after the titles in %s', (text, name, roles) => {
    const found = findPersons(text);
    expect(found.map((p) => p.name)).toEqual([name]);
    expect(found[0].roles).toEqual(roles);
    expect(text.slice(found[0].start, found[0].end)).toBe(name);
  });

  it.each([
    ['乡长艾尼瓦尔·吐尔逊主持会议。', '艾尼瓦尔·吐尔逊', ['乡长']],
    ['由乡党委书记阿不都热合曼·买买提带队,', '阿不都热合曼·买买提', ['乡党委书记']],
    ['县长努尔兰·阿不都满金,县委副书记王强出席', '努尔兰·阿不都满金', ['县长']],
    ['村人民调解员买买提江·艾则孜坚持用双语调解', '买买提江·艾则孜', ['村人民调解员']],
  ])('reads a transliterated name with a middle dot, and only the name, in %s', (text, name, roles) => {
    const [p] = findPersons(text);
    expect([p.name, p.roles]).toEqual([name, roles]);
    expect(text.slice(p.start, p.end)).toBe(name);
  });

  it.each([
    ['副乡长索南卓玛主持召开专题会议', '索南卓玛', ['副乡长']],
    ['苏木党委书记扎西多吉主持会议', '扎西多吉', ['苏木党委书记']],
    // Transliterations that the segmenter cuts into words of any tag.
    ['镇法治建设委员会主任斯琴毕力格,镇党委副书记', '斯琴毕力格', ['镇法治建设委员会主任']],
    ['乡长才让东知切实履行第一责任人职责', '才让东知', ['乡长']],
  ])('reads a name with no Chinese family name, as Tibetan names are written, in %s', (text, name, roles) => {
    const [p, ...rest] = findPersons(text);
    expect(rest).toEqual([]);
    expect([p.name, p.roles]).toEqual([name, roles]);
    expect(text.slice(p.start, p.end)).toBe(name);
  });

  it.each(['实现村(社区)法律顾问全覆盖,其中', '镇长亲自部署,书记高度重视', '主任科员以上干部参加', '法律顾问列席会议', '书记巴彦淖尔市调研', '镇长登门走访', '由镇党委书记任主任、镇长任副主任', '所长全程参与', '镇长周密部署', '书记严格落实', '。成立由局长任组长的领导小组', '由派出所所长带队', '组织全县120名律师参加培训', '聘请3名律师', '所长保障安全', '书记主持会议', '组织律师参与调解', '公职律师参与合法性审查'])(
    'reads no person in %s',
    (text) => {
      expect(findPersons(text)).toEqual([]);
    },
  );

  it('reads no dotted name when nothing that may follow a name comes within a name part', () => {
    expect(findPersons('镇长艾尼瓦尔·吐尔逊书记处理相关矛盾纠纷事项').map((p) => p.name)).toEqual([]);
  });

  it('gives names listed after one title that title, and stops at what is no name', () => {
    expect(findPersons('副镇长李明、王芳分别带队检查').map((p) => [p.name, p.roles])).toEqual([
      ['李明', ['副镇长']],
      ['王芳', ['副镇长']],
    ]);
    expect(findPersons('镇长李明、司法所所长赵敏参加会议').map((p) => [p.name, p.roles])).toEqual([
      ['李明', ['镇长']],
      ['赵敏', ['司法所所长']],
    ]);
  });

  it.each([
    ['社区居民王建国同志义务调解居民纠纷十余年', '王建国', ['社区居民']],
    ['王建国同志义务调解居民纠纷十余年', '王建国', []],
    ['会上由韩冬梅（区司法局局长）通报督察情况', '韩冬梅', ['区司法局局长']],
    ['聘请宁夏豫海律师事务所丁晓燕律师担任镇政府法律顾问', '丁晓燕', ['律师']],
    // A family name missing from the list until now (洪), and 运用 after a name.
    ['市司法局局长洪丽娟带队检查', '洪丽娟', ['市司法局局长']],
    ['金牌调解员黄少芬运用粤语调解邻里纠纷', '黄少芬', ['金牌调解员']],
  ])('reads a person named before what says who they are, in %s', (text, name, roles) => {
    const [p, ...rest] = findPersons(text);
    expect(rest).toEqual([]);
    expect([p.name, p.roles]).toEqual([name, roles]);
    expect(text.slice(p.start, p.end)).toBe(name);
  });

  it.each([
    // Verbs said of a person after the name; people named by what they are.
    ['安德路南社区人民调解员赵凤兰从事调解工作18年', '赵凤兰', ['安德路南社区人民调解员']],
    ['联丰村人民调解员张秀芳擅长以“拉家常”方式化解邻里纠纷', '张秀芳', ['联丰村人民调解员']],
    ['法律服务所法律工作者刘德水联系白石岭村', '刘德水', ['法律服务所法律工作者']],
    ['竹洞畲族村调解员钟秀英用客家话、畲语化解邻里纠纷', '钟秀英', ['竹洞畲族村调解员']],
    ['由老船长骆水生担任首席调解员', '骆水生', ['老船长']],
    ['由退休职工张德明担任队长', '张德明', ['退休职工']],
    ['县司法局局长妥文俊具体抓好法治政府建设日常工作', '妥文俊', ['县司法局局长']],
    ['壮族歌手陆美兰与群众以山歌对唱', '陆美兰', ['壮族歌手']],
    ['那楼镇司法所工作人员农丽娟（右二）用壮语讲解', '农丽娟', ['那楼镇司法所工作人员']],
    ['莫乎尔村人民调解员托合塔尔·木哈买提熟悉哈萨克族习俗', '托合塔尔·木哈买提', ['莫乎尔村人民调解员']],
    ['杏花村街道退休法官杨德胜开设的“老杨调解工作室”', '杨德胜', ['杏花村街道退休法官']],
  ])('reads the person of %s', (text, name, roles) => {
    const [p] = findPersons(text);
    expect([p?.name, p?.roles]).toEqual([name, roles]);
  });

  it('reads the name after 主任 that the segmenter joined to 任 (主|任何|振宇), before 律师; no name in 律师起诉', () => {
    expect(findPersons('由该所主任何振宇律师和熊婷律师担任市政府法律顾问').map((p) => p.name)).toEqual(['何振宇', '熊婷']);
    expect(findPersons('组织律师起草合同，委托律师起诉')).toEqual([]);
  });

  it('reads a name before 调解员 and a compound family name before 同志, not a quoted kind of mediator', () => {
    expect(findPersons('塘联村人民调解委员会邓伯荣调解员退休后义务调解二十余年').map((p) => [p.name, p.roles])).toEqual([['邓伯荣', ['调解员']]]);
    expect(findPersons('司徒文杰同志（镇党委副书记、镇长）具体抓法治政府建设').map((p) => p.name)).toEqual(['司徒文杰']);
    expect(findPersons('所长吴丽芳牵头组建“楼宇调解员”队伍,开展专职调解员培训').map((p) => p.name)).toEqual(['吴丽芳']);
    // A place named by its level before 调解员 is nobody's name.
    expect(findPersons('同德县巴沟乡调解员多次上门调解')).toEqual([]);
    // A dotted name from a separator on.
    expect(findPersons('聘请鲜水河律师事务所为法律顾问，扎西·次仁律师全年审查合同').map((p) => p.name)).toEqual(['扎西·次仁']);
  });

  it('reads the role word alone as the title of a person named after another, past the limit of a title', () => {
    const text = '东乌珠尔苏木查干诺尔嘎查人民调解员朝克图用蒙古语调解牧民孟和巴特尔与巴图吉日嘎拉之间的草场租赁纠纷';
    expect(findPersons(text).map((p) => [p.name, p.roles])).toEqual([
      ['朝克图', ['东乌珠尔苏木查干诺尔嘎查人民调解员']],
      ['孟和巴特尔', ['牧民']],
    ]);
  });

  it('reads a Tibetan name of two characters after a title, not a word of such characters (多次)', () => {
    expect(findPersons('岗柯村法律明白人扎西、拉恰玛村妇联主席卓玛被评为县级优秀“法律明白人”').map((p) => p.name)).toEqual(['扎西', '卓玛']);
    expect(findPersons('乡司法所所长多次深入牧区开展调解')).toEqual([]);
  });

  it.each([
    ['州司法局党组书记、局长索南加措为州直部门领导干部讲授', '索南加措'],
    ['“和睦家”调解室由乡贤马永福牵头', '马永福'],
    ['调解工作室聘请退休法官蒋玉芬坐镇', '蒋玉芬'],
    ['大学生志愿者陈志远等骨干常年开展反诈宣传', '陈志远'],
    ['退役军人何家明等骨干常年在老街开展宣传', '何家明'],
    ['聘请台胞陈俊雄等9名台湾同胞担任特邀调解员', '陈俊雄'],
    ['邀请六巷乡门头村瑶族老人赵德明等23名“石牌头人”担任特邀调解员', '赵德明'],
    // Family names of the Miao and Dong (滚) and of Hainan's Li (羊); 驻, 将, 会同 after a name.
    ['丙妹镇岜沙村苗族寨老滚拉旦在芦笙堂调解一起纠纷', '滚拉旦'],
    ['副市长羊丽娜分管司法行政工作', '羊丽娜'],
    ['由该所律师汤建波驻镇服务', '汤建波'],
    ['小黄村侗族歌师潘美英将法律知识编入侗族大歌', '潘美英'],
    ['调解员范桂英会同社区法律顾问依法调解', '范桂英'],
    ['八角北里社区“小巷管家”刘淑珍被评为区级优秀小巷管家', '刘淑珍'],
  ])('reads who someone is in the community, or a Tibetan name with 加, before the name: %s', (text, name) => {
    expect(findPersons(text).map((p) => p.name)).toEqual([name]);
  });

  it('reads both lawyers of 该所杜文涛律师、冯晓青律师', () => {
    expect(findPersons('该所杜文涛律师、冯晓青律师全程参与区政府重大行政决策').map((p) => [p.name, p.roles])).toEqual([
      ['杜文涛', ['律师']],
      ['冯晓青', ['律师']],
    ]);
  });

  it.each([
    // Yi family names, names without one after cadres, teachers and 寨老, and verbs said after a name.
    ['由司法所所长吉克阿呷具体负责日常工作', [['吉克阿呷', ['司法所所长']]]],
    ['由藏族干部拉姆卓玛、彝族干部沙马伍呷、苗族教师熊光美等12人组成', [['拉姆卓玛', ['藏族干部']], ['沙马伍呷', ['彝族干部']], ['熊光美', ['苗族教师']]]],
    ['藏族寨老格绒次仁被聘为特邀调解员', [['格绒次仁', ['藏族寨老']]]],
    ['区人民检察院检察长谭志宏列席区政府常务会议', [['谭志宏', ['区人民检察院检察长']]]],
    ['该所指派律师沈立峰常驻镇司法所', [['沈立峰', ['律师']]]],
    ['苏木党委书记巴特尔、苏木长乌云其木格认真履行职责', [['巴特尔', ['苏木党委书记']], ['乌云其木格', ['苏木长']]]],
    // A Mongolian name before 律师.
    ['担任常年法律顾问,斯琴图雅律师全年审查合同21份', [['斯琴图雅', ['律师']]]],
    // Serving as a title after a name the segmenter cut across (陆建|新任|主任); the title is his, not the next person's.
    ['由镇党委书记陆建新任主任、镇长顾晓东任副主任', [['陆建新', ['镇党委书记']], ['顾晓东', ['镇长']]]],
    // Hui and Manchu family names; people named by what they are in a report's stories; what a
    // lawyer or an official does after the name (承办, 出庭, 全程, 按照, 因).
    ['街道办事处主任纳建华任副组长', [['纳建华', ['街道办事处主任']]]],
    ['宁夏某律师事务所律师撒丽每周坐班', [['撒丽', ['宁夏某律师事务所律师']]]],
    ['所长富志刚任办公室主任', [['富志刚', ['所长']]]],
    ['由回族老党员马德清担任调解员', [['马德清', ['回族老党员']]]],
    ['辖区居民杨桂芝因赡养纠纷申请法律援助', [['杨桂芝', ['辖区居民']]]],
    ['县实验中学学生陈宇航在演讲比赛中获奖', [['陈宇航', ['县实验中学学生']]]],
    ['基层法律服务工作者刘长顺扎根乡村', [['刘长顺', ['基层法律服务工作者']]]],
    ['指派律师孙婷承办此案', [['孙婷', ['律师']]]],
    ['公职律师黄敏全程参与征收工作', [['黄敏', ['公职律师']]]],
    ['副县长张晓梅按照分工抓好法治建设', [['张晓梅', ['副县长']]]],
    // Mongolian names holding 和 or 乐 inside; a herder; what a mediator does after the name.
    ['旗委书记孟和巴雅尔主持召开会议,旗长那仁格日乐认真履职', [['孟和巴雅尔', ['旗委书记']], ['那仁格日乐', ['旗长']]]],
    ['嘎查牧民宝音德力格尔与邻居发生纠纷', [['宝音德力格尔', ['嘎查牧民']]]],
    ['村人民调解员买买提·吐尔地调解的一起纠纷', [['买买提·吐尔地', ['村人民调解员']]]],
    ['工作室由调解员黄淑芬领衔', [['黄淑芬', ['调解员']]]],
    // A transliterated name of two characters; a name the segmenter tags as a numeral; a Korean
    // family name; what people do after their name (创建, 组建).
    ['律师洛桑全年审查合同7件', [['洛桑', ['律师']]]],
    // The segmenter joins 任 (serving as) to a name it does not know (央金卓玛任|团长).
    ['由县司法局局长央金卓玛任团长', [['央金卓玛', ['县司法局局长']]]],
    ['分局局长许立群具体负责日常工作', [['许立群', ['分局局长']]]],
    ['由朝鲜族干部全明淑、玄春花等6人组成', [['全明淑', ['朝鲜族干部']], ['玄春花', ['朝鲜族干部']]]],
    ['社区调解员齐淑珍创建的调解室', [['齐淑珍', ['社区调解员']]]],
    // People listed by the village they serve.
    ['骨干名单如下:东山村谌德华、鲇鱼村龚秋莲、赤水新村黄伟明。', [['谌德华', []], ['龚秋莲', []], ['黄伟明', []]]],
    // …across commas too, the last one closed by 等.
    ['骨干名单：三湾村周桂华，汗江村贺建平，石口村刘小燕，抱犊村崔永福等。', [['周桂华', []], ['贺建平', []], ['刘小燕', []], ['崔永福', []]]],
    // What people do right after their names in a township's report (解读, 从教, 参与).
    ['邀请马山口人民法庭庭长刘书平解读婚姻家庭编', [['刘书平', ['马山口人民法庭庭长']]]],
    ['退休教师、人民调解员樊德义从教三十余年', [['樊德义', ['退休教师', '人民调解员']]]],
    // 母, a family name of Guizhou and Sichuan.
    ['司法所所长母亚琴同志兼任委员会办公室主任', [['母亚琴', ['司法所所长']]]],
    // A name before its post, when the clause goes on (由…所长负责, 法庭…庭长作).
    ['办公室设在镇司法所,由冯德华所长负责日常工作', [['冯德华', ['所长']]]],
    ['邀请县人民法院陇城人民法庭王文斌庭长作辅导讲座', [['王文斌', ['庭长']]]],
    // A Mongolian name that ends in 和, which no other name follows.
    ['党工委副书记、管委会主任巴图孟和履行推进法治建设第一责任人职责', [['巴图孟和', ['党工委副书记', '管委会主任']]]],
    // A name the segmenter glued to 由, before its post in brackets.
    ['5个专业调解组,由金秀琴（镇司法所所长）统筹调度', [['金秀琴', ['镇司法所所长']]]],
    // Lawyers listed before 律师, counted or not.
    ['指派林晓燕、黄志坚律师担任镇政府法律顾问', [['林晓燕', ['律师']], ['黄志坚', ['律师']]]],
    ['该所派驻伍志坚、罗晓彤两名律师常驻镇政府', [['伍志坚', ['律师']], ['罗晓彤', ['律师']]]],
    ['分别指派高志远、乔雅琴等4名律师组成顾问团队', [['高志远', ['律师']], ['乔雅琴', ['律师']]]],
    ['担任法律顾问,蒋以宁、顾承泽等律师列席区政府常务会议', [['蒋以宁', ['律师']], ['顾承泽', ['律师']]]],
    ['担任常年法律顾问,何绮雯、邝志坚律师参与政府合同审查', [['何绮雯', ['律师']], ['邝志坚', ['律师']]]],
    // A district's head or a professor named before the post.
    ['梁毅恒区长认真履行推进法治建设第一责任人职责', [['梁毅恒', ['区长']]]],
    ['邀请南京大学法学院吕知行教授为全区领导干部作讲座', [['吕知行', ['教授']]]],
    // 各 after two people's names; a village list whose last item goes on into its clause.
    ['区长周明辉、常务副区长胡国栋各出庭1次', [['周明辉', ['区长']], ['胡国栋', ['常务副区长']]]],
    ['东吉兴村富玉兰、合心村姜成万、永乐村钮立新、兴耕村赫连英被评为全县优秀', [['富玉兰', []], ['姜成万', []], ['钮立新', []], ['赫连英', []]]],
    // Verbs after a name (把, 关于, 劝阻, 编排); people named by their craft or duty in a village.
    ['县委副书记、县长岩温香把法治政府建设列入', [['岩温香', ['县委副书记', '县长']]]],
    ['听取街道司法所所长刘振华关于法治工作进展的汇报', [['刘振华', ['街道司法所所长']]]],
    ['章哈艺人玉南将陆地国界法编成唱词', [['玉南', ['章哈艺人']]]],
    ['沃特村生态管护员多杰加在巡护中发现', [['多杰加', ['沃特村生态管护员']]]],
    // Amdo Tibetan names.
    ['副镇长拉毛吉任副组长,司法所所长贡保才让任办公室主任', [['拉毛吉', ['副镇长']], ['贡保才让', ['司法所所长']]]],
    ['镇党委书记杨建平、镇长才让东主认真履行', [['杨建平', ['镇党委书记']], ['才让东主', ['镇长']]]],
    // A lawyer named after the firm and before 律师 the verb of whose service follows (律师服务|可塘社区).
    ['广东可澜律师事务所黄志鹏律师服务可塘社区、陇东村,吴晓纯律师服务东溪村', [['黄志鹏', ['律师']], ['吴晓纯', ['律师']]]],
    // People listed by village, some of whose names have no Chinese family name (a Jingpo 排木锐).
    ['其中苏典村余正文、勐嘎村排木锐、劈石村蔡付益、茅草村孔勒腊等4名“法律明白人”担任联络员', [['余正文', []], ['排木锐', []], ['蔡付益', []], ['孔勒腊', []]]],
    // Tibetan names listed after one title; a dotted name after a quoted title.
    ['分别由村人民调解员多吉、普布次仁、央宗牵头', [['多吉', ['村人民调解员']], ['普布次仁', ['村人民调解员']], ['央宗', ['村人民调解员']]]],
    ['由乡党委副书记、乡长次仁旺堆任组长', [['次仁旺堆', ['乡党委副书记', '乡长']]]],
    ['其维克村“法律明白人”努尔阿米娜·热合曼协助调解家庭纠纷9起', [['努尔阿米娜·热合曼', ['法律明白人']]]],
    ['乡党委书记王建军、乡长艾克拜尔·吐尔逊切实履行', [['王建军', ['乡党委书记']], ['艾克拜尔·吐尔逊', ['乡长']]]],
    // Members listed by post: a name right before serving as a title (由沈志斌任组长), one the segmenter
    // joined to 任 (钱蕾任|常务副组长).
    ['由沈志斌任组长,街道党工委副书记、办事处主任钱蕾任常务副组长', [['沈志斌', ['组长']], ['钱蕾', ['街道党工委副书记', '办事处主任']]]],
    // A Zhuang family name after a quoted title; a singer who made a song; a Li village's elder (奥雅).
    ['陇力村“法律明白人”零金凤协助村“两委”修订村规民约', [['零金凤', ['法律明白人']]]],
    ['壮族歌师马美兰编唱的《法治山歌唱燕峒》在村村响广播循环', [['马美兰', ['壮族歌师']]]],
    ['乙在村奥雅王文福用黎话以理服人', [['王文福', ['村奥雅']]]],
    // 拓, a family name of Shaanxi; Amdo names with 智; what people do after their names (领办, 协调).
    ['该所律师拓永强全年审查合同和协议27份', [['拓永强', ['所律师']]]],
    ['乡党委书记马永福、乡长才让东智认真履行', [['马永福', ['乡党委书记']], ['才让东智', ['乡长']]]],
    ['水隆村老党员贡保才让领办的调解室全年调处纠纷', [['贡保才让', ['水隆村老党员']]]],
    ['县司法局驻勒觉村第一书记刘洋协调解决群众诉求28件', [['刘洋', ['县司法局驻勒觉村第一书记']]]],
    // 任 before a title is serving as it (李树林|任首席调解员); Yunnan's family names 寸, 钏, 麻.
    ['由退休干部、老党员李树林任首席调解员,化解纠纷21件', [['李树林', ['退休干部', '老党员']]]],
    ['水箐社区:“清泉”调解室,调解员钏正荣;贡山社区调解员麻春生', [['钏正荣', ['调解员']], ['麻春生', ['贡山社区调解员']]]],
    // Hui family names (拜, 虎, 者).
    ['拜学军律师为公易村修订村规民约,调解员虎生荣、者海燕参与调解', [['拜学军', ['律师']], ['虎生荣', ['调解员']], ['者海燕', ['调解员']]]],
  ])('reads the people of %s', (text, expected) => {
    expect(findPersons(text).map((p) => [p.name, p.roles])).toEqual(expected);
  });

  it.each(['实行镇干部包村、村干部包屯、党员包户的“三包”责任制', '加强干部队伍建设,干部职工学法', '组织党员干部学习', '全体干部高度重视', '教师节期间开展活动', '聘请巴特尔律师事务所', '村民王某因宅基地纠纷申请调解', '律师李某某代理此案', '组织党员干部学法', '村民代表会议审议', '开展普法进马嘶村、田头村、桔龙村、廖尾村活动', '在园洲社区、九潭社区、马嘶村设立工作室', '干部万余人参加培训', '衡量干部德才表现', '律师全年审查合同', '由分管领导任副组长,由其任组长', '组建律师服务团', '开展苏典村、勐嘎村、劈石村、茅草村普法', '百战坪村民宿改造2个事项经合法性审查', '组织农民丰收节活动'])('reads no person in %s', (text) => {
    expect(findPersons(text)).toEqual([]);
  });

  it.each(['全体党员同志', '向同志们学习', '组织万名律师进万家', '安排驻村律师', '公职律师', '聘请金诚律师事务所', '区司法局（区法律援助中心）', '武汉（主任）', '发挥党员同志'])(
    'reads no person named before 同志, 律师 or a bracket in %s',
    (text) => {
      expect(findPersons(text)).toEqual([]);
    },
  );

  it('reads a national leader before a national title, as a national person', () => {
    const [p, ...rest] = findPersons('深入学习贯彻习近平总书记关于全面依法治国的重要论述');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ name: '习近平', roles: ['总书记'], national: true });
  });

  it.each([
    ['高标准做好2023年全国“两会”、“一带一路”高峰论坛等重大敏感时期的维护稳定工作'],
    ['镇长高度重视法治建设'],
    ['镇长周密部署普法工作'],
    ['书记张强调,要压实责任'],
    ['明确书记、镇长为第一责任人亲自抓'],
    ['深入学习贯彻习近平法治思想和习近平新时代中国特色社会主义思想'],
    ['2022年司法所长及镇法律顾问列席了全部镇长办公会议'],
    ['镇党委书记在党委会和中心组学习会议中重点布置了法治政府建设工作'],
    ['各村党支部书记、村委会主任参加培训'],
    ['推进律师顾问参与重大行政决策合法性审查'],
    ['律师顾问强调依法办事'],
    ['党委书记认真履行第一责任人职责'],
    ['镇长亲自部署、亲自督导'],
    ['主任委员会议听取汇报'],
  ])('finds nobody in %s', (text) => {
    expect(findPersons(text)).toEqual([]);
  });
});

describe('personRecognizer', () => {
  it('scopes local people to the issuer and national leaders to the nation', () => {
    const text = '镇长高峰主持会议,传达习近平总书记重要讲话精神。';
    const found = runRecognizers(text, ISSUERS.get('练塘镇')!, [personRecognizer]);
    expect(found.map((m) => [m.name, m.attrs?.scope ?? null])).toEqual([
      ['高峰', null],
      ['习近平', 'national'],
    ]);
    expect(expectAligned(text, found)).toEqual([]);
  });

  it('reads the names of a table under a heading 姓名, with their posts when a column gives them, until the table ends', () => {
    const text = [
      '石横镇村(社区)法律顾问名单',
      '序号　姓名　执业机构　服务村(社区)',
      '1　孙文静　山东桃都律师事务所　后衡鱼一村、后衡鱼二村',
      '2　尹洪涛　山东汶阳律师事务所　前衡鱼四村',
      '合计　8人',
      '姓名 职务',
      '欧阳明 司法所所长',
      '以上人员负责联系村居。张三李四',
    ].join('\n');
    const found = runRecognizers(text, ISSUERS.get('练塘镇')!, [personRecognizer]);
    expect(found.map((m) => [m.name, m.attrs?.roles])).toEqual([
      ['孙文静', []],
      ['尹洪涛', []],
      ['欧阳明', ['司法所所长']],
    ]);
    expect(expectAligned(text, found)).toEqual([]);
  });

  it('reads a header whose two-character headings are spaced out (村  名, 姓  名), and a Manchu family name (那)', () => {
    const text = [
      '序号  村  名      法律顾问    执业机构',
      ' 1    振江村      那振宇      辽宁岫阳律师事务所',
      ' 2    永贵村      关丽娜      辽宁岫阳律师事务所',
      '序号  姓  名  单位',
      ' 1    佟雪梅  鞍山明律律师事务所',
    ].join('\n');
    const found = runRecognizers(text, ISSUERS.get('练塘镇')!, [personRecognizer]);
    expect(found.map((m) => [m.name, m.attrs?.roles])).toEqual([
      ['那振宇', ['法律顾问']],
      ['关丽娜', ['法律顾问']],
      ['佟雪梅', []],
    ]);
    expect(expectAligned(text, found)).toEqual([]);
  });

  it('reads a row whose role cell could head a column (网格员) as a row of the table, not as its new header', () => {
    const text = [
      '序号 村(社区) 姓名 身份',
      '1 门岭村 钟桂生 村调委会主任',
      '2 羊角村 曾春林 网格员',
      '3 荣田村 古小琴 返乡大学生',
      '芙蓉村被命名为民主法治示范村。',
    ].join('\n');
    const found = runRecognizers(text, ISSUERS.get('练塘镇')!, [personRecognizer]);
    expect(found.map((m) => m.name)).toEqual(['钟桂生', '曾春林', '古小琴']);
    expect(expectAligned(text, found)).toEqual([]);
  });

  it.each([
    ['spaces', ['序号　服务村(社区)　法律顾问　所属律师事务所', '1　马嘶村、田头村　黄志明　广东惠园律师事务所', '2　桔龙村　叶晓琳　广东正衡律师事务所'], ['黄志明', '叶晓琳']],
    // A table drawn in plain text with full-width bars.
    ['bars', ['｜序号｜服务村（社区）｜法律顾问｜所属律师事务所｜', '｜1｜君子河社区、五龙村｜谢婉仪｜广东侨乡律师事务所｜', '｜2｜石溪村、红溪村｜司徒健明｜广东侨乡律师事务所｜'], ['谢婉仪', '司徒健明']],
  ])('reads the names of a table (cells parted by %s) whose column is headed by the role its people serve in', (_, rows, people) => {
    const text = [...rows, '以上顾问每月到村服务'].join('\n');
    const found = runRecognizers(text, ISSUERS.get('练塘镇')!, [personRecognizer]);
    expect(found.map((m) => [m.name, m.attrs?.roles])).toEqual(people.map((name) => [name, ['法律顾问']]));
    expect(expectAligned(text, found)).toEqual([]);
  });

  it('marks a leader inside a named visit as nested, so both the event and the person stay', () => {
    const text = '准确把握习近平总书记考察浙江赋予的新使命';
    const found = runRecognizers(text, ISSUERS.get('澥浦镇')!, [eventFormRecognizer, personRecognizer]);
    const person = found.find((m) => m.label === 'Person');
    expect(person?.attrs?.nestedIn).toBe('习近平总书记考察浙江');
  });

  it('reads a leader inside an anniversary of the gazetteer, which the segmenter does not keep whole', () => {
    const text = '以纪念毛泽东同志批示学习推广“枫桥经验”60周年为契机,深化矛盾纠纷化解';
    const found = runRecognizers(text, ISSUERS.get('澥浦镇')!, [eventGazetteerRecognizer, personRecognizer]);
    expect(found.map((m) => [m.label, m.name])).toEqual([
      ['Event', '毛泽东同志批示学习推广“枫桥经验”60周年'],
      ['Person', '毛泽东'],
    ]);
    expect(found[1].attrs?.nestedIn).toBe('毛泽东同志批示学习推广“枫桥经验”60周年');
  });
});
