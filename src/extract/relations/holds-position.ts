// HOLDS_POSITION: a person named after a role title of the issuing unit (镇党委书记 张兵 → 练塘镇),
// one relation per title. National leaders (习近平总书记) and titles of other units (区委书记 in a
// town's report) hold no position in the issuer.
import type { Issuer } from '../../types.js';
import { NATIONAL_SCOPE } from '../recognizers/persons.js';
import { levelWordAt, resolveUnitWord, selfReferenceAtStart } from '../recognizers/self-references.js';
import type { RelationCandidate, RelationRecognizer } from '../types.js';

export const HOLDS_POSITION = 'holds-position';

/**
 * True when a role title is a position in the issuer: it opens with the issuer's name, a
 * self-reference or a level word that points at the issuer, or names no unit at all (党委书记).
 * @example titleBelongsToIssuer('镇党委书记', 练塘镇) === true; titleBelongsToIssuer('区委书记', 练塘镇) === false
 */
export function titleBelongsToIssuer(title: string, issuer: Issuer): boolean {
  if (title.startsWith(issuer.name)) return true;
  const self = selfReferenceAtStart(title);
  const word = self?.word ?? levelWordAt(title, 0);
  if (word) return resolveUnitWord(word, issuer)?.name === issuer.name;
  // A title naming another place (青浦区委书记) is not the issuer's.
  for (const p of issuer.parents ?? []) if (title.startsWith(p.name)) return false;
  return !/^[\u4e00-\u9fa5]{2,6}?[省市区县镇乡]/.test(title) || /^(?:党委|党组|党工委|人大|纪委)/.test(title);
}

export const holdsPosition: RelationRecognizer = {
  name: HOLDS_POSITION,
  types: ['HOLDS_POSITION'],
  relate(ctx) {
    const out: RelationCandidate[] = [];
    const issuer = ctx.issuer;
    if (!issuer) return out;
    for (const person of ctx.entities.Person) {
      if (person.props?.scope === NATIONAL_SCOPE) continue;
      const roles = person.props?.roles;
      if (!Array.isArray(roles)) continue;
      const m = person.mentions[0];
      for (const title of roles) {
        if (!titleBelongsToIssuer(title, issuer)) continue;
        out.push({
          type: 'HOLDS_POSITION',
          from: { kind: 'entity', id: person.id },
          to: { kind: 'issuer' },
          props: { title },
          evidence: { passage: m.passage, start: m.start, end: m.end },
          recognizer: HOLDS_POSITION,
        });
      }
    }
    return out;
  },
};
