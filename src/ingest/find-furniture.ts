// Finds page furniture in decoded report text: navigation, share and print bars, breadcrumbs,
// metadata rows, browser notices, footers, page numbers, lists of other pages and the link lists
// after the last paragraph. Lines are judged by their shape and by the UI vocabulary of Chinese
// government sites, never by report content.
import type { Span } from '../types.js';
import { parseMetaRow } from './parse-meta-row.js';

/** Words that make up toolbars, share bars and navigation (a line made only of these is furniture). */
const UI_WORDS = new Set([
  '返回', '返回上一级', '返回上一页', '返回上页', '返回首页', '返回顶部', '返回列表', '顶部', '首页', '网站首页',
  '字号', '字体', '打印', '打印本页', '打印此页', '打印文章', '打印正文', '关闭', '关闭窗口', '关闭本页', '关闭此页',
  '收藏', '加入收藏', '设为首页', '分享', '分享到', '一键分享', '扫一扫', '扫一扫在手机打开当前页', '手机扫一扫',
  '手机打开', '在手机打开当前页', '用手机扫描二维码', '无障碍', '无障碍版', '无障碍浏览', '无障碍阅读', '长者助手',
  '长者模式', '关怀版', '适老化', '适老模式', '智能问答', '登录', '登陆', '注册', '个人中心', '退出', '用户中心',
  '微博', '新浪微博', '腾讯微博', '微信', '微信公众号', '微信扫一扫', 'QQ', 'QQ空间', 'qq空间', '人人网', '豆瓣',
  '纠错', '我要纠错', '网站纠错', '网站地图', '联系我们', '简体', '繁体', '繁體', '简', '繁', 'English', 'EN',
  '搜索', '高级搜索', '全站搜索', '检索', '视力保护色', '护眼模式', '默认', '大', '中', '小', '特大', '放大', '缩小',
  '上一篇', '下一篇', '上一条', '下一条', '相关链接', '友情链接', '相关文章', '相关阅读', '相关新闻', '附件下载',
  '政务公开', '信息公开', '政府信息公开', '政务服务', '互动交流', '新闻中心', '新闻动态', '政策文件', '其他文件',
  '站内搜索', '正文', '阅读模式', '朗读', '语音播报', '听全文', '阅读次数', '浏览次数', '党政机关', '政府网站找错',
  'x', 'X', '×', '✕', 'A', 'A+', 'A-', 'TOP', 'Top', 'top',
]);

const TOKEN_SPLIT = /[\s|｜/·•【】\[\]（）()：:，,、<>＞»›«‹\-—_]+/;

const BREADCRUMB_LEAD = /^(?:您|你)?(?:当前|现在)?(?:的)?(?:所在)?(?:位置|当前位置)\s*[:：]/;
const BREADCRUMB_HOME = /(?:首页|主页)\s*[>＞»›→]/;
const NEIGHBOUR_LINK = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关阅读|相关文章|相关链接|附件下载)\s*[:：]/;
const NOTICE_TOPIC = /浏览器|IE\s*\d|访问效果|浏览效果|最佳效果|分辨率|兼容模式/;
const NOTICE_ASK = /建议|请|升级|使用|推荐/;
const FOOTER_STRONG = /版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|网站识别码|政府网站标识/i;
const FOOTER_KEYED = /^(?:主办单位|承办单位|主办|承办|技术支持|维护单位|运维单位|联系电话|联系地址|地址|邮编|电子邮箱)\s*[:：]/;
const LINK_CUE = /(?:网站|网|链接|导航|客户端|公众号)$/;

const SENTENCE_PUNCT = /[。；;！!？?，,：:“”"《》]/;
const HEADING = /^(?:[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[章节部分]|[一二三四五六七八九十]+是)/;
const DATE_LINE = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/;
/** Endings of an issuing body's name, as in a signature block (not bare 镇/街道: link names end so). */
const ORG_NAME = /(?:委员会|人民政府|办事处|党委|党工委|管委会|办公室|领导小组|司法所|司法局|人民法院|人民检察院)$/;
const TITLE_LIKE = /报告|总结|法治政府|法治建设|依法行政|情况/;

/** The heading of a list of links to other pages. */
const LIST_HEADING = /^(?:相关文章|相关链接|相关阅读|相关新闻|相关信息|推荐阅读|延伸阅读|热点文章|热门文章|最新文章|往期回顾)\s*[:：]?$/;
/** Longest entry of such a list (a report's title with its place and year). */
const MAX_LISTED_TITLE = 40;
/** Longest nav item before the title (site menus are short words; titles are longer). */
const MAX_NAV = 10;
/** Longest entry of a trailing link list. */
const MAX_LINK = 20;

type Kind = 'ui' | 'breadcrumb' | 'meta' | 'notice' | 'footer' | 'page';

/**
 * A page number left by a conversion from a paged document: official documents number their pages
 * `— 2 —` (GB/T 9704), others `-2-`, `第2页 共5页`, `2/5`.
 */
export const PAGE_NUMBER = /^(?:[—－\-–]{1,2}\s*[\d０-９]{1,3}\s*[—－\-–]{1,2}|第\s*[\d０-９]{1,3}\s*页(?:\s*[，,/]?\s*共\s*[\d０-９]{1,3}\s*页)?|[\d０-９]{1,3}\s*[/／]\s*[\d０-９]{1,3})$/;

interface Line {
  start: number;
  end: number;
  /** Trimmed content. */
  t: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push({ start: pos, end: nl, t: text.slice(pos, nl).trim() });
    pos = nl + 1;
  }
  return lines;
}

/** QR-code prompts come in many wordings (扫一扫在手机上查看当前页面, 用手机扫描二维码 …). */
const QR_PROMPT = /扫一扫|二维码/;
const VIEW_COUNT = /^(?:访问|浏览|阅读|点击)(?:次数|量)?\s*[:：]?\s*\d+\s*次?$/;
/** Longest token of a menu bar (`首页 | 走进某镇 | 政务公开 | 互动交流`). */
const MAX_MENU_TOKEN = 8;

function isUiLine(t: string): boolean {
  if (t.length > 80) return false;
  const tokens = t.split(TOKEN_SPLIT).filter(Boolean);
  if (tokens.length === 0) return false;
  if (tokens.every((w) => UI_WORDS.has(w))) return true;
  if (t.length <= 24 && QR_PROMPT.test(t) && !SENTENCE_PUNCT.test(t) && !HEADING.test(t)) return true;
  if (VIEW_COUNT.test(t)) return true;
  // A menu bar: several short entries between separators, at least half of them UI words.
  const known = tokens.filter((w) => UI_WORDS.has(w)).length;
  return tokens.length >= 3 && /[|｜]/.test(t) && tokens.every((w) => w.length <= MAX_MENU_TOKEN) && known * 2 >= tokens.length;
}

function isBreadcrumb(t: string): boolean {
  if (BREADCRUMB_LEAD.test(t)) return t.length <= 150;
  if (t.length > 100 || /[。，,；;]/.test(t)) return false;
  if (BREADCRUMB_HOME.test(t)) return true;
  const parts = t.split(/\s*[>＞»›]\s*/);
  return parts.length >= 3 && parts.every((p) => p.length <= 15);
}

/** The label of a group in a drop-down list of sites (----国家部委网站----). */
const DROPDOWN_LABEL = /^[-—－=]{2,}\s*[^\s\-—－=]{2,12}\s*[-—－=]{2,}$/;

/** Classifies a line as furniture on its own evidence, whatever its position. */
function classify(t: string): Kind | undefined {
  if (isUiLine(t) || (NEIGHBOUR_LINK.test(t) && t.length <= 100) || DROPDOWN_LABEL.test(t)) return 'ui';
  if (isBreadcrumb(t)) return 'breadcrumb';
  if (PAGE_NUMBER.test(t)) return 'page';
  const row = parseMetaRow(t);
  if (row && row.prefix === '') return 'meta';
  if (t.length <= 120 && NOTICE_TOPIC.test(t) && NOTICE_ASK.test(t)) return 'notice';
  if (t.length <= 200 && !t.includes('。') && (FOOTER_STRONG.test(t) || FOOTER_KEYED.test(t))) return 'footer';
  return undefined;
}

/** A short line that reads as a link or menu entry, not as text, a heading, a date or a signature. */
function isLinkLike(t: string, max: number): boolean {
  return (
    t.length <= max &&
    !SENTENCE_PUNCT.test(t) &&
    !HEADING.test(t) &&
    !DATE_LINE.test(t) &&
    !ORG_NAME.test(t) &&
    !/\d{4}\s*年/.test(t)
  );
}

/**
 * A row of links to other sites (中国政府网 陕西省人民政府 西安市人民政府): entries side by side, each
 * a site's or a body's name, one of them a site's. Two bodies side by side with no site are a joint
 * signature (中共某镇委员会　某镇人民政府), which is no furniture.
 */
function isLinkRow(t: string): boolean {
  const parts = t.split(/[\s\u3000|｜]+/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => p.length <= MAX_LINK && !SENTENCE_PUNCT.test(p)) && parts.some((p) => LINK_CUE.test(p));
}

/** An entry of a list of pages: a short line without sentence punctuation (a year it may hold). */
function isListedTitle(t: string): boolean {
  return t.length <= MAX_LISTED_TITLE && !SENTENCE_PUNCT.test(t) && !HEADING.test(t) && !DATE_LINE.test(t) && !ORG_NAME.test(t);
}

/**
 * Returns the spans (whole lines, merged when adjacent) of `text` that are page furniture. Report
 * lines – title, headings, paragraphs, the signature block – are never included.
 * @example findFurniture('返回上一级\n字号\n某镇2023年法治政府建设年度报告\n一、…')  // covers the first two lines
 */
export function findFurniture(text: string): Span[] {
  const lines = splitLines(text);
  const marked = new Array<boolean>(lines.length).fill(false);
  const kinds = lines.map((l) => (l.t ? classify(l.t) : undefined));
  kinds.forEach((k, i) => {
    if (k) marked[i] = true;
  });

  // A list of other pages under its heading (相关文章: titles of other reports): the entries are
  // furniture. When text follows the list, its last entry may be this page's own title, which a
  // sidebar often stands right before, so it is kept.
  for (let i = 0; i < lines.length; i++) {
    if (!LIST_HEADING.test(lines[i].t)) continue;
    const run: number[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const t = lines[j].t;
      if (!t) continue;
      // Links name sites, often bodies (广州市人民政府, 番禺区司法局), which a list of pages may too.
      if (marked[j] || !(isListedTitle(t) || (ORG_NAME.test(t) && t.length <= MAX_LINK) || isLinkRow(t))) break;
      run.push(j);
    }
    // The last entry may be the page's title: when the text or the title's metadata row (发布日期…)
    // follows it, not when a breadcrumb or a menu does, which stands before a title.
    let k = j;
    while (k < lines.length && !lines[k].t) k++;
    const textFollows = k < lines.length && (!kinds[k] || kinds[k] === 'meta');
    for (const r of textFollows ? run.slice(0, -1) : run) marked[r] = true;
  }

  // Menus before the title: short entries around at least one certain furniture line.
  const lead: number[] = [];
  let leadHasFurniture = false;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].t;
    if (!t) continue;
    if (kinds[i]) leadHasFurniture = true;
    else if (isLinkLike(t, MAX_NAV) && !TITLE_LIKE.test(t)) lead.push(i);
    else break;
  }
  if (leadHasFurniture) for (const i of lead) marked[i] = true;

  // Link lists after the last paragraph: short entries, with at least one cue that they are links.
  // Bodies' names (江西省人民政府) count as links only under a cue above them (a drop-down's label,
  // a site's name), since a signature ends the report with one.
  const tail: number[] = [];
  let tailHasCue = false;
  let bodies: number[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i].t;
    if (!t) continue;
    const site = LINK_CUE.test(t);
    const row = isLinkRow(t);
    const cue = kinds[i] !== undefined || site || row;
    if (cue && bodies.length) {
      tail.push(...bodies);
      bodies = [];
    }
    if (kinds[i]) tailHasCue = true;
    else if (isLinkLike(t, site ? MAX_LINK + 10 : MAX_LINK) || row) {
      tail.push(i);
      if (cue) tailHasCue = true;
    } else if (ORG_NAME.test(t) && t.length <= MAX_LINK && !SENTENCE_PUNCT.test(t)) bodies.push(i);
    else break;
  }
  if (tailHasCue) for (const i of tail) marked[i] = true;

  return mergeMarked(lines, marked);
}

/** One span per run of furniture lines, blank lines between them included. */
function mergeMarked(lines: Line[], marked: boolean[]): Span[] {
  const spans: Span[] = [];
  let current: Span | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (marked[i]) {
      if (current) current.end = line.end;
      else current = { start: line.start, end: line.end };
    } else if (line.t && current) {
      spans.push(current);
      current = undefined;
    }
  }
  if (current) spans.push(current);
  return spans;
}
