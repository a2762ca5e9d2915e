// The words that frame a practice's name in Chinese official writing: verbs that introduce one
// (推行、落实、深化 …), suffixes that close one (…制度、…机制、…工作法 …), and the generic heads and
// figurative verbs that show a phrase is a duty or a metaphor rather than a named practice.

/** Verbs that introduce a practice: 推行“首违不罚”, 严格执行行政执法人员资格认证制度. */
export const CUE_VERBS: readonly string[] = [
  '推行', '推广', '落实', '深化', '创建', '打造', '实施', '开展', '建立', '健全', '完善', '坚持', '践行',
  '执行', '采取', '实行', '做实', '探索', '创新', '构建', '形成', '推进', '推动', '启动', '试行', '压实',
  '抓好', '抓实', '运用', '推出', '首创', '设立', '建成', '发展', '做大做亮', '做优', '擦亮', '引入', '引进',
  '施行', '遵循', '贯彻', '借鉴', '升级', '搭建', '健全和完善', '建立和完善', '建立健全', '健全完善',
];

/**
 * Verbs that end a name on its left without introducing a practice themselves (围绕…, 优化提升…,
 * 改革信访工作制度).
 */
export const BOUNDARY_VERBS: readonly string[] = [
  '围绕', '强化', '优化', '提升', '加强', '加快', '紧扣', '聚焦', '结合', '通过', '按照', '根据', '对照', '依据', '参照',
  '利用', '借助', '改革', '明确', '提高', '发挥', '依托', '严守', '遵守', '纳入', '融入', '坚守', '抓住', '用好',
  '参加', '参与', '观摩', '对标', '完成', '巩固', '做好', '审定', '谋划', '撬动', '助推', '关于', '迎接', '研究解决', '协调解决',
];

/** Verbs that put the next quoted noun in a metaphor: 举好法治建设“指挥棒”, 筑牢“防护网”. */
export const FIGURATIVE_VERBS: readonly string[] = [
  '举好', '筑牢', '织密', '织牢', '当好', '把好', '握稳', '握牢', '编织', '共铸', '铸牢', '开启', '扎紧', '扎牢',
  '守好', '守牢', '架起', '搭好', '打通', '下好', '奏响', '吹响', '绘就', '念好', '算好', '拧紧', '系好', '扣好',
  '跑出', '按下', '跑好', '打好', '唱响', '画好', '答好', '筑起', '竖起', '亮出', '激活', '打响', '发挥',
  '跑赢', '种好', '用活', '挑起', '扛起', '扛牢', '守住', '兜牢', '兜住', '抓牢', '打赢', '下活', '弹好', '算清',
];

/** Verbs of what is to be avoided, after which a quoted phrase is a fault, not a practice (防止“一刀切”). */
export const AVOID_VERBS: readonly string[] = ['防止', '避免', '杜绝', '反对', '纠正', '克服', '破除', '摒弃', '遏制', '力戒', '谨防'];

/** Verbs that state a goal, after which a quoted phrase is a target, not a practice. */
export const GOAL_VERBS: readonly string[] = ['实现', '做到', '达到', '确保', '力争', '争当', '争做', '争创', '成为'];

/**
 * Suffixes that, right after a quoted term, show it names a practice (“大调解”机制, “四合四联”双向评价
 * 机制). Longest first.
 */
export const AFTER_QUOTE_SUFFIXES: readonly string[] = [
  '工作方法', '工作模式', '工作机制', '责任机制', '工作法', '责任制', '专项行动', '服务方式', '服务模式',
  '机制', '制度', '模式', '品牌', '行动', '活动', '试点', '工程', '改革', '理念', '清单', '方式', '办法',
  '举措', '措施', '服务', '工作', '规划', '体系', '矩阵', '方法', '做法', '经验',
];

/** Suffixes that need nothing else: “X”机制 alone shows X is a system. Others need a cue verb too. */
export const STRONG_AFTER_SUFFIXES = new Set<string>([
  '工作方法', '工作模式', '工作机制', '责任机制', '工作法', '责任制', '专项行动', '服务方式', '服务模式',
  '机制', '制度', '模式', '品牌', '行动', '活动', '试点', '工程', '改革', '理念', '清单', '办法', '方法',
  '做法', '经验', '矩阵',
]);

/** A quoted term that ends with one of these is itself a program name (“蓝盾融光益企行动”, “请进来阵地服务”). */
export const INNER_SUFFIXES: readonly string[] = [
  '专项行动', '工作法', '行动', '工程', '计划', '活动', '机制', '制度', '模式', '改革', '服务', '品牌', '经验', '试点',
];

/** Nouns after which a quoted term names a platform, a venue of an event or an account, not a practice. */
export const NON_PROGRAM_AFTER: readonly string[] = [
  '平台', '公众号', '微信公众号', '小程序', 'APP', 'App', 'app', '网站', '热线', '系统', '客户端', '专栏', '栏目',
  '高峰论坛', '论坛', '峰会', '博览会', '大会', '会议', '评议会', '讲堂', '工作站', '服务站', '中心', '队伍',
  '作用', '效应', '精神', '原则', '节日', '节庆', '纪念日',
  // A site (“12348内蒙古法网”) and what is wrong (“上热中温下冷”现象, …问题).
  '法网', '服务网', '现象', '问题',
];

/** Last characters of a venue brand (“法理堂”, “平安屋”, “解纷小院”, “老娘舅工作室”). */
export const FACILITY_ENDINGS: readonly string[] = ['屋', '堂', '室', '院', '驿站', '小院', '之家', '超市', '书屋', '角', '岗', '长廊'];

/** Chinese numerals that open a numbered brand (三色两级, 两轻一免一改正, 四应四尽). */
export const NUMERAL_CHARS = new Set([...'一二三四五六七八九十两双百千万']);

/** Measure words: a numeral followed by one of these is a count phrase (“两个平台”), not a brand. */
export const MEASURE_CHARS = new Set([...'个项条名位次件家批']);

/** Counters after a figure that says how often a quoted service ran (“预约体检”22次). */
export const COUNTERS = new Set([...'次场期件户家人批']);

/** Modifiers stripped from the left of a discovered name (严格执行… → the name without 严格). */
export const LEADING_MODIFIERS: readonly string[] = [
  '进一步', '全面', '严格', '深入', '认真', '切实', '持续', '不断', '大力', '着力', '扎实', '逐步', '积极', '有效',
  '继续', '坚决', '同步', '加快', '全力', '努力', '各项', '相关', '有关', '各类', '配套', '新的', '我镇', '本镇',
  '我街道', '本街道', '我区', '本区', '我县', '本县', '我市', '本市', '全镇', '全街道', '常态化', '规范化', '创新',
  '全省', '全市', '全区', '全县', '全乡', '全国',
  // The numbers of points in a paragraph (一是…, 二是…).
  '一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是',
];

/**
 * Unquoted suffixes that close a named system, with the shortest stem that makes it specific
 * (行政裁决制度 yes, 工作制度 no) and the Program category it implies. Longest first.
 */
export interface MechanismSuffix {
  suffix: string;
  minStem: number;
  category: 'mechanism' | 'campaign' | 'practice';
  /** The stem must contain this (示范 for …创建). */
  stemMust?: string;
}

export const MECHANISM_SUFFIXES: readonly MechanismSuffix[] = [
  { suffix: '专项行动', minStem: 4, category: 'campaign' },
  { suffix: '专项斗争', minStem: 4, category: 'campaign' },
  { suffix: '专项工作', minStem: 4, category: 'campaign' },
  { suffix: '专项整治', minStem: 4, category: 'campaign' },
  { suffix: '专项治理', minStem: 4, category: 'campaign' },
  { suffix: '责任制', minStem: 4, category: 'mechanism' },
  { suffix: '工作法', minStem: 2, category: 'practice' },
  { suffix: '制度', minStem: 4, category: 'mechanism' },
  { suffix: '机制', minStem: 4, category: 'mechanism' },
  { suffix: '试点', minStem: 6, category: 'campaign' },
  { suffix: '改革', minStem: 6, category: 'practice' },
  { suffix: '创建', minStem: 6, category: 'campaign', stemMust: '示范' },
];

/**
 * Procedure words that make a bare …制 a system (行政执法公示制, 首问负责制), unlike 体制, 编制, 控制.
 */
export const BARE_ZHI_HEADS = new Set([
  '公示', '追究', '评析', '负责', '问责', '承诺', '报告', '登记', '备案', '值班', '首问', '代办', '销号', '包干',
  '评议', '例会', '通报', '督办', '巡查', '预约', '轮岗', '聘任', '任期', '会签', '公开', '审核', '审查', '考核',
  '包保', '包联', '坐班', '限时', '交办', '派单', '积分', '挂牌', '轮值', '签字', '联席', '办结', '服务', '代理',
]);

/** Stems that only name a kind of work or an object (工作制度, 规范性文件制度, 依法决策机制). */
export const GENERIC_STEMS = new Set([
  '工作', '长效', '管理', '考核', '责任', '工作责任', '监督', '协调', '联动', '运行', '保障', '奖惩', '激励', '评价',
  '议事', '决策', '依法决策', '依法行政', '配套', '相关', '各项', '规章', '内部', '党内法规', '规范性文件', '法律法规',
  '行政规范性文件', '规章制度', '内控', '内部控制', '工作运行', '管理工作', '日常管理', '学习', '培训', '宣传',
]);

/**
 * Last words of a 机制/制度 stem that make it a generic function (社会矛盾化解机制, 议事协调机制,
 * 规范性文件监督制度) rather than a named system.
 */
export const GENERIC_MECHANISM_HEADS = new Set([
  '决策', '化解', '监督', '协调', '备案', '调解', '运行', '应诉', '处置', '管理', '保障', '考核', '联动', '预警',
  '防控', '排查', '调处', '协办', '沟通', '反馈', '评价', '激励', '奖惩', '问责', '追责', '落实', '督办',
  '督查', '研判', '响应', '共享', '对接', '议事', '纠纷', '矛盾', '解纷', '工作', '配套', '相关', '治理', '服务',
]);

/** Heads of 制度 stems that stay generic even when long (…文件制度, …工作制度). */
export const GENERIC_SYSTEM_HEADS = new Set(['工作', '监督', '管理', '配套', '相关', '文件', '法规', '规章', '体系', '体制']);

/** Closers of an unquoted list of measures: 实行预约式指导、亮码检查…等工作措施. */
export const LIST_CLOSERS: readonly string[] = [
  '等工作措施', '等工作机制', '等工作制度', '等工作举措', '等措施', '等举措', '等做法', '等制度', '等机制', '等模式',
];

/** Words that open an item of a list but are not part of the practice's name (设定执法观察期). */
export const ITEM_LEADING_VERBS: readonly string[] = ['设定', '设立', '开展', '实行', '推行', '建立', '实施', '落实', '推进', '强化', '加强', '探索', '深化', '完善', '健全'];

/**
 * Verbs that open the phrase before a system's name but sit inside other names (执法协作配合机制):
 * stripped only where they open it (配合|涉案企业合规改革, 定期研究|法治建设工作机制).
 */
export const OPENING_VERBS: readonly string[] = ['配合', '协助', '支持', '督促', '指导', '带头', '研究', '定期研究', '专题研究'];

/** Prefixes of generic routine work (常态化巡查, 定期检查). */
export const ROUTINE_PREFIXES: readonly string[] = ['常态化', '经常性', '日常', '定期', '不定期'];
