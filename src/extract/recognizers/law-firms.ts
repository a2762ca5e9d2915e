// Law firms: a name ending in 律师事务所 (or 律所), cut on the left at the words that introduce it
// in official prose (聘请, 法律顾问单位, 与, 联合 …) rather than by a list of firms.
import type { Mention } from '../../types.js';
import type { Recognizer } from '../types.js';

const NAME = 'law-firm';
const SUFFIX = /律师事务所|律所/g;
/** Words after which a firm's own name starts (the last one before the suffix wins). */
const LEFT_BOUNDARY =
  /(?:法律顾问单位|顾问单位|法律顾问|合作单位|单位|聘请|聘用|邀请|联合|委托|签订|协同|依托|引入|对接|携手|组织|通过|与|和|及|同|由|的|为|是|请|家|名|位|个|、|[\s,，。;；:：“”"()（）0-9])/g;
const MAX_NAME = 16;

export const lawFirmRecognizer: Recognizer = {
  name: NAME,
  labels: ['LawFirm'],
  recognize(ctx) {
    const mentions: Mention[] = [];
    for (const p of ctx.text.passages) {
      for (const m of p.text.matchAll(SUFFIX)) {
        const suffixAt = m.index!;
        const windowStart = Math.max(0, suffixAt - MAX_NAME);
        const window = p.text.slice(windowStart, suffixAt);
        let cut = 0;
        for (const b of window.matchAll(LEFT_BOUNDARY)) cut = b.index! + b[0].length;
        // Parenthesised city names belong to the firm: 北京市京师(上海)律师事务所.
        let nameStart = windowStart + cut;
        if (p.text[nameStart - 1] === '(' || p.text[nameStart - 1] === '（') {
          const reopen = p.text.lastIndexOf(p.text[nameStart - 1], nameStart - 1);
          const prefix = p.text.slice(Math.max(0, reopen - 8), reopen).match(/[\u4e00-\u9fa5]{2,8}$/);
          nameStart = prefix ? reopen - prefix[0].length : nameStart;
        }
        const end = suffixAt + m[0].length;
        const head = p.text.slice(nameStart, suffixAt);
        if (!/^[\u4e00-\u9fa5()（）]{2,}$/.test(head) || /^(?:本|该|各|多|一|两|几|相关|专业|知名)/.test(head)) continue;
        const name = `${head}律师事务所`;
        mentions.push({
          label: 'LawFirm',
          name,
          surface: p.text.slice(nameStart, end),
          start: p.start + nameStart,
          end: p.start + end,
          passage: p.index,
          recognizer: NAME,
          reason: 'suffix:律师事务所',
          priority: 20,
        });
      }
    }
    return { mentions };
  },
};
