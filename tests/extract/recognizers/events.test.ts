import { describe, expect, it } from 'vitest';
import { eventFormRecognizer, eventGazetteerRecognizer, findEventForms } from '../../../src/extract/recognizers/events.js';
import { programGazetteerRecognizer } from '../../../src/extract/recognizers/program-gazetteer.js';
import { ISSUERS, runRecognizers } from './body-test-context.js';

const names = (text: string) => findEventForms(text).map((e) => e.name);

describe('findEventForms', () => {
  it.each([
    [
      '练塘镇组织召开2023年镇法治建设委员会第一次会议暨党政主要负责人履行推进法治建设第一责任职责述法会议,镇党委书记',
      ['2023年镇法治建设委员会第一次会议暨党政主要负责人履行推进法治建设第一责任职责述法会议'],
    ],
    ['在十五届区委全面依法治区委员会第三次(扩大)会议上,作为唯一镇街代表汇报', ['十五届区委全面依法治区委员会第三次(扩大)会议']],
    ['以服务保障中国—中亚峰会为契机,开展中国－东盟博览会期间矛盾纠纷排查', ['中国—中亚峰会', '中国－东盟博览会']],
    // A numbered meeting is one, whatever count follows it; a contest of a township's 擂台.
    ['召开三湾乡全面依法治乡委员会第三次会议1次,召开专题会议3次', ['三湾乡全面依法治乡委员会第三次会议']],
    ['11月,举办复兴镇首届“院坝普法”擂台赛,12个村参加', ['复兴镇首届“院坝普法”擂台赛']],
    ['举办2024年国家机关“谁执法谁普法”履职报告评议会,推动形成全民大普法工作格局', ['2024年国家机关“谁执法谁普法”履职报告评议会']],
    ['高标准做好2023年全国“两会”、“夏季达沃斯”“一带一路”高峰论坛等重大敏感时期的维护稳定工作', ['“一带一路”高峰论坛']],
    ['准确把握习近平总书记考察浙江赋予的新使命', ['习近平总书记考察浙江']],
    ['出席县第十五届人民代表大会第三次会议', ['县第十五届人民代表大会第三次会议']],
    ['参加2023年全省法治政府建设工作会议', ['2023年全省法治政府建设工作会议']],
    ['牢记习近平总书记视察湖南时的殷殷嘱托', ['习近平总书记视察湖南']],
    ['县委全面依法治县委员会召开第五次会议,县委书记王明出席', ['县委全面依法治县委员会第五次会议']],
    // The body written right before the year of its numbered meeting; a whole unit's course cut at 提升.
    ['向明军在县委全面依法治县委员会2023年第一次会议上述法', ['县委全面依法治县委员会2023年第一次会议']],
    ['7月,举办全县交通运输执法人员法治能力提升培训班,邀请县司法局授课', ['全县交通运输执法人员法治能力提升培训班']],
    ['举办杨场镇首届人民调解员技能比武,评出金牌调解员3名', ['杨场镇首届人民调解员技能比武']],
    ['选派执法骨干参加宁德市交通运输综合执法队伍岗位练兵技能比武,以赛促学', ['宁德市交通运输综合执法队伍岗位练兵技能比武']],
    // Festivals, seasons and shows of a year or an ordinal; a hearing on a plan of a place.
    ['8月,乡政府举办江巴孜乡第二届伽师瓜丰收节,现场设置法律咨询台', ['江巴孜乡第二届伽师瓜丰收节']],
    ['9月,街道举办狮山街道首届新就业群体关爱节,开展法律知识问答', ['狮山街道首届新就业群体关爱节']],
    ['保障2025年栾川县乡村“村晚”展演等活动依法举办', ['2025年栾川县乡村“村晚”展演']],
    ['召开塘下镇老旧工业区块有机更新实施方案听证会,听取企业主意见', ['塘下镇老旧工业区块有机更新实施方案听证会']],
    // A year written without 年; the season or session in brackets after the name.
    ['助力2024海峡两岸茶业博览会顺利举办', ['2024海峡两岸茶业博览会']],
    // A quoted show, a singing gathering of an ordinal, a whole county's course on a law.
    ['于民族文化广场举办“黎歌唱法治”专场演出,吸引群众2000余人次', ['“黎歌唱法治”专场演出']],
    ['举办第十二届石宝山歌会法治宣传活动', ['第十二届石宝山歌会']],
    ['县司法局举办全县新修订行政复议法宣贯培训会,局长作专题辅导', ['全县新修订行政复议法宣贯培训会']],
    // Games named by their host city.
    ['全力服务保障北京冬奥会,做好杭州亚运会安保工作', ['北京冬奥会', '杭州亚运会']],
    ['在2024中国柯桥国际纺织品面辅料博览会(秋季)期间设立专窗', ['2024中国柯桥国际纺织品面辅料博览会(秋季)']],
    ['举办2024年白云区城市管理综合执法业务培训班(第二期),培训执法人员', ['2024年白云区城市管理综合执法业务培训班(第二期)']],
    // An annual meeting named after its forum and year; ordinals in digits; serving verbs before a name.
    ['做好博鳌亚洲论坛2023年年会服务保障工作,确保不发生影响论坛的事件', ['博鳌亚洲论坛2023年年会']],
    ['服务保障杭州第19届亚运会和第4届亚残运会', ['杭州第19届亚运会', '第4届亚残运会']],
    ['圆满完成第二十三届中国(寿光)国际蔬菜科技博览会法律服务保障', ['第二十三届中国(寿光)国际蔬菜科技博览会']],
    ['召开县第十四次党代会,召开2023年服务业发展大会', ['县第十四次党代会', '2023年服务业发展大会']],
    // The unit that holds a meeting named before its year, and a training course as an event.
    ['在2023年12月召开的大石街道2023年度法治建设工作推进会上作部署', ['大石街道2023年度法治建设工作推进会']],
    ['召开高坡乡2022年法治政府建设工作推进会', ['高坡乡2022年法治政府建设工作推进会']],
    ['举办海北镇2021年“法律明白人”培训班', ['海北镇2021年“法律明白人”培训班']],
    // A meeting of a whole unit, or named by the unit that holds it, is one occasion.
    ['6月21日召开全县法治政府建设推进会,副县长通报上半年工作', ['全县法治政府建设推进会']],
    ['党政主要负责人在全县年度述法会上进行了书面述法', ['全县年度述法会']],
    ['并于12月在武侯区党政主要负责人述法评议会上进行现场述法', ['武侯区党政主要负责人述法评议会']],
    ['联合县工商联召开“营商环境政企恳谈会”,邀请企业参加', ['营商环境政企恳谈会']],
    // The elections of villages' and communities' committees.
    ['规范村级事务决策。在村“两委”换届选举中,严格依法办事', ['村“两委”换届选举']],
    ['在2021年村(社区)“两委”换届选举中,依法指导', ['2021年村(社区)“两委”换届选举']],
    ['结合村“两委”换届,指导各村修订村规民约', ['村“两委”换届']],
    // Festivals, shows and races named by an ordinal or a place.
    ['为第二十一届平遥国际摄影大展和第五届平遥国际电影展提供法律服务保障', ['第二十一届平遥国际摄影大展', '第五届平遥国际电影展']],
    ['圆满完成武汉马拉松安保工作', ['武汉马拉松']],
    ['举办首届法治文化节,吸引群众3000余人', ['首届法治文化节']],
    // Contests, exams and shows named by an ordinal, a year, a quoted name or the unit that holds them;
    // courses and talks named by that unit.
    ['举办张家村街道第三届“法治杯”知识竞赛,参赛队伍24支', ['张家村街道第三届“法治杯”知识竞赛']],
    ['组织2023年度全县行政执法人员公共法律知识考试,参考率100%', ['2023年度全县行政执法人员公共法律知识考试']],
    ['举办“法润张家村”法治文艺汇演', ['“法润张家村”法治文艺汇演']],
    ['举办南丰县领导干部法治专题培训班,165名科级干部参加培训', ['南丰县领导干部法治专题培训班']],
    // A name the walk cut at a verb that names hold too (提升, 设立) is read from its year or its unit.
    ['11月,县司法局举办2023年全县行政执法人员能力提升培训班,培训执法人员', ['2023年全县行政执法人员能力提升培训班']],
    ['召开虹桥街道基层立法联系点设立十周年座谈会', ['虹桥街道基层立法联系点设立十周年座谈会']],
    ['乡司法所办好第二期双语普法培训班', ['第二期双语普法培训班']],
    // A course named by whom it trains and in what, right after the verb of holding it.
    ['换届后举办新任社区干部依法履职培训班,帮助新任干部', ['新任社区干部依法履职培训班']],
    ['选派骨干参加市城管局举办的执法能力提升培训班', ['执法能力提升培训班']],
    // The founding anniversary of an autonomous region or prefecture.
    ['以庆祝广西壮族自治区成立65周年为契机开展普法', ['广西壮族自治区成立65周年']],
  ])('finds the named event of %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['一年来,召开重大案件讨论会5次,人大代表现场参与监督执法6次'],
    ['组织召开联调联处会议14次'],
    ['司法所长及镇法律顾问列席了全部镇长办公会议'],
    ['贯彻全会精神,遵循法治建设前进方向'],
    ['定期召开专题会议,调整领导小组成员名单'],
    ['通过镇法治建设委员会会议,进一步明确'],
    ['采取宣讲会、LED显示屏、宣传栏、公众号等易于接受的方式'],
    ['镇村干部召开第一次会议'],
    // A meeting of a whole unit held again and again is a kind; so is a body's standing meeting.
    ['每季度召开全镇安全生产工作会议,研究部署'],
    ['坚持实行镇领导班子会议集体讨论决定'],
    ['建立全县行政争议化解联席会议制度'],
    ['在人口较多的村(社区)推行“屋场恳谈会”,把矛盾纠纷化解在基层'],
    ['依法召开业主大会,完成业主委员会换届选举9个'],
    ['换届后全面推行“四议两公开”'],
    ['举办法治文化节、灯会等活动,组织观看法治图片展'],
    ['在元宵灯会期间开展普法,参加县文化旅游节开幕式'],
    // A kind of contest or exam; a county's short name that is a word (公安|机关); a year that opens no name.
    ['开展法律知识竞赛,组织干部参加法律知识考试'],
    ['全年组织12名民警参加公安机关人民警察高级执法资格考试、143名民警参加中级考试'],
    ['2022年司法所长及镇法律顾问列席了全部镇长办公会议'],
    ['2023年共举办培训班5期'],
    ['组织全县交通运输执法人员法治能力提升培训班3期'],
    ['常态化开展岗位练兵比武'],
    ['依法召开听证会3次'],
    ['全年投入2024万元举办培训班'],
    ['组织收看亚运会开幕式'],
    ['组织“满乡法韵”普法文艺演出12场'],
    ['组织参加全省行政执法资格考试'],
    ['在2023年第一次会议上作了发言'],
    // A course held twice, or named by its topic alone, is a kind of course.
    ['2024年共组织举办2场规范行政执法专题培训班,培训对象涵盖全镇执法人员'],
    ['举办法治培训班,举办执法人员业务培训班3期'],
    ['在自治区成立60周年之际'],
  ])('finds no named event in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('eventFormRecognizer', () => {
  it('scopes an event named by a level word to the unit it points at, keeping the name as written', () => {
    const found = runRecognizers('召开全区法治政府建设推进会,列席区委全面依法治区委员会第三次会议', ISSUERS.get('乔口镇')!, [eventFormRecognizer]);
    const district = ISSUERS.get('乔口镇')!.parents!.find((u) => u.level === 'county')!.code;
    expect(found.map((m) => [m.name, m.attrs?.scope])).toEqual([
      ['全区法治政府建设推进会', district],
      ['区委全面依法治区委员会第三次会议', district],
    ]);
  });

  it('names an election written with and without 选举 once', () => {
    const found = runRecognizers('结合社区“两委”换届,修订居民公约。在社区“两委”换届选举中依法指导。', ISSUERS.get('三乡镇')!, [eventFormRecognizer]);
    expect([...new Set(found.map((m) => m.name))]).toEqual(['社区“两委”换届选举']);
  });

  it('leaves to the practice the gazetteer knows a contest, exam or show that holds its name', () => {
    const run = (text: string) =>
      runRecognizers(text, ISSUERS.get('三乡镇')!, [programGazetteerRecognizer, eventFormRecognizer]).filter((m) => m.label === 'Event').map((m) => m.name);
    expect(run('参加2023年天津市国家工作人员网上学法用法考试,参考率100%')).toEqual([]);
    expect(run('举办2023年“宪法宣传周”启动仪式暨法治文艺汇演')).toEqual([]);
    expect(run('举办张家村街道第三届“法治杯”知识竞赛')).toEqual(['张家村街道第三届“法治杯”知识竞赛']);
  });
});

describe('findEventForms on disasters', () => {
  it.each([
    // Named by the date it struck, quoted, with the place written before it.
    ['2021年“7·20”特大暴雨灾害发生后,及时开展灾后法律服务', ['“7·20”特大暴雨灾害']],
    ['受“23·7”极端强降雨影响,组织律师进村', ['“23·7”极端强降雨']],
    ['开展漾濞彝族自治县“5·21”地震灾后恢复重建资金审计', ['漾濞彝族自治县“5·21”地震']],
    // By place (a short name too) and magnitude; a typhoon by its name alone, however it is numbered.
    ['积石山6.2级地震发生后,依法启动应急响应', ['积石山6.2级地震']],
    ['全力应对第5号台风“杜苏芮”带来的强降雨', ['台风“杜苏芮”']],
  ])('finds the disaster in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['全年投入3.5万元,发生4.5级地震1次'],
    ['组织开展防汛、地震等应急演练24场'],
    ['开展“3·15”国际消费者权益日宣传'],
    ['开展“12·4”国家宪法日宣传,安全事故同比下降12.5%'],
    ['“1·2”批示精神落实情况'],
  ])('finds no disaster in %s', (text) => {
    expect(names(text).filter((n) => /[震灾雨洪风故]/.test(n))).toEqual([]);
  });
});

describe('findEventForms on series of sessions', () => {
  it('reads no one occasion in every session of a series (十九届历次全会)', () => {
    expect(names('全面贯彻党的十九大和十九届历次全会精神')).toEqual([]);
    expect(names('深入学习贯彻党的二十大和二十届历次全会精神')).toEqual([]);
  });
});

describe('eventGazetteerRecognizer', () => {
  it('reads the abbreviated plenums of a list as the sessions reports of 2024 mean', () => {
    const text = '认真学习贯彻党的二十大、二十届二中、三中全会精神';
    const found = runRecognizers(text, ISSUERS.get('三乡镇')!, [eventGazetteerRecognizer]);
    expect(found.map((m) => m.name)).toEqual(['党的二十大', '二十届二中全会', '二十届三中全会']);
  });

  it('reads each plenum of a list under one term as a plenum of that term, not of the latest', () => {
    const run = (text: string) => runRecognizers(text, ISSUERS.get('三乡镇')!, [eventGazetteerRecognizer]).map((m) => [m.name, m.surface]);
    expect(run('深入贯彻党的十九大和十九届二中、三中、四中、五中全会精神')).toEqual([
      ['党的十九大', '党的十九大'],
      ['十九届二中全会', '十九届二中'],
      ['十九届三中全会', '三中'],
      ['十九届四中全会', '四中'],
      ['十九届五中全会', '五中全会'],
    ]);
    expect(run('学习十八届四中全会和五中全会精神')).toEqual([
      ['十八届四中全会', '十八届四中全会'],
      ['十八届五中全会', '五中全会'],
    ]);
    // Alone, 三中全会 is still the latest term's.
    expect(run('学习贯彻三中全会精神')).toEqual([['二十届三中全会', '三中全会']]);
  });

  it('reads the festivals of ethnic groups at which towns hold publicity', () => {
    const run = (text: string) => runRecognizers(text, ISSUERS.get('三乡镇')!, [eventGazetteerRecognizer]).map((m) => [m.name, m.attrs?.kind]);
    expect(run('借瑶族达努节、香浪节和土家族舍巴日开展节庆普法,利用布依族三月三、布依族六月六赶场日宣传')).toEqual([
      ['达努节', 'festival'],
      ['香浪节', 'festival'],
      ['舍巴日', 'festival'],
      ['布依族三月三', 'festival'],
      ['布依族六月六', 'festival'],
    ]);
  });

  it('reads a national anniversary as the occasion it is, apart from the meeting that celebrates it', () => {
    const run = (text: string) => runRecognizers(text, ISSUERS.get('三乡镇')!, [eventGazetteerRecognizer]).map((m) => [m.name, m.attrs?.kind]);
    expect(run('实现了建党100周年等重要时间节点“零进京访”')).toEqual([['中国共产党成立100周年', 'anniversary']]);
    expect(run('组织收看庆祝中国共产党成立100周年大会')).toEqual([['庆祝中国共产党成立100周年大会', 'meeting']]);
    expect(run('做好中华人民共和国成立75周年等重大活动安保维稳工作')).toEqual([['中华人民共和国成立75周年', 'anniversary']]);
  });

  it('reads a nation-wide census as the occasion of the year it is held', () => {
    const run = (text: string) => runRecognizers(text, ISSUERS.get('三乡镇')!, [eventGazetteerRecognizer]).map((m) => [m.name, m.attrs?.kind]);
    expect(run('圆满完成第七次全国人口普查和全国第五次经济普查工作')).toEqual([
      ['第七次全国人口普查', 'census'],
      ['第五次全国经济普查', 'census'],
    ]);
  });

  it('reads the festivals of ethnic groups, not a date that reads like one', () => {
    const run = (text: string) => runRecognizers(text, ISSUERS.get('三乡镇')!, [eventGazetteerRecognizer]).map((m) => [m.name, m.attrs?.kind]);
    expect(run('借泼水节、佤族新米节等群众聚集的时机,开展“节庆普法”')).toEqual([['泼水节', 'festival'], ['新米节', 'festival']]);
    expect(run('2022年“壮族三月三”期间,乡里举办山歌普法')).toEqual([['壮族三月三', 'festival']]);
    expect(run('三月三日上午召开会议')).toEqual([]);
    expect(run('借满族颁金节、朝鲜族农夫节开展节庆普法')).toEqual([['颁金节', 'festival'], ['农夫节', 'festival']]);
  });
});
