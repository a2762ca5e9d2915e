// Laws cited without 《》 by a gazetteer name or alias (宪法、民法典, 传染病防治法), with guards so a
// name inside a longer word (公证法律服务, 宪法学家, 民法典型) is not taken for a citation. Registered
// last: a law named inside a practice or event found earlier (宪法宣传周) is kept beside it.
import type { LawEntry } from '../../ontology/types.js';
import type { Mention } from '../../types.js';
import { mapSpan, passageSkeleton } from '../skeleton.js';
import type { Recognizer, RecognizerContext } from '../types.js';

const NAME = 'law-gazetteer';

/**
 * After a name ending in 法, these characters make 法 the first half of another word (法律, 法治,
 * 法院, 法规 …): `公证法律服务` is about notarial legal services, not the 公证法.
 */
const LAW_WORD_AFTER_FA = new Set(['律', '治', '院', '官', '庭', '制', '理', '务', '人', '援', '警', '医', '纪', '宝', '网', '则']);
/** 学 starts a discipline (宪法学, 刑法学家) except in 学习; 者/家 name people (宪法学者). */
const WORD_AFTER_ANY = /^(?:学(?!习)|者|家|学家)/;
/** `X法实施条例` cited bare is the State Council's implementing regulation, not the law itself. */
const IMPLEMENTING = /^实施(条例|细则|办法)/;

export interface BareLawVerdict {
  accept: boolean;
  reason: string;
}

/**
 * Decides whether a gazetteer match in running text is a citation of the law, looking at the
 * characters right after it.
 * @example judgeBareLaw('公证法', '律服务').accept === false
 */
export function judgeBareLaw(matched: string, after: string): BareLawVerdict {
  if (matched.length < 2) return { accept: false, reason: 'too-short' };
  if (WORD_AFTER_ANY.test(after)) return { accept: false, reason: `inside-word:${matched}${after[0]}` };
  const next = after[0];
  if (matched.endsWith('法') && next !== undefined) {
    // 法规定 is "the law provides" (依据安全生产法规定), 法规 alone is "regulations".
    if (next === '规' && after[1] !== '定') return { accept: false, reason: `inside-word:法规` };
    if (LAW_WORD_AFTER_FA.has(next)) return { accept: false, reason: `inside-word:法${next}` };
  }
  // 民法典型案例 reads 民法 + 典型案例 when written without the doubled 典.
  if (matched.endsWith('典') && next === '型') return { accept: false, reason: 'inside-word:典型' };
  // 落实中央八项规定精神: the spirit of a rule is a political line, not a citation of the rule.
  if (after.startsWith('精神')) return { accept: false, reason: `spirit-of:${matched}` };
  return { accept: true, reason: `gazetteer:${matched}` };
}

/**
 * A gazetteer program whose name spans the match (宪法宣传周 around 宪法): the law mention is then
 * marked `nestedIn` so resolution keeps both, since the program's name still cites the law.
 */
function findCoveringProgram(ctx: RecognizerContext, skText: string, skStart: number, skEnd: number): string | null {
  const trie = ctx.gazetteers.programs;
  if (trie.size === 0) return null;
  for (let s = Math.max(0, skStart - 12); s <= skStart; s++) {
    const m = trie.longestAt(skText, s);
    if (m && m.end >= skEnd && (m.start < skStart || m.end > skEnd)) return (m.values[0] as { name: string }).name;
  }
  return null;
}

/** Names that may contain a law's name and still cite it (民法典进社区, 宪法宣誓仪式). */
const CONTAINER_LABELS = new Set(['Program', 'Event', 'Platform', 'Organization', 'Institution']);

/** Mentions of recognizers that ran earlier (discovered practices, events …), sorted by start. */
function previousContainers(ctx: RecognizerContext): Mention[] {
  return ctx.previous.filter((m) => CONTAINER_LABELS.has(m.label)).sort((a, b) => a.start - b.start);
}

/** An earlier mention spanning [start, end) and longer than it, by binary search over `sorted`. */
function findCoveringMention(sorted: readonly Mention[], start: number, end: number): string | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  // Names are short: only the few mentions starting just before can reach past `end`.
  for (let k = lo - 1; k >= 0 && start - sorted[k].start <= 40; k--) {
    const m = sorted[k];
    if (m.end >= end && m.end - m.start > end - start) return m.name;
  }
  return null;
}

/** Laws cited without 《》 by a name or alias of the gazetteer (宪法, 民法典, 传染病防治法). */
export const bareLawRecognizer: Recognizer = {
  name: NAME,
  labels: ['Law'],
  recognize(ctx) {
    const trie = ctx.gazetteers.laws;
    const mentions: Mention[] = [];
    if (trie.size === 0) return { mentions };
    const containers = previousContainers(ctx);
    for (const p of ctx.text.passages) {
      // The gazetteer recognizers built the skeleton already; without quotes it is the text itself.
      const shared = passageSkeleton(p);
      const sk = shared.text === p.text ? null : shared;
      const skText = shared.text;
      const toOriginal = (s: number, e: number) => (sk ? mapSpan(sk, p.text, s, e) : { start: s, end: e });
      for (const m of ctx.gazetteers.findAllIn(trie, shared)) {
        const law: LawEntry = m.values[0];
        const afterSk = skText.slice(m.end, m.end + 6);
        const verdict = judgeBareLaw(m.key, afterSk);
        if (!verdict.accept) continue;
        let span = toOriginal(m.start, m.end);
        let name = law.name;
        let attrs: Mention['attrs'] = { kind: law.kind, fullName: law.fullName };
        let reason = verdict.reason;
        const impl = IMPLEMENTING.exec(afterSk);
        if (impl) {
          // Only the 条例 is an instrument of its own tier; 实施细则/办法 cited bare are too vague to name.
          if (impl[1] !== '条例') continue;
          span = toOriginal(m.start, m.end + impl[0].length);
          name = `${law.name}实施条例`;
          attrs = { kind: 'administrative-regulation', fullName: `${law.fullName}实施条例` };
          reason = `gazetteer+implementing:${m.key}`;
        }
        const start = p.start + span.start;
        const endAbs = p.start + span.end;
        const covering = findCoveringMention(containers, start, endAbs) ?? findCoveringProgram(ctx, skText, m.start, m.end);
        if (covering) attrs = { ...attrs, nestedIn: covering };
        mentions.push({
          label: 'Law',
          name,
          surface: p.text.slice(span.start, span.end),
          start,
          end: endAbs,
          passage: p.index,
          recognizer: NAME,
          reason: covering ? `${reason};inside:${covering}` : reason,
          priority: 0,
          attrs,
        });
      }
    }
    return { mentions };
  },
};
