// Chinese family names (the common single ones and the compound ones), for telling a personal name
// after a role title (镇长高峰) from an ordinary word. Surnames that are mostly function words in
// official prose (和, 由, 都, 应 …) are left out: a name is only read after a role title anyway.

const SINGLE =
  '习王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟臧闵苟邬卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘麻苑迟邝官封谈匡鞠惠荆冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰卿国狄平索宣晋相初云容敬扈晁芮阙浦戈伏鹿薄邸雍辜裘亓修邰赫杭鲜逯隆茹诸慕玉银亢嵇公哈湛宾戎茅尉冶檀昝奉衡尧闭罕刀岩盘洪萧阎池查凤贝鄂揭钮蔚庹禤郗宿赖滚羊母' +
  // Hui, Manchu and Korean family names (纳秀兰, 撒梅, 喇海龙, 富英杰, 玄春花, 妥文俊, 那振宇, 拜学军, 虎生荣,
  // 者海燕). (Yunnan's Yi family name 起 is left out: after a title, 律师起诉 would read as a name.)
  '纳撒喇富玄妥那拜虎者' +
  // Zhuang family names (零金凤, 闭海英), 拓 of Shaanxi and Gansu (拓永强), and Yunnan's 寸, 钏 and 麻
  // (寸茂林, 钏正荣, 麻春生).
  '零闭拓寸钏麻';

const COMPOUND = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕',
  '令狐', '钟离', '端木', '南宫', '西门', '独孤', '澹台', '公冶', '宗政', '濮阳', '太史', '申屠', '呼延', '万俟',
  // Yi family names as written in Chinese (吉克阿呷, 沙马伍呷, 阿说拉哈).
  '吉克', '沙马', '阿说', '阿苏', '海来', '吉木', '曲比', '俄木', '马海', '阿于', '勒格', '瓦扎', '吉伍', '罗洪',
  '阿尔', '沙玛', '莫色', '俄狄', '比曲', '加拉', '吉尔', '阿克',
];

export const SURNAMES: ReadonlySet<string> = new Set(SINGLE);
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND);

/**
 * Length of the family name that opens `text` at `at` (2 for a compound name, 1, or 0 for none).
 * @example surnameLengthAt('欧阳明主持', 0) === 2
 */
export function surnameLengthAt(text: string, at: number): number {
  if (COMPOUND_SURNAMES.has(text.slice(at, at + 2))) return 2;
  return SURNAMES.has(text[at]) ? 1 : 0;
}
