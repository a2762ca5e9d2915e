// Law firms: a name ending in 律师事务所 (or 律所, or 律师(城市)事务所), cut on the left at the words
// that introduce it in official prose (聘请, 法律顾问单位, 与, 联合 …) rather than by a list of firms.
import type { Mention } from '../../types.js';
import type { Recognizer } from '../types.js';
import { adminNameStartingAt } from '../names/admin-names.js';
import { resolveUnitWord } from './self-references.js';

const NAME = 'law-firm';
// 国浩律师(上海)事务所 puts its city between 律师 and 事务所. A basic-level legal service office
// (汉川市马口法律服务所) advises towns and villages as firms do, and is named by its place.
const SUFFIX = /律师事务所|律所|律师[(（][\u4e00-\u9fa5]{2,4}[)）]事务所|法律服务所/g;

/** Words after which a firm's own name starts. Several-character words always cut. */
const LEFT_WORD =
  /(?:法律顾问单位|顾问单位|法律顾问|合作单位|签约单位|单位|聘请了|聘请|聘用|选聘|续聘|邀请|联合|委托|签订|协同|依托|引入|引进|对接|携手|组织|通过|安排|指派|来自|包括|其中|分别|以及|推动|推进|鼓励|引导|支持|动员|督促|指导|协调|组建|培育|整合)/g;
/** One-character joiners (与, 和, 由 …): they also occur inside firm names (德和衡, 天同), so a cut at
 * one of them is kept only when it leaves a name of two characters or more. */
const LEFT_CHAR = /[与和及同由的为是请家名位个、]/g;
/** Punctuation, digits and spaces always end the name on the left (1.浙江…律师事务所 too). */
const LEFT_PUNCT = /[\s,，。;；:：“”"0-9.．]/g;
const MAX_NAME = 16;
/** A paragraph's number: (四), (12). */
const ENUMERATION = /^[(（][一二三四五六七八九十百\d]{1,3}[)）]/;
/** Heads that are not names: determiners, quantities and places alone (辖区律师事务所, 上海市律师事务所). */
const GENERIC_HEAD =
  /^(?:本|该|各|多|一|两|几|每|全|有关|相关|专业|知名|辖区|当地|本地|属地|驻地|驻村|驻镇|驻社区|签约|合作|优秀|大型|律师|社会|其他|其它|外地|省内|市内|区内|县内)/;
const PLACE_ONLY = /^[\u4e00-\u9fa5]{1,8}(?:省|市|区|县|镇|乡|街道|村|社区)$/;

/**
 * Whether `head` names a place and nothing else (上海市, 全县, 某村): a head ending in the level word of
 * a town is a place only when it is made of administrative units (宁波市镇海区蛟川街道), since a
 * firm's own name may end in a word that holds one (广东侨乡).
 */
function isPlaceOnly(head: string): boolean {
  if (!PLACE_ONLY.test(head)) return false;
  if (!/(?:镇|乡|街道)$/.test(head)) return true;
  for (let at = 0; at < head.length; ) {
    const unit = adminNameStartingAt(head, at);
    if (!unit) return false;
    at = unit.end;
  }
  return true;
}

/**
 * Whether `head` names a firm of its own: not a determiner, a quantity or a kind of office
 * (基层法律服务所); a firm is not named by its place alone (上海市律师事务所), a legal service office is
 * (马口镇法律服务所).
 */
function isFirmHead(head: string, office: boolean): boolean {
  if (!/^[\u4e00-\u9fa5()（）]{2,}$/.test(head) || GENERIC_HEAD.test(head)) return false;
  return office ? !head.endsWith('基层') : !isPlaceOnly(head) && !/律所|律师|事务所/.test(head);
}

function lastCut(window: string, re: RegExp): number {
  let cut = -1;
  for (const b of window.matchAll(re)) cut = b.index! + b[0].length;
  return cut;
}

/** Start (inside `window`) of the firm name that ends at the window's end. */
export function findFirmNameStart(window: string): number {
  const hard = Math.max(0, lastCut(window, LEFT_WORD), lastCut(window, LEFT_PUNCT));
  // Single-character joiners after the hard cut; the last one leaving ≥ 2 characters wins.
  const cuts = [...window.slice(hard).matchAll(LEFT_CHAR)].map((m) => hard + m.index! + 1).reverse();
  for (const c of cuts) if (window.length - c >= 2) return c;
  return hard;
}

export const lawFirmRecognizer: Recognizer = {
  name: NAME,
  labels: ['LawFirm'],
  recognize(ctx) {
    const mentions: Mention[] = [];
    for (const p of ctx.text.passages) {
      if (!p.text.includes('律')) continue; // 律师, 律所, 法律服务所
      for (const m of p.text.matchAll(SUFFIX)) {
        const suffixAt = m.index!;
        const windowStart = Math.max(0, suffixAt - MAX_NAME);
        let nameStart = windowStart + findFirmNameStart(p.text.slice(windowStart, suffixAt));
        // Parenthesised city names belong to the firm (北京市京师(上海)律师事务所); an opening
        // parenthesis that is never closed before the suffix starts the name instead.
        const head0 = p.text.slice(nameStart, suffixAt);
        const open = Math.max(head0.lastIndexOf('('), head0.lastIndexOf('（'));
        if (open >= 0 && !/[)）]/.test(head0.slice(open))) nameStart += open + 1;
        // A paragraph's number before the name ((四)浙江子城律师事务所…) is none of it.
        const numbered = ENUMERATION.exec(p.text.slice(nameStart, suffixAt));
        if (numbered) nameStart += numbered[0].length;
        let end = suffixAt + m[0].length;
        const head = p.text.slice(nameStart, suffixAt);
        const office = m[0] === '法律服务所';
        // 镇法律服务所 in a town's report is the town's office, named after the town.
        const unitWord = office ? /^(?:[本我])?([镇乡区县市]|街道)$/.exec(head) : null;
        const unit = unitWord ? resolveUnitWord(unitWord[1], ctx.issuer) : null;
        if (unitWord ? !unit : !isFirmHead(head, office)) continue;
        // A branch office is its own firm: 北京大成律师事务所上海分所.
        const branch = /^[\u4e00-\u9fa5]{2,4}分所/.exec(p.text.slice(end, end + 6));
        let name = `${unit ? unit.name : head}${m[0] === '律所' ? '律师事务所' : m[0]}`;
        if (branch && m[0] === '律师事务所') {
          name += branch[0];
          end += branch[0].length;
        }
        mentions.push({
          label: 'LawFirm',
          name,
          surface: p.text.slice(nameStart, end),
          start: p.start + nameStart,
          end: p.start + end,
          passage: p.index,
          recognizer: NAME,
          reason: `suffix:${m[0]}`,
          priority: 20,
        });
      }
    }
    return { mentions };
  },
};
