// RETAINS_COUNSEL (issuer → law firm) when the sentence naming the firm says it is the unit's legal
// adviser: 法律顾问单位XX律师事务所, 聘请XX律师事务所为法律顾问, 与XX律师事务所签订法律顾问(聘用)合同,
// 常年法律顾问, 驻村(社区)律师 … The cue must sit near the firm in the same sentence.
import type { Issuer, Passage } from '../../types.js';
import { resolveUnitWord } from '../recognizers/self-references.js';
import type { RelationCandidate, RelationRecognizer } from '../types.js';

const NAME = 'retains-counsel';
/** How far (in characters) the cue may be from the firm's name, either side. */
const MAX_DISTANCE = 30;
/** Words saying a firm advises the unit (or its villages and communities on its behalf). */
const COUNSEL_CUE =
  /法律顾问|顾问单位|常年顾问|顾问律师|驻(?:村|社区|镇|居)律师|村(?:\(居\)|（居）|居|\(社区\)|（社区）|社区)?律师|一村(?:\(社区\)|（社区）|\(居\)|居)?一(?:法律)?顾问/g;
/** A cue about advising someone else (为企业提供法律顾问服务) names no counsel of the unit. */
const OTHER_CLIENT = /(?:企业|群众|居民|村民|商户|个人|当事人|职工|家庭)(?:提供|开展)?$/;
/** An upper-level body as the subject of the clause: the firm advises it, not the issuer. */
const OTHER_SUBJECT = /^([\u4e00-\u9fa5]{0,8}?(?:省|市|区|县))(?:委|政府|人民政府|司法局|法院|人民法院|检察院|人民检察院)/;

/**
 * Whether the clause before the firm opens with another body than the issuer: 区司法局组织… in a
 * town's report; but 县政府聘请… in a county's report, or 平阳县人民政府聘请…, is the issuer itself.
 */
function opensWithOtherBody(clause: string, issuer: Issuer): boolean {
  const m = OTHER_SUBJECT.exec(clause);
  if (!m) return false;
  const unit = m[1];
  if (unit === issuer.name || unit.endsWith(issuer.name)) return false;
  if (unit.length === 1) return resolveUnitWord(unit, issuer)?.name !== issuer.name;
  return true;
}
const SENTENCE_END = /[。;；!！?？\n]/;
const CLAUSE_END = /[,，。;；!！?？\n]/;

/** Longest stretch read on either side of the firm: sentences are far shorter. */
const MAX_SENTENCE_SIDE = 200;

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  const floor = Math.max(0, start - MAX_SENTENCE_SIDE);
  while (s > floor && !SENTENCE_END.test(text[s - 1])) s--;
  let e = end;
  const ceiling = Math.min(text.length, end + MAX_SENTENCE_SIDE);
  while (e < ceiling && !SENTENCE_END.test(text[e])) e++;
  if (e < text.length) e++;
  return [s, e];
}

function clauseStart(text: string, from: number, floor: number): number {
  let s = from;
  while (s > floor && !CLAUSE_END.test(text[s - 1])) s--;
  return s;
}

/**
 * Finds the counsel cue nearest to the firm at local offsets [start, end) of `sentence`, or null.
 */
export function findCounselCue(sentence: string, start: number, end: number): { start: number; end: number; cue: string } | null {
  let best: { start: number; end: number; cue: string } | null = null;
  let bestDistance = Infinity;
  for (const m of sentence.matchAll(COUNSEL_CUE)) {
    const cs = m.index!;
    const ce = cs + m[0].length;
    const distance = ce <= start ? start - ce : cs >= end ? cs - end : 0;
    if (distance > MAX_DISTANCE) continue;
    if (OTHER_CLIENT.test(sentence.slice(Math.max(0, cs - 8), cs))) continue;
    if (distance < bestDistance) {
      best = { start: cs, end: ce, cue: m[0] };
      bestDistance = distance;
    }
  }
  return best;
}

export const retainsCounsel: RelationRecognizer = {
  name: NAME,
  types: ['RETAINS_COUNSEL'],
  relate(ctx) {
    const out: RelationCandidate[] = [];
    if (!ctx.issuer || ctx.entities.LawFirm.length === 0) return out;
    const passages = new Map<number, Passage>(ctx.text.passages.map((p) => [p.index, p]));
    for (const firm of ctx.entities.LawFirm) {
      for (const m of firm.mentions) {
        const p = passages.get(m.passage);
        if (!p) continue;
        const ls = m.start - p.start;
        const le = m.end - p.start;
        const [ss, se] = sentenceBounds(p.text, ls, le);
        const sentence = p.text.slice(ss, se);
        const cue = findCounselCue(sentence, ls - ss, le - ss);
        if (!cue) continue;
        // 区司法局组织XX律师事务所…: the clause's subject is another body, not the issuer.
        const cs = clauseStart(p.text, Math.min(ls, ss + cue.start), ss);
        if (opensWithOtherBody(p.text.slice(cs, ls), ctx.issuer)) continue;
        out.push({
          type: 'RETAINS_COUNSEL',
          from: { kind: 'issuer' },
          to: { kind: 'entity', id: firm.id },
          props: { year: ctx.year },
          evidence: { passage: p.index, start: p.start + ss, end: p.start + se },
          recognizer: NAME,
        });
        break;
      }
    }
    return out;
  },
};
