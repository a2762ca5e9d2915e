// The bundled named queries, all Cypher in one place. Texts stay in the subset Neo4j 5 and Kùzu
// share: one label per node (`:AdminUnit` + `level`, never Township), no type()/labels()/id(), no
// CALL {}, no list comprehensions, no WITH … ORDER BY without LIMIT, no NULL literals in UNION
// branches (Kùzu cannot type them, and crashes on some), no parameter echoed through CASE, and
// `start`/`end` back-quoted (reserved in Kùzu). Values always come in as $params.
import type { NamedQuery } from './types.js';

/**
 * An AdminUnit by division code, name (练塘镇) or name without its kind (练塘). Written without
 * `$p + t.kind`: Kùzu types a parameter at its first use and then rejects `+` on it.
 */
function matchUnit(v: string, param: string): string {
  return (
    `(${v}.code = $${param} OR ${v}.name = $${param} OR (${v}.name STARTS WITH $${param}` +
    ` AND ${v}.name ENDS WITH ${v}.kind AND size(${v}.name) = size($${param}) + size(${v}.kind)))`
  );
}

/** A law by short name, full name (中华人民共和国…) or alias. */
function matchLaw(v: string, param: string): string {
  return `(${v}.name = $${param} OR ${v}.fullName = $${param} OR $${param} IN ${v}.aliases)`;
}

/** A program (practice) by name or alias (新时代枫桥经验 → 枫桥经验). */
function matchProgram(v: string, param: string): string {
  return `(${v}.name = $${param} OR $${param} IN ${v}.aliases)`;
}

/** Any named node, whatever its label: by id, code, name, title, full name or alias. */
function matchEntity(v: string, param: string): string {
  return (
    `(${v}.id = $${param} OR ${v}.code = $${param} OR ${v}.name = $${param} OR ${v}.title = $${param}` +
    ` OR ${v}.fullName = $${param} OR $${param} IN ${v}.aliases)`
  );
}

const LIMIT = (fallback: number) => ({
  name: 'limit',
  type: 'int' as const,
  description: 'maximum number of rows',
  default: fallback,
});

/**
 * The evidence branches for a town (or a report) named by $`unit` and an entity named by
 * $`entity`: the passages of its reports that mention the entity, read from the town or report.
 */
function evidenceOfUnit(unit: string, entity: string): string[] {
  const mentions = `-[:HAS_PASSAGE]->(p:Passage)-[m:MENTIONS]->(e) WHERE ${matchEntity('e', entity)}`;
  return [
    `MATCH (t:AdminUnit) WHERE ${matchUnit('t', unit)}\nWITH t\nMATCH (t)<-[:ISSUED_BY]-(r:Report)${mentions}`,
    `MATCH (r:Report) WHERE r.id = $${unit} OR r.title = $${unit}\nWITH r\nMATCH (t:AdminUnit)<-[:ISSUED_BY]-(r)${mentions}`,
  ];
}

const EVIDENCE_COLUMNS =
  'RETURN t.name AS town, r.year AS year, r.title AS report, p.section AS section, m.surface AS surface, ' +
  'm.`start` AS `start`, m.`end` AS `end`, p.text AS passage';

export const QUERY_PACK: NamedQuery[] = [
  {
    name: 'towns-citing-law',
    description: 'Towns whose reports cite a law (by short name, full name or alias), with year and number of mentions',
    params: [{ name: 'law', type: 'string', description: 'law name, e.g. 行政处罚法 or 中华人民共和国行政处罚法' }],
    cypher: `MATCH (r:Report)-[c:CITES]->(l:Law)
WHERE ${matchLaw('l', 'law')}
MATCH (r)-[:ISSUED_BY]->(t:AdminUnit)
RETURN t.name AS town, t.level AS level, t.province AS province, t.code AS code, r.year AS year, l.name AS law, c.count AS mentions
ORDER BY town, year`,
  },
  {
    name: 'laws-cited-by-town',
    description: "Laws cited in a town's reports, with kind and number of mentions",
    params: [{ name: 'town', type: 'string', description: 'town name (练塘镇), short name (练塘) or division code' }],
    cypher: `MATCH (r:Report)-[:ISSUED_BY]->(t:AdminUnit)
WHERE ${matchUnit('t', 'town')}
MATCH (r)-[c:CITES]->(l:Law)
RETURN t.name AS town, r.year AS year, l.name AS law, l.kind AS kind, c.count AS mentions
ORDER BY town, year, mentions DESC, law`,
  },
  {
    name: 'law-ranking',
    description: 'Laws ranked by the number of towns citing them, with kind',
    params: [
      { name: 'kind', type: 'string', description: 'only laws of this kind (national-law, local-regulation …); empty for all', default: '' },
      LIMIT(20),
    ],
    cypher: `MATCH (r:Report)-[:CITES]->(l:Law)
WHERE $kind = '' OR l.kind = $kind
MATCH (r)-[:ISSUED_BY]->(t:AdminUnit)
WITH l, count(DISTINCT t) AS towns, count(DISTINCT r) AS reports, collect(DISTINCT t.name) AS townNames
RETURN l.name AS law, l.kind AS kind, towns, reports, townNames
ORDER BY towns DESC, reports DESC, law
LIMIT $limit`,
  },
  {
    name: 'shared-practices',
    description: 'Pairs of towns and the practices (programs) they share, weighted by the number shared',
    params: [
      { name: 'min', type: 'int', description: 'least number of shared practices', default: 1 },
      LIMIT(50),
      { name: 'town', type: 'string', description: 'only pairs with this town (name, short name or code); empty for all pairs', default: '' },
      {
        name: 'maxTowns',
        type: 'int',
        description: 'only practices adopted by at most this many towns (0: every practice); the pairs of a practice every town names are many and say little',
        default: 100,
      },
    ],
    // The adopters of each practice are paired only for practices adopted by at most $maxTowns
    // towns: pairing all is quadratic (at 20,000 reports, 3 billion pairs; Kùzu filled its buffer
    // pool after 5 minutes). With a town, only its practices are paired, from it.
    cypher: `MATCH (p:Program)<-[:ADOPTS]-(:Report)-[:ISSUED_BY]->(u:AdminUnit)
WITH p, count(DISTINCT u) AS adopters
WHERE $maxTowns = 0 OR adopters <= $maxTowns
MATCH (a:AdminUnit)<-[:ISSUED_BY]-(:Report)-[:ADOPTS]->(p)
WHERE $town = '' OR ${matchUnit('a', 'town')}
WITH DISTINCT a, p
MATCH (p)<-[:ADOPTS]-(:Report)-[:ISSUED_BY]->(b:AdminUnit)
WHERE a.code <> b.code AND (a.code < b.code OR ($town <> '' AND NOT ${matchUnit('b', 'town')}))
WITH a, b, collect(DISTINCT p.name) AS practices
WHERE size(practices) >= $min
RETURN a.name AS townA, b.name AS townB, size(practices) AS shared, practices
ORDER BY shared DESC, townA, townB
LIMIT $limit`,
  },
  {
    name: 'practice-adopters',
    description: 'Towns adopting a practice, with province and year',
    params: [{ name: 'practice', type: 'string', description: 'practice name or alias, e.g. 枫桥经验' }],
    cypher: `MATCH (r:Report)-[a:ADOPTS]->(p:Program)
WHERE ${matchProgram('p', 'practice')}
MATCH (r)-[:ISSUED_BY]->(t:AdminUnit)
RETURN p.name AS practice, t.name AS town, t.province AS province, r.year AS year, a.count AS mentions
ORDER BY year, province, town`,
  },
  {
    name: 'practice-spread-by-year',
    description: 'Number of towns adopting each practice, year by year',
    params: [{ name: 'practice', type: 'string', description: 'one practice (name or alias); empty for all', default: '' }],
    cypher: `MATCH (r:Report)-[:ADOPTS]->(p:Program)
WHERE $practice = '' OR ${matchProgram('p', 'practice')}
MATCH (r)-[:ISSUED_BY]->(t:AdminUnit)
WITH p.name AS practice, r.year AS year, collect(DISTINCT t.name) AS towns
RETURN practice, year, size(towns) AS townCount, towns
ORDER BY practice, year`,
  },
  {
    name: 'law-firms',
    description: 'Law firms and the towns retaining them as legal advisers',
    params: [{ name: 'firm', type: 'string', description: 'one law firm; empty for all', default: '' }],
    cypher: `MATCH (t:AdminUnit)-[c:RETAINS_COUNSEL]->(f:LawFirm)
WHERE $firm = '' OR f.name = $firm
RETURN f.name AS firm, t.name AS town, t.province AS province, c.year AS year
ORDER BY firm, town, year`,
  },
  {
    name: 'co-cited-laws',
    description: 'Laws cited together in the same reports, weighted by the number of reports',
    params: [{ name: 'law', type: 'string', description: 'only laws cited together with this one; empty for all pairs', default: '' }, LIMIT(50)],
    cypher: `MATCH (a:Law)<-[:CITES]-(r:Report)-[:CITES]->(b:Law)
WHERE a.id <> b.id AND (($law = '' AND a.id < b.id) OR ($law <> '' AND ${matchLaw('a', 'law')}))
MATCH (r)-[:ISSUED_BY]->(t:AdminUnit)
WITH a, b, count(DISTINCT r) AS reports, collect(DISTINCT t.name) AS towns
RETURN a.name AS law, b.name AS coCited, reports, towns
ORDER BY reports DESC, law, coCited
LIMIT $limit`,
  },
  {
    name: 'evidence',
    description: 'The passages behind an edge between two named things (a town and a law, a town and a firm, two laws …)',
    params: [
      { name: 'from', type: 'string', description: 'a town (name, short name, code), a report (title, id) or an entity (name, alias, id)' },
      { name: 'to', type: 'string', description: 'the other end: an entity, or a town / report' },
    ],
    // One branch per way of naming an end, each starting from the nodes its parameter names (the
    // WITH after them makes the store walk out from there), so it reads only their neighbourhood:
    // one branch with ORs read every MENTIONS edge, minutes at 20,000 reports. The town's (or
    // report's) passages that mention the entity, either way round; then the passages that mention
    // both entities.
    cypher: [
      ...evidenceOfUnit('from', 'to'),
      ...evidenceOfUnit('to', 'from'),
      `MATCH (a) WHERE ${matchEntity('a', 'from')}
WITH a
MATCH (a)<-[:MENTIONS]-(p:Passage)
WITH DISTINCT p
MATCH (p)-[m:MENTIONS]->(e) WHERE ${matchEntity('e', 'to')}
WITH p, m
MATCH (t:AdminUnit)<-[:ISSUED_BY]-(r:Report)-[:HAS_PASSAGE]->(p)`,
    ]
      .map((branch) => `${branch}\n${EVIDENCE_COLUMNS}`)
      .join('\nUNION\n'),
  },
  {
    name: 'town-profile',
    description: "Everything about one town, one row per report: laws, documents, practices, counsel, institutions, people, figures",
    params: [{ name: 'town', type: 'string', description: 'town name (练塘镇), short name (练塘) or division code' }],
    // One OPTIONAL MATCH + collect per aspect keeps one row per report (no row explosion, no UNION);
    // coalesce: Kùzu's collect of nothing is null where Neo4j's is [].
    cypher: `MATCH (r:Report)-[:ISSUED_BY]->(t:AdminUnit)
WHERE ${matchUnit('t', 'town')}
OPTIONAL MATCH (t)-[:PART_OF*1..4]->(u:AdminUnit)
WITH t, r, coalesce(collect(DISTINCT u.name), []) AS partOf
OPTIONAL MATCH (r)-[:CITES]->(l:Law)
WITH t, r, partOf, coalesce(collect(DISTINCT l.name), []) AS laws
OPTIONAL MATCH (r)-[:CITES]->(d:Document)
WITH t, r, partOf, laws, coalesce(collect(DISTINCT d.title), []) AS documents
OPTIONAL MATCH (r)-[:ADOPTS]->(p:Program)
WITH t, r, partOf, laws, documents, coalesce(collect(DISTINCT p.name), []) AS practices
OPTIONAL MATCH (t)-[:RETAINS_COUNSEL]->(f:LawFirm)
WITH t, r, partOf, laws, documents, practices, coalesce(collect(DISTINCT f.name), []) AS counsel
OPTIONAL MATCH (r)-[:MENTIONS]->(i:Institution)
WITH t, r, partOf, laws, documents, practices, counsel, coalesce(collect(DISTINCT i.name), []) AS institutions
OPTIONAL MATCH (r)-[:MENTIONS]->(o:Organization)
WITH t, r, partOf, laws, documents, practices, counsel, institutions, coalesce(collect(DISTINCT o.name), []) AS organizations
OPTIONAL MATCH (r)-[:MENTIONS]->(pl:Platform)
WITH t, r, partOf, laws, documents, practices, counsel, institutions, organizations, coalesce(collect(DISTINCT pl.name), []) AS platforms
OPTIONAL MATCH (r)-[:MENTIONS]->(pe:Person)
WITH t, r, partOf, laws, documents, practices, counsel, institutions, organizations, platforms, coalesce(collect(DISTINCT pe.name), []) AS people
OPTIONAL MATCH (r)-[:MENTIONS]->(ev:Event)
WITH t, r, partOf, laws, documents, practices, counsel, institutions, organizations, platforms, people, coalesce(collect(DISTINCT ev.name), []) AS events
OPTIONAL MATCH (r)-[x:REPORTS]->(:Indicator)
WITH t, r, partOf, laws, documents, practices, counsel, institutions, organizations, platforms, people, events, coalesce(collect(DISTINCT x.raw), []) AS figures
RETURN t.name AS town, t.code AS code, t.province AS province, partOf, r.year AS year, r.title AS report,
  laws, documents, practices, counsel, institutions, organizations, platforms, people, events, figures
ORDER BY year, report`,
  },
  {
    name: 'compare-towns',
    description: 'Laws and practices of two towns side by side: in both, townA only or townB only',
    params: [
      { name: 'townA', type: 'string', description: 'first town (name, short name or code)' },
      { name: 'townB', type: 'string', description: 'second town (name, short name or code)' },
    ],
    cypher: `MATCH (r:Report)-[:ISSUED_BY]->(t:AdminUnit)
WHERE ${matchUnit('t', 'townA')} OR ${matchUnit('t', 'townB')}
MATCH (r)-[:CITES]->(l:Law)
WITH l, max(CASE WHEN ${matchUnit('t', 'townA')} THEN 1 ELSE 0 END) AS inA, max(CASE WHEN ${matchUnit('t', 'townB')} THEN 1 ELSE 0 END) AS inB
RETURN 'law' AS aspect, l.name AS name, CASE WHEN inA = 1 AND inB = 1 THEN 'both' WHEN inA = 1 THEN 'townA only' ELSE 'townB only' END AS side
ORDER BY side, name
UNION ALL
MATCH (r:Report)-[:ISSUED_BY]->(t:AdminUnit)
WHERE ${matchUnit('t', 'townA')} OR ${matchUnit('t', 'townB')}
MATCH (r)-[:ADOPTS]->(p:Program)
WITH p, max(CASE WHEN ${matchUnit('t', 'townA')} THEN 1 ELSE 0 END) AS inA, max(CASE WHEN ${matchUnit('t', 'townB')} THEN 1 ELSE 0 END) AS inB
RETURN 'practice' AS aspect, p.name AS name, CASE WHEN inA = 1 AND inB = 1 THEN 'both' WHEN inA = 1 THEN 'townA only' ELSE 'townB only' END AS side
ORDER BY side, name`,
  },
  {
    name: 'plans-next-year',
    description: 'Practices named in the plan sections (next year\'s work) of the reports',
    params: [{ name: 'town', type: 'string', description: 'one town (name, short name or code); empty for all', default: '' }],
    // Walked out from the towns, one step per WITH, so a town's reports are read from it: at 20,000
    // reports one town took 10 s (every plan passage's mentions were read first), now 0.7 s; all
    // towns 18 s, now 7 s.
    cypher: `MATCH (t:AdminUnit)
WHERE $town = '' OR ${matchUnit('t', 'town')}
WITH t
MATCH (t)<-[:ISSUED_BY]-(r:Report)
WITH t, r
MATCH (r)-[:HAS_PASSAGE]->(p:Passage)
WHERE p.role = 'plan'
WITH t, r, p
MATCH (p)-[:MENTIONS]->(x:Program)
RETURN t.name AS town, r.year AS year, x.name AS practice, x.category AS category, count(*) AS mentions, collect(DISTINCT p.section) AS sections
ORDER BY town, year, mentions DESC, practice`,
  },
  {
    name: 'search',
    description: 'Passages containing a phrase, with town, year and section',
    params: [{ name: 'phrase', type: 'string', description: 'text to look for, e.g. 法律顾问' }, LIMIT(50)],
    cypher: `MATCH (r:Report)-[:HAS_PASSAGE]->(p:Passage)
WHERE p.text CONTAINS $phrase
OPTIONAL MATCH (r)-[:ISSUED_BY]->(t:AdminUnit)
RETURN t.name AS town, r.year AS year, p.section AS section, p.role AS role, p.\`start\` AS \`start\`, p.text AS text
ORDER BY town, year, \`start\`
LIMIT $limit`,
  },
];
