// Recognises the unit that issued a report (a 镇, 街道, 区, 县 …) and the year it covers, from the
// title, the page's metadata rows, headings, the signature block and the body, weighted by source.
//
// Every evidence line is read as a chain of admin names from large to small (天津市 › 河东区 ›
// 鲁山道街道); the last name of a chain is the unit that line speaks for, the others are context.
// A department (XX区司法局) speaks for its unit (XX区). Names the tables lack but the suffix grammar
// accepts (新设的某某镇) are kept with code null.

import type { AdminLevel, AdminRef, Issuer, PageMeta } from '../../types.js';
import { normalizeText } from '../../text/normalize-text.js';
import { rankAdminLevel, type AdminIndex, type AdminUnit } from '../../resolve/admin/admin-index.js';
import { kindOfAdminName } from '../../resolve/admin/admin-name-grammar.js';
import { findAdminNames, groupAdminChains, type AdminToken } from '../../resolve/admin/find-admin-names.js';
import { addAdminContext, resolveAdminName, scanAdminContext, weighAdminContext, type AdminCandidate } from '../../resolve/admin/resolve-admin.js';
import { findSelfReferences } from './find-self-references.js';
import {
  findHeadingLines,
  findOpeningLine,
  findSignature,
  findTitle,
  parseDate,
  parseYear,
  PUBLISHED_LABELS,
  PUBLISHER_LABELS,
  readLabelledValue,
  SOURCE_LABELS,
  splitLines,
  WRITTEN_LABELS,
} from './read-report-lines.js';

export interface IssuerInput {
  text: string;
  meta: PageMeta;
  title?: string;
  passages?: { start: number; end: number; text: string }[];
}

export interface IssuerResult {
  issuer: Issuer | null;
  year: number | null;
  publishedAt: string | null;
  title: string | null;
  /** True when the issuer's name exists in several places and the text did not decide between them. */
  ambiguous?: boolean;
}

export type EvidenceSource = 'title' | 'publisher' | 'source' | 'heading' | 'signature' | 'opening' | 'body';

/** How much each kind of line counts when it names a unit. */
export interface FindIssuerOptions {
  weights?: Partial<Record<EvidenceSource, number>>;
  /** Extra vote for units whose kind matches the text's self-references (我镇 → 镇). */
  selfReferenceWeight?: number;
  /** Share of an ancestor's votes passed down to a voted unit inside it (县 votes help its 镇). */
  ancestorShare?: number;
}

export const DEFAULT_FIND_ISSUER: Required<FindIssuerOptions> & { weights: Record<EvidenceSource, number> } = {
  weights: { title: 3, publisher: 2.5, source: 2.5, heading: 2, signature: 2, opening: 1.5, body: 1 },
  selfReferenceWeight: 0.5,
  ancestorShare: 0.5,
};

interface Evidence {
  source: EvidenceSource;
  text: string;
  weight: number;
}

/** A unit some evidence speaks for: a unit of the tables, or a grammatical name the tables lack. */
interface Claim {
  name: string;
  /** Units the name can be (before context decides). */
  units: readonly AdminUnit[];
  /** Names written before it in the same chain (its ancestors, as the text gives them). */
  above: string[];
  source: EvidenceSource;
  weight: number;
}

const SELF_REFERENCE_KINDS: Record<string, string[]> = {
  镇: ['镇'],
  乡: ['乡', '民族乡'],
  街道: ['街道'],
  苏木: ['苏木', '民族苏木'],
  区: ['区', '林区', '特区'],
  县: ['县', '自治县'],
  旗: ['旗', '自治旗'],
  市: ['市', '县级市'],
};

// A unit name the tables may lack: a stem and a suffix, before a body word, a year or 关于/法治.
const GRAMMAR_NAME =
  /^(?:\d{4}年度?)?(?:中共)?([\u4e00-\u9fa5]{2,6}?(?:街道|镇|乡|苏木|区|县|旗))(?=人民政府|政府|办事处|党委|党工委|委员会|司法|\d|关于|法治|依法|$)/;
const GRAMMAR_LEVEL: Record<string, AdminLevel> = { 街道: 'township', 镇: 'township', 乡: 'township', 苏木: 'township', 区: 'county', 县: 'county', 旗: 'county' };
/** Not the stem of a place: a pronoun or a level word first, or a phrase of rule of law (依法治县). */
const NOT_A_STEM = /^[本我全各该市区县镇乡]|依法|法治/;
/** Words between a unit and what follows it: its government, its party committee (县委, 党委) … */
const LEADING_GLUE = /^(?:\s|人民政府|政府|办事处|中共|党委|党工委|工委|委员会|委)+/;

/**
 * The issuer, year, publication date and title of a report.
 * @example findIssuer({ text, meta: {} }, loadAdminIndex()).issuer?.code === '310118103'
 */
export function findIssuer(input: IssuerInput, index: AdminIndex, options: FindIssuerOptions = {}): IssuerResult {
  const o = { ...DEFAULT_FIND_ISSUER, ...options, weights: { ...DEFAULT_FIND_ISSUER.weights, ...options.weights } };
  const text = normalizeText(input.text);
  const meta = input.meta ?? {};
  const lines = splitLines(text);

  const found = findTitle({ ...meta, title: input.title ?? meta.title }, lines);
  const title = found.title;
  const titleLine = found.line;

  // ---- evidence lines
  const evidence: Evidence[] = [];
  const add = (source: EvidenceSource, s: string | null | undefined): void => {
    if (s) evidence.push({ source, text: normalizeText(s), weight: o.weights[source] });
  };
  add('title', title);
  add('publisher', meta.publisher ?? readLabelledValue(text, PUBLISHER_LABELS)?.value);
  add('source', meta.source ?? readLabelledValue(text, SOURCE_LABELS)?.value);
  for (const l of findHeadingLines(lines, titleLine)) add('heading', l.text);
  const signature = findSignature(lines);
  for (const l of signature.lines) add('signature', l.text);
  const opening = findOpeningLine(lines, titleLine);
  if (opening) add('opening', opening.text.slice(0, 40));

  // ---- context: names in the evidence chains count as much as their line, the body adds a little
  const bodyTokens = scanAdminContext(text, index);
  const context = weighAdminContext(text, bodyTokens);
  const claims: Claim[] = [];
  for (const e of evidence) {
    const claim = readClaim(e, index);
    if (!claim) continue;
    claims.push(claim);
    for (const name of claim.above) addAdminContext(context, name, e.weight);
  }
  claims.push(...readBodyClaims(bodyTokens, o.weights.body));

  // ---- resolve every claimed name, then vote
  const selfKinds = countSelfReferenceKinds(text);
  interface Vote {
    unit: AdminUnit | null;
    name: string;
    votes: number;
    sources: Set<EvidenceSource>;
    chain: AdminRef[];
    ambiguous: boolean;
    /** How much of the unit's ancestry the text confirmed (resolveAdminName's score). */
    confirmed: number;
  }
  const votes = new Map<string, Vote>();
  const addVote = (key: string, fresh: () => Vote, c: Claim): string => {
    const vote = votes.get(key) ?? fresh();
    vote.votes += c.weight;
    vote.sources.add(c.source);
    votes.set(key, vote);
    return key;
  };
  const vote = (c: Claim): string => {
    // The nearest name written before the claim (西湖区 in 南昌市西湖区西湖街道), as the context reads it.
    const nearest = c.above.length ? resolveAdminName(c.above[c.above.length - 1], context, index) : [];
    // The claim's unit is the best candidate that lies inside what that name can be.
    const parents = writtenParents(nearest);
    const best = c.units.length
      ? resolveAdminName(c.name, context, index).find(
          (cand) => c.units.some((u) => u.code === cand.unit.code) && (!parents || cand.chain.some((r) => parents.has(r.code))),
        )
      : undefined;
    if (best && (best.match !== 'loose' || best.score > 0)) {
      return addVote(best.unit.code, () => ({ unit: best.unit, name: best.unit.name, votes: 0, sources: new Set(), chain: best.chain, ambiguous: best.ambiguous, confirmed: best.score }), c);
    }
    // A name the tables lack, or lack under the ancestors written before it (南昌市西湖区西湖街道,
    // when the tables have 西湖街道 only elsewhere): kept with code null, under those ancestors.
    const key = addVote(`?${c.name}`, () => ({ unit: null, name: c.name, votes: 0, sources: new Set(), chain: [], ambiguous: false, confirmed: 0 }), c);
    // The title often writes the bare name; the source line may give the county before it.
    const v = votes.get(key)!;
    if (!v.chain.length) v.chain = nearest[0]?.chain ?? [];
    return key;
  };
  // Claims whose line writes the unit's ancestors (中山市三乡镇人民政府) say which unit of that name
  // is meant; a bare name (the title's 三乡镇, the body's) speaks for the same one.
  const placed = new Map<string, Map<string, number>>();
  for (const c of claims) {
    if (!c.above.length) continue;
    const key = vote(c);
    const byKey = placed.get(c.name) ?? new Map<string, number>();
    byKey.set(key, (byKey.get(key) ?? 0) + c.weight);
    placed.set(c.name, byKey);
  }
  for (const c of claims) {
    if (c.above.length) continue;
    const byKey = placed.get(c.name);
    if (!byKey) {
      vote(c);
      continue;
    }
    let top = '';
    let most = -1;
    for (const [key, weight] of byKey) if (weight > most || (weight === most && key < top)) [top, most] = [key, weight];
    addVote(top, () => votes.get(top)!, c);
  }
  if (!votes.size) return { issuer: null, year: findYear(title, opening?.text, null), publishedAt: findPublishedAt(), title };

  // A unit's score: its own votes, a share of the votes for units above it, and the self-references.
  const scored = [...votes.values()].map((v) => {
    const aboveCodes = new Set(v.chain.map((r) => r.code));
    let score = v.votes;
    for (const other of votes.values()) {
      if (other !== v && other.unit && aboveCodes.has(other.unit.code)) score += o.ancestorShare * other.votes;
    }
    const kind = v.unit?.kind ?? kindOfAdminName(v.name, levelOfGrammarName(v.name));
    for (const [written, n] of selfKinds) {
      if (n >= 2 && SELF_REFERENCE_KINDS[written]?.includes(kind)) score += o.selfReferenceWeight;
    }
    return { v, score };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      rankAdminLevel(b.v.unit?.level ?? 'township') - rankAdminLevel(a.v.unit?.level ?? 'township') ||
      (a.v.unit?.code ?? a.v.name).localeCompare(b.v.unit?.code ?? b.v.name),
  );
  const win = scored[0].v;
  const publishedAt = findPublishedAt();
  // A name of several units (城关镇: 88) whose ancestors the text confirms none of: the first by
  // code would be a guess, often in the wrong province. Kept with code null, under the one county
  // or city the text names as a full name, if it names exactly one.
  const guess = win.unit && win.ambiguous && win.confirmed === 0;
  const issuer = guess
    ? makeIssuer(win.name, null, namedParent(win.unit!.level, context, index), [...win.sources])
    : makeIssuer(win.name, win.unit, win.chain, [...win.sources]);
  return {
    issuer,
    year: findYear(title, opening?.text, publishedAt),
    publishedAt,
    title,
    ...(win.ambiguous ? { ambiguous: true } : {}),
  };

  function findPublishedAt(): string | null {
    if (meta.publishedAt) return meta.publishedAt;
    if (titleLine >= 0) {
      const beside = parseDate(lines[titleLine].text.slice((title ?? '').length));
      if (beside) return beside;
    }
    const labelled = readLabelledDate(text, PUBLISHED_LABELS);
    if (labelled) return labelled;
    return meta.writtenAt ?? readLabelledDate(text, WRITTEN_LABELS) ?? signature.date;
  }
}

function readLabelledDate(text: string, labels: readonly string[]): string | null {
  const v = readLabelledValue(text, labels, 30);
  return v ? parseDate(v.value) : null;
}

/** The year covered: from the title, else an opening `2023年,…`, else the year before publication. */
function findYear(title: string | null, opening: string | undefined, publishedAt: string | null): number | null {
  const fromTitle = title ? parseYear(title) : null;
  if (fromTitle) return fromTitle;
  const m = opening ? /^(20\d{2})\s*年/.exec(opening) : null;
  if (m) return Number(m[1]);
  return publishedAt ? Number(publishedAt.slice(0, 4)) - 1 : null;
}

/** The unit an evidence line speaks for: the last name of its first chain, or a grammatical name. */
function readClaim(e: Evidence, index: AdminIndex): Claim | null {
  const tokens = findAdminNames(e.text, index);
  const chain = groupAdminChains(e.text, tokens)[0] ?? [];
  const above = chain.slice(0, -1).map((t) => t.surface);
  const last: AdminToken | undefined = chain[chain.length - 1];

  // A name right after the chain (or at the start) that the tables lack: 新安县新名镇人民政府.
  if (e.source !== 'opening') {
    const after = last ? e.text.slice(last.end) : e.text;
    const m = GRAMMAR_NAME.exec(after.replace(LEADING_GLUE, ''));
    if (m && !NOT_A_STEM.test(m[1]) && !index.byName(m[1]).length && !opensWithAdminName(m[1], index)) {
      // Units of the same stem with another suffix (a 镇 since made a 街道) may still be meant:
      // the vote accepts them only when the text confirms their ancestors.
      const loose = resolveAdminName(m[1], new Map(), index).map((c) => c.unit);
      return { name: m[1], units: loose, above: last ? [...above, last.surface] : [], source: e.source, weight: e.weight };
    }
  }
  if (!last) return null;
  // 西安市生态环境局雁塔分局, 某市公安局某某分局: a city bureau's branch named after a district or
  // county of the city serves that unit, and speaks for it.
  const branch = BRANCH.exec(e.text.slice(last.end));
  const served = branch ? countyOfCityByShortName(last.units, branch[1], index) : null;
  if (served) return { name: served.name, units: [served], above: [...above, last.surface], source: e.source, weight: e.weight };
  // 港口区人民政府王府街道办事处: the office of a street the tables name 王府街道 speaks for that street.
  const office = STREET_OFFICE.exec(last.surface);
  const street = office ? index.byName(office[1]) : [];
  if (street.length) return { name: office![1], units: street, above, source: e.source, weight: e.weight };
  return { name: last.surface, units: last.units, above, source: e.source, weight: e.weight };
}

/** A street office named with its office word (王府街道办事处). */
const STREET_OFFICE = /^(.{2,10}街道)办事处$/;
/** A city bureau's branch named after a unit of the city (生态环境局|雁塔|分局), right after the city. */
const BRANCH = /^[\u4e00-\u9fa5]{2,12}?局([\u4e00-\u9fa5]{2,4}?)分局/;

/** The district, county or county-level city of one of `cities` whose name is `short` and its level word. */
function countyOfCityByShortName(cities: readonly AdminUnit[], short: string, index: AdminIndex): AdminUnit | null {
  const codes = cities.filter((c) => c.level === 'city').map((c) => c.code);
  if (!codes.length) return null;
  for (const suffix of ['区', '县', '市', '旗']) {
    const unit = index.byName(short + suffix).find((u) => u.level === 'county' && codes.some((c) => u.code.startsWith(c)));
    if (unit) return unit;
  }
  return null;
}

/** Whether a grammatical name opens with a unit of the tables (绵阳市|涪城区: a second chain, not a new name). */
function opensWithAdminName(name: string, index: AdminIndex): boolean {
  for (let k = 2; k < name.length; k++) if (index.byName(name.slice(0, k)).length) return true;
  return false;
}

/** Townships and counties named often in the body: weak votes, decisive only when nothing else names one. */
function readBodyClaims(tokens: readonly AdminToken[], weight: number): Claim[] {
  const counts = new Map<string, { n: number; token: AdminToken }>();
  for (const t of tokens) {
    if (t.match !== 'exact' || !t.units.some((u) => u.level === 'county' || u.level === 'township')) continue;
    const c = counts.get(t.surface);
    if (c) c.n++;
    else counts.set(t.surface, { n: 1, token: t });
  }
  const out: Claim[] = [];
  for (const [name, { n, token }] of counts) {
    if (n < 2) continue;
    out.push({ name, units: token.units, above: [], source: 'body', weight: Math.min(weight, (weight * n) / 10) });
  }
  return out;
}

function countSelfReferenceKinds(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of findSelfReferences(text)) if (r.pronoun !== '全') counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return counts;
}

function levelOfGrammarName(name: string): AdminLevel {
  for (const [suffix, level] of Object.entries(GRAMMAR_LEVEL)) if (name.endsWith(suffix)) return level;
  return 'township';
}

/**
 * Codes of the units that the candidates of the nearest name written before a claim leave open
 * (all of those tied for best), or null when there are none: a candidate for the claim must lie
 * inside one of them.
 */
function writtenParents(cands: readonly AdminCandidate[]): Set<string> | null {
  if (!cands.length) return null;
  const top = cands[0];
  return new Set(cands.filter((c) => c.score === top.score && c.match === top.match).map((c) => c.unit.code));
}

/**
 * The chain of the one county (or, with none, the one city) that the context names in full and
 * that can hold a unit of `level`, or [] when it names none or several of them.
 */
function namedParent(level: AdminLevel, context: Map<string, number>, index: AdminIndex): AdminRef[] {
  for (const parentLevel of ['county', 'city'] as const) {
    if (rankAdminLevel(parentLevel) >= rankAdminLevel(level)) continue;
    const named = new Map<string, AdminRef[]>();
    for (const name of context.keys()) {
      const units = index.byName(name).filter((u) => u.level === parentLevel);
      for (const u of units) named.set(u.code, index.getChain(u.code));
    }
    if (named.size === 1) return [...named.values()][0];
    if (named.size > 1) return [];
  }
  return [];
}

function makeIssuer(name: string, unit: AdminUnit | null, chain: AdminRef[], sources: EvidenceSource[]): Issuer {
  const level = unit?.level ?? levelOfGrammarName(name);
  // For a grammatical name the chain is its parent's; for a unit it ends with the unit itself.
  const parents = unit ? chain.slice(0, -1) : chain;
  const all = unit ? chain : [...chain, { code: '', name, level, kind: kindOfAdminName(name, level) }];
  const at = (l: AdminLevel): string | null => all.find((r) => r.level === l)?.name ?? null;
  const province = at('province');
  // A municipality is its own city (see load-divisions.ts): 练塘镇 is in 上海市 › 上海市 › 青浦区.
  const municipality = all[0]?.kind === '直辖市' ? province : null;
  return {
    name,
    level,
    code: unit?.code ?? null,
    kind: unit?.kind ?? kindOfAdminName(name, level),
    province,
    city: at('city') ?? municipality,
    county: at('county'),
    parents,
    evidence: sources,
  };
}
