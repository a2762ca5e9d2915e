import { describe, expect, it } from 'vitest';
import { getGazetteerIndex } from '../../../src/extract/gazetteer-index.js';
import { classifyTitle, scanTitles, titledCitationRecognizer } from '../../../src/extract/recognizers/titled-citations.js';
import { NO_LAWS, ONTOLOGY, makeContext } from './law-test-context.js';

const withLaws = getGazetteerIndex(ONTOLOGY);
const formOnly = getGazetteerIndex(NO_LAWS);

function recognize(text: string, options: Parameters<typeof makeContext>[1] = {}) {
  const ctx = makeContext(text, options);
  const out = titledCitationRecognizer.recognize(ctx);
  for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return out;
}

describe('classifyTitle', () => {
  it('drops 中华人民共和国 from a gazetteer law and keeps the full title', () => {
    const c = classifyTitle('中华人民共和国行政处罚法', withLaws);
    expect(c).toMatchObject({ label: 'Law', name: '行政处罚法', kind: 'national-law', fullName: '中华人民共和国行政处罚法' });
  });

  it('expands an abbreviation and strips the 新 / 新修订的 of a revised law', () => {
    expect(classifyTitle('环保法', withLaws).name).toBe('环境保护法');
    expect(classifyTitle('新环保法', withLaws).name).toBe('环境保护法');
    expect(classifyTitle('新修订的行政处罚法', withLaws).name).toBe('行政处罚法');
    expect(classifyTitle('行政复议法(2023年修订)', withLaws).name).toBe('行政复议法');
  });

  it("knows the enforcement rules of the departments a county's bureaus cite, which have no place in their titles", () => {
    expect(classifyTitle('自然资源行政处罚办法', withLaws)).toMatchObject({ label: 'Law', kind: 'rule' });
    expect(classifyTitle('农业行政处罚程序规定', withLaws)).toMatchObject({ label: 'Law', kind: 'rule' });
    // … and those of education, emergency management and religious affairs bureaus.
    expect(classifyTitle('中小学法治副校长聘任与管理办法', withLaws)).toMatchObject({ label: 'Law', kind: 'rule' });
    expect(classifyTitle('工贸企业重大事故隐患判定标准', withLaws)).toMatchObject({ label: 'Law', kind: 'rule' });
    expect(classifyTitle('互联网宗教信息服务管理办法', withLaws)).toMatchObject({ label: 'Law', kind: 'rule' });
    // A special economic zone's regulations and a legislature's decisions are laws.
    expect(classifyTitle('海南经济特区海岸带保护与开发管理规定', withLaws)).toMatchObject({ label: 'Law', kind: 'local-regulation' });
    expect(classifyTitle('海南省人民代表大会常务委员会关于海南省乡镇人民政府和街道办事处综合行政执法的决定', withLaws)).toMatchObject({ label: 'Law', kind: 'local-regulation' });
    expect(classifyTitle('全国人民代表大会常务委员会关于修改〈中华人民共和国教育法〉的决定', withLaws)).toMatchObject({ label: 'Law', kind: 'national-law' });
    expect(classifyTitle('中共某县委关于加强法治建设的决定', withLaws).label).not.toBe('Law');
    expect(classifyTitle('公安机关人民警察执法过错责任追究规定', withLaws)).toMatchObject({ label: 'Law', kind: 'rule' });
    // A city's 办法 on the same matter as a department's rule is the city's own (a Document here).
    expect(classifyTitle('宜昌市住宅专项维修资金管理办法', withLaws)).toMatchObject({ label: 'Document' });
    expect(classifyTitle('中华人民共和国矿产资源法实施细则', withLaws)).toMatchObject({ label: 'Law', name: '矿产资源法实施细则', kind: 'administrative-regulation' });
  });

  it('reads a rule that no place opens as a ministry\'s rule, by its form alone', () => {
    expect(classifyTitle('医疗美容服务管理办法', formOnly)).toMatchObject({ label: 'Law', kind: 'rule', reason: 'form:unplaced-rule' });
    expect(classifyTitle('超限运输车辆行驶公路管理规定', formOnly)).toMatchObject({ label: 'Law', kind: 'rule' });
    expect(classifyTitle('网络预约出租汽车经营服务管理暂行办法', formOnly)).toMatchObject({ label: 'Law', kind: 'rule' });
    // A place's, a plan, a document about a rule, a charter: documents.
    expect(classifyTitle('丰泽区医疗机构投诉处理办法', formOnly).label).toBe('Document');
    expect(classifyTitle('关于印发医疗美容服务管理办法的通知', formOnly).label).toBe('Document');
    expect(classifyTitle('律师协会会员违规行为处分规则章程', formOnly).label).toBe('Document');
  });

  it('reads a title of a rule\'s form followed by a 文号 as a document', () => {
    const out = recognize('印发《行政规范性文件合法性审核办法》（府办发〔2023〕3号），执行《医疗美容服务管理办法》');
    const got = out.mentions.map((m) => `${m.label}:${m.name}`);
    expect(got).toEqual(['Document:行政规范性文件合法性审核办法', 'Law:医疗美容服务管理办法']);
  });

  it('does not read 新时代… as a revision', () => {
    expect(classifyTitle('新时代公民道德建设实施纲要', withLaws).label).toBe('Document');
  });

  it.each([
    ['中华人民共和国宪法', '宪法', 'national-law'],
    ['中华人民共和国民法典', '民法典', 'national-law'],
    ['中华人民共和国人民调解法', '人民调解法', 'national-law'],
    ['长江保护法', '长江保护法', 'national-law'],
    ['民族区域自治法', '民族区域自治法', 'national-law'],
    ['天津市生活垃圾管理条例', '天津市生活垃圾管理条例', 'local-regulation'],
    ['广西壮族自治区河道管理条例', '广西壮族自治区河道管理条例', 'local-regulation'],
    ['浙江省实施〈中华人民共和国村民委员会组织法〉办法', '浙江省实施〈中华人民共和国村民委员会组织法〉办法', 'local-regulation'],
    ['重大行政决策程序暂行条例', '重大行政决策程序暂行条例', 'administrative-regulation'],
    ['城市市容和环境卫生管理条例', '城市市容和环境卫生管理条例', 'administrative-regulation'],
    ['中国共产党纪律处分条例', '中国共产党纪律处分条例', 'party-regulation'],
    ['党政主要负责人履行推进法治建设第一责任人职责规定', '党政主要负责人履行推进法治建设第一责任人职责规定', 'party-regulation'],
    ['党委(党组)意识形态工作责任制实施办法', '党委(党组)意识形态工作责任制实施办法', 'party-regulation'],
    // A province's own 办法 and 规定 are its government's rules.
    ['四川省行政规范性文件管理办法', '四川省行政规范性文件管理办法', 'rule'],
    ['湖南省行政程序规定', '湖南省行政程序规定', 'rule'],
    ['深圳经济特区物业管理条例', '深圳经济特区物业管理条例', 'local-regulation'],
    ['天津市重大行政决策程序规定', '天津市重大行政决策程序规定', 'rule'],
    // A ministry's rule of enforcement procedure, which no place opens.
    ['住房和城乡建设行政处罚程序规定', '住房和城乡建设行政处罚程序规定', 'rule'],
    ['城市管理执法行政处罚程序规定', '城市管理执法行政处罚程序规定', 'rule'],
  ])('classifies %s by its form as a Law named %s (%s)', (title, name, kind) => {
    expect(classifyTitle(title, formOnly)).toMatchObject({ label: 'Law', name, kind });
  });

  it.each([
    '练塘镇村居法律顾问考核评估办法',
    '河东区重大行政执法决定法制审核办法',
    '关于做好2022年度述法工作的通知',
    '河堰镇党委议事决策制度',
    '“四步工作法”',
    '青浦区矛盾纠纷调解工作法',
    // A draft of something other than a law stays a document.
    '关于加强行政执法监督的实施意见(征求意见稿)',
    '法治政府建设实施纲要(2021-2025年)',
    // A county's, a department's or a city's 办法 is a document of its own.
    '天津市河东区重大行政执法决定法制审核办法',
    '四川省司法厅行政执法案卷评查办法',
    '东莞市重大行政执法决定法制审核办法',
    '四川省关于加强行政执法监督的规定',
    // A place's body's own procedure is its document.
    '柯桥区综合行政执法局行政处罚程序规定',
  ])('keeps %s a Document', (title) => {
    expect(classifyTitle(title, formOnly).label).toBe('Document');
  });

  it.each([
    ['中华人民共和国乡村振兴促进法(草案)', '乡村振兴促进法'],
    ['中华人民共和国治安管理处罚法（修订草案）', '治安管理处罚法'],
    ['上海市养老服务条例(修正草案)', '上海市养老服务条例'],
  ])('reads the draft %s as the law in the making, %s', (title, name) => {
    const c = classifyTitle(title, formOnly);
    expect([c.label, c.name]).toEqual(['Law', name]);
    expect(c.reason).toMatch(/^draft:/);
  });
});

describe('scanTitles', () => {
  it('stops an unclosed 《 at the end of its clause and finds the titles after it', () => {
    const text = '开展《条例学习活动;认真学习《中华人民共和国行政处罚法》。';
    const { titles, stray } = scanTitles(text);
    expect(stray.map((s) => s.kind)).toEqual(['unclosed']);
    expect(titles.map((t) => text.slice(t.textStart, t.textEnd))).toEqual(['中华人民共和国行政处罚法']);
  });
});

describe('titledCitationRecognizer', () => {
  it('finds the outer and the inner title of a nested 〈〉 title with its repaired 文号', () => {
    const text = '印发《关于贯彻落实〈进一步深化基层治理全面加强乡镇(街道)法治建设的工作方案〉任务分工清单的通知 》(开州委法办〔20239号)等文件。';
    const out = recognize(text);
    const [outer, inner] = out.mentions;
    expect(outer.label).toBe('Document');
    expect(outer.name).toBe('关于贯彻落实〈进一步深化基层治理全面加强乡镇(街道)法治建设的工作方案〉任务分工清单的通知');
    expect(outer.attrs).toMatchObject({ docNumber: '开州委法办〔2023〕9号', docNumberRaw: '开州委法办〔20239号' });
    expect(inner.name).toBe('进一步深化基层治理全面加强乡镇(街道)法治建设的工作方案');
    expect(inner.attrs?.nestedIn).toBe(outer.name);
    expect(inner.start).toBeGreaterThan(outer.start);
    expect(inner.end).toBeLessThan(outer.end);
  });

  it('reads a city\'s 办法 as a government rule wherever it is cited once the text calls it one, and leaves the others documents', () => {
    const text =
      '组织开展《常德市海绵城市建设管理办法》立法后评估。制定政府规章《常德市海绵城市建设管理办法》(常德市人民政府令第15号)。' +
      '推进《常德市城区停车管理办法》等规章制定。执行《常德市行政执法公示办法》(常政办发〔2022〕3号)。';
    const out = recognize(text);
    expect(out.mentions.map((m) => [m.label, m.name, m.label === 'Law' ? m.attrs?.kind : null])).toEqual([
      ['Law', '常德市海绵城市建设管理办法', 'rule'],
      ['Law', '常德市海绵城市建设管理办法', 'rule'],
      ['Law', '常德市城区停车管理办法', 'rule'],
      ['Document', '常德市行政执法公示办法', null],
    ]);
  });

  it('reads a 文号 of a normative document (…规〔…〕) after the title', () => {
    const out = recognize('执行《关于进一步加强行政执法监督工作的意见》(沪府办规〔2023〕5号)。');
    expect(out.mentions[0].attrs).toMatchObject({ docNumber: '沪府办规〔2023〕5号', issuer: '沪府办规' });
  });

  it('reads a nested title written with doubled 《《》》 and classifies an inner law', () => {
    const out = recognize('转发《关于贯彻实施《中华人民共和国行政处罚法》的通知》。');
    expect(out.mentions.map((m) => [m.label, m.name])).toEqual([
      ['Document', '关于贯彻实施〈中华人民共和国行政处罚法〉的通知'],
      ['Law', '行政处罚法'],
    ]);
  });

  it('accepts spaced brackets and ASCII << >> titles', () => {
    const out = recognize('学习《 中华人民共和国 行政复议法 》和<<中华人民共和国民法典>>。');
    expect(out.mentions.map((m) => m.name)).toEqual(['行政复议法', '民法典']);
  });

  it('repairs a title whose 》 was lost, cutting it at the title ending', () => {
    const out = recognize('制定《练塘镇村居法律顾问考核评估办法,明确考核标准。');
    expect(out.mentions).toHaveLength(1);
    expect(out.mentions[0]).toMatchObject({ label: 'Document', name: '练塘镇村居法律顾问考核评估办法', surface: '《练塘镇村居法律顾问考核评估办法' });
    expect(out.mentions[0].reason).toContain('repaired:unclosed');
  });

  it('repairs a title whose 《 was lost, starting it after the introducing words', () => {
    const out = recognize('街道认真贯彻落实河东区重大行政执法决定法制审核办法》,规范执法。');
    expect(out.mentions.map((m) => m.name)).toEqual(['河东区重大行政执法决定法制审核办法']);
  });

  it('records a bare 《条例》 as unresolved without inventing a law', () => {
    const out = recognize('开展《条例》学习专题辅导11期。');
    expect(out.mentions).toEqual([]);
    expect(out.unresolved?.map((u) => u.surface)).toEqual(['《条例》']);
  });

  it('resolves a short name declared with (以下简称《…》) to the full title', () => {
    const out = recognize('深入贯彻《法治政府建设实施纲要(2021-2025年)》(以下简称《纲要》)。对照《纲要》逐项落实。');
    expect(out.unresolved).toEqual([]);
    expect(out.mentions.map((m) => m.name)).toEqual(Array(3).fill('法治政府建设实施纲要(2021-2025年)'));
    expect(out.mentions.map((m) => m.surface).slice(1)).toEqual(['《纲要》', '《纲要》']);
  });

  it('finds a title without 《》 that opens with a place of the issuer and ends in (试行)', () => {
    const out = recognize('按照宁波市党政主要负责人履行推进法治建设第一责任人职责清单(试行),全面推进本镇工作。');
    expect(out.mentions.map((m) => [m.label, m.name])).toEqual([['Document', '宁波市党政主要负责人履行推进法治建设第一责任人职责清单(试行)']]);
  });

  it.each([
    ['a place outside the issuer chain', '按照杭州市党政主要负责人履行推进法治建设第一责任人职责清单(试行),推进工作。'],
    ['a descriptive reference with 的', '根据宁波市推进法治政府建设的实施方案(试行),推进工作。'],
    ['a place in the middle of a clause', '全面推进宁波市党政主要负责人履行职责清单(试行),推进工作。'],
    ['no (试行)/(暂行) mark', '按照宁波市党政主要负责人履行推进法治建设第一责任人职责清单,推进工作。'],
  ])('finds no unbracketed title for %s', (_case, text) => {
    expect(recognize(text).mentions).toEqual([]);
  });

  it('finds a 关于…的通知 without 《》, with the body that issues it, when its 文号 follows it in brackets', () => {
    const out = recognize('根据东阳市人民政府办公室关于印发东阳市2023年法治政府建设工作要点的通知(东政办发[2023]21号)要求,制定方案。');
    expect(out.mentions.map((m) => [m.label, m.name, m.attrs?.docNumber])).toEqual([
      ['Document', '东阳市人民政府办公室关于印发东阳市2023年法治政府建设工作要点的通知', '东政办发〔2023〕21号'],
    ]);
    // A short bracketed word inside the title; an issuer read back to the verb that cites it.
    const inner = recognize('认真落实四川省人民政府关于进一步加强乡镇(街道)法治建设的意见(川府发〔2022〕3号)要求。');
    expect(inner.mentions.map((m) => m.name)).toEqual(['四川省人民政府关于进一步加强乡镇(街道)法治建设的意见']);
    // Without a body before 关于, the title starts there.
    expect(recognize('按照关于做好2023年度述法工作的通知(区委法办〔2023〕4号)要求').mentions.map((m) => m.name)).toEqual(['关于做好2023年度述法工作的通知']);
  });

  it.each([
    ['no 文号 after it', '根据市政府关于做好年度报告工作的通知要求,开展自查。'],
    ['a bracket that holds no 文号', '根据市政府关于做好年度报告工作的通知(见附件)要求,开展自查。'],
    ['a 《》 title, which the bracketed reading has', '根据《关于做好年度报告工作的通知》(东政办发〔2023〕21号)要求。'],
  ])('finds no unbracketed notice for %s', (_case, text) => {
    expect(recognize(text).mentions.filter((m) => m.reason?.startsWith('unbracketed-numbered'))).toEqual([]);
  });

  it('finds a document listed in a table, its title in one cell and its 文号 in another', () => {
    const text = [
      '附件',
      '漳浦县2024年度行政规范性文件目录',
      '序号\t文件名称\t文号\t发布日期',
      '1\t漳浦县城区停车场(位)规划建设和管理办法\t浦政规〔2024〕2号\t2024-04-15',
      '2  关于支持台胞台企参与乡村振兴的若干措施  浦政规〔2024〕3号  2024-06-20',
      '｜3｜镇海区农村宅基地管理实施细则｜镇政办规〔2023〕1号｜',
    ].join('\n');
    expect(recognize(text).mentions.map((m) => [m.label, m.name, m.attrs?.docNumber])).toEqual([
      ['Document', '漳浦县城区停车场(位)规划建设和管理办法', '浦政规〔2024〕2号'],
      ['Document', '关于支持台胞台企参与乡村振兴的若干措施', '浦政规〔2024〕3号'],
      ['Document', '镇海区农村宅基地管理实施细则', '镇政办规〔2023〕1号'],
    ]);
  });

  it.each([
    ['a row whose title cell names a body, not an instrument', '1\t镇综合行政执法队\t浦政规〔2024〕2号'],
    ['a row with no 文号', '1\t漳浦县城区停车场规划建设和管理办法\t2024-04-15'],
    ['a sentence, not a row', '制定漳浦县城区停车场规划建设和管理办法，文号为浦政规〔2024〕2号。'],
  ])('finds no table-row document for %s', (_case, text) => {
    expect(recognize(text).mentions.filter((m) => m.reason?.startsWith('table-row'))).toEqual([]);
  });

  it.each([
    ['a song', '小黄村歌师创作了《法律进侗寨》等歌曲12首,在大歌节上演唱'],
    ['two programmes a troupe performs', '由乌兰牧骑表演《草原法在我心中》《守边人》等法治文艺节目'],
    ['a programme named after its kind', '县融媒体中心开设朝鲜语法治栏目《法治时空》,全年播出52期'],
    ['a newspaper', '在《常德日报》、常德广播电视台开设“法治常德”专栏'],
    ['a bulletin that published something', '涉台调解工作经验被福建省司法厅《两岸法务简报》刊发推广'],
  ])('reads no document in the title of a work: %s', (_case, text) => {
    const out = recognize(text);
    expect(out.mentions).toEqual([]);
    expect(out.unresolved!.map((u) => u.reason)).toContain('the title of a work (a song, a programme, a publication), not a document');
  });

  it.each([
    ['a handbook a town prints', '编印《渔船民常用法律知识手册》3000册', '渔船民常用法律知识手册'],
    ['an instrument after 在', '在《练塘镇法治政府建设实施方案》中明确分工', '练塘镇法治政府建设实施方案'],
    ['a report after 在', '在《关于2023年度法治政府建设情况的报告》中作了说明', '关于2023年度法治政府建设情况的报告'],
    ['a circular, not a periodical', '印发《全县行政执法案卷评查情况通报》并刊发整改要求', '全县行政执法案卷评查情况通报'],
  ])('keeps the document of %s', (_case, text, name) => {
    expect(recognize(text).mentions.map((m) => m.name)).toEqual([name]);
  });

  it('classifies 《中华人民共和国宪法》 as the Law 宪法 and a party regulation as a Law', () => {
    const out = recognize('学习了《中华人民共和国宪法》《党政主要负责人履行推进法治建设第一责任人职责规定》。');
    expect(out.mentions.map((m) => [m.label, m.name, m.attrs?.kind])).toEqual([
      ['Law', '宪法', 'national-law'],
      ['Law', '党政主要负责人履行推进法治建设第一责任人职责规定', 'party-regulation'],
    ]);
  });
});
