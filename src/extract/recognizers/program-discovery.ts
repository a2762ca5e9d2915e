// Discovers practices the gazetteer does not list: quoted terms that name a practice (“三色两级”,
// 推行“首违不罚”) and unquoted named systems (…制度, …机制, …专项行动), folded onto gazetteer names
// where they are variants of one, and blends of means of governance written as a list (法治与自治德治
// 相融合 → 三治融合). Runs after the gazetteer and title recognizers, so it can leave
// their spans alone.
import { lookupProgram, foldSystemSpellings, cleanProgramName } from '../program/fold-program-name.js';
import { DEFAULT_NAMED_MECHANISM, findNamedMechanisms, type NamedMechanismOptions } from '../program/find-named-mechanisms.js';
import { DEFAULT_QUOTED_PROGRAM, findQuotedPrograms, type QuotedProgramOptions } from '../program/find-quoted-programs.js';
import { findGovernanceBlends } from '../program/find-governance-blends.js';
import { findBack } from '../program/text-windows.js';
import type { ProgramCandidate, ProgramWordLists } from '../program/types.js';
import type { DroppedMention, Mention, Passage } from '../../types.js';
import type { Recognizer, RecognizerContext } from '../types.js';
import { loadSegmenter, segment } from '../../text/segment.js';

export const PROGRAM_DISCOVERY = 'program-discovery';

/** Same as the gazetteer: the longer span wins an overlap, so 处级领导包案制度 beats 领导包案. */
const PRIORITY = 2;
/** Titles (《…》) are never cut into: a name inside a title belongs to the title. */
const TITLE_RECOGNIZER = 'titled-citation';
/** A body's name followed by these is a post (司法所长, 镇长, 站长), so the name is not cut there. */
const TITLE_AFTER_BODY = /^(长|主任|书记|负责人)/;
/** What must remain of a name after cutting off a leading body (律师值班制度, not 学法制度). */
const MIN_REST_AFTER_BODY = 6;

export const programDiscoveryRecognizer: Recognizer = {
  name: PROGRAM_DISCOVERY,
  labels: ['Program'],
  recognize(ctx) {
    const words: ProgramWordLists = { figuresOfSpeech: ctx.gazetteers.figuresOfSpeech, notPrograms: ctx.gazetteers.notPrograms };
    loadSegmenter(ctx.ontology);
    const mechanismOptions: NamedMechanismOptions = { ...DEFAULT_NAMED_MECHANISM, segment: (t) => segment(t), collectRejected: false };
    const quotedOptions: QuotedProgramOptions = { ...DEFAULT_QUOTED_PROGRAM, collectRejected: false };
    const others = [...ctx.previous].filter((m) => m.label !== 'Indicator').sort((a, b) => a.start - b.start);
    const mentions: Mention[] = [];
    const dropped: DroppedMention[] = [];
    for (const p of ctx.text.passages) {
      const quoted = findQuotedPrograms(p.text, words, quotedOptions);
      const named = findNamedMechanisms(p.text, words, mechanismOptions);
      for (const c of dedupe([...findGovernanceBlends(p.text), ...quoted.accepted, ...named.accepted])) {
        const m = toMention(c, p, ctx, others, dropped);
        if (m) mentions.push(m);
      }
    }
    const renames = foldSystemSpellings(mentions.map((m) => m.name));
    for (const m of mentions) m.name = renames.get(m.name) ?? m.name;
    return { mentions, dropped };
  },
};

/** One candidate per span: the first rule to claim a span keeps it (quoted rules run first). */
function dedupe(cands: ProgramCandidate[]): ProgramCandidate[] {
  const seen = new Set<string>();
  return cands.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toMention(c: ProgramCandidate, p: Passage, ctx: RecognizerContext, others: readonly Mention[], dropped: DroppedMention[]): Mention | null {
  let start = p.start + c.start;
  const end = p.start + c.end;
  let name = c.name;
  const draft = (): Mention => ({
    label: 'Program',
    name,
    surface: p.text.slice(start - p.start, end - p.start),
    start,
    end,
    passage: p.index,
    recognizer: PROGRAM_DISCOVERY,
    reason: c.rule,
    attrs: { category: c.category },
    priority: PRIORITY,
  });
  if (insideOpenTitle(p.text, c.start)) {
    dropped.push({ mention: draft(), reason: 'inside-title', detail: 'inside an unclosed 《' });
    return null;
  }
  let nestedIn: string | null = null;
  for (const o of overlapping(others, start, end)) {
    if (o.recognizer === TITLE_RECOGNIZER || o.label === 'Law' || o.label === 'Document') {
      dropped.push({ mention: draft(), reason: 'inside-title', detail: `${o.label} ${o.name}` });
      return null;
    }
    if (o.label === 'Program') {
      const within = o.start <= start && end <= o.end;
      const known = lookupProgram(name, ctx.gazetteers.programs);
      // “首违不罚、轻微免罚”, “网上办、掌上办”: parallel phrases one of which is a known practice are
      // a list of practices, which the gazetteer names one by one.
      const listOfKnown = c.rule === 'quoted:parallel-motto' && start <= o.start && o.end <= end;
      if (within || (known && known.name === o.name) || listOfKnown) {
        dropped.push({ mention: draft(), reason: 'duplicate', detail: `gazetteer ${o.name}` });
        return null;
      }
      continue;
    }
    // A named body that opens the phrase is not part of the practice's name (镇公共法律服务工作站|
    // 律师值班制度), unless it is the start of a title (司法所|长列席镇长办公会制度).
    const rest = end - o.end;
    const plain = !/[“”]/.test(p.text.slice(c.start, c.end));
    if (o.start <= start && o.end > start && rest >= MIN_REST_AFTER_BODY && plain && c.rule.startsWith('mechanism:') && !TITLE_AFTER_BODY.test(p.text.slice(o.end - p.start))) {
      name = name.slice(o.end - start);
      start = o.end;
      continue;
    }
    // A body, platform or event inside the practice's name: both are kept (resolution lets a
    // mention marked nestedIn overlap the entity it names).
    if (start <= o.start && o.end <= end && (o.start > start || o.end < end) && nestedIn === null) {
      nestedIn = o.name;
      continue;
    }
    dropped.push({ mention: draft(), reason: 'overlap', detail: `${o.label} ${o.name}` });
    return null;
  }
  const known = lookupProgram(name, ctx.gazetteers.programs);
  const m = draft();
  if (known) {
    m.name = known.name;
    m.attrs = { category: known.category };
  } else m.name = cleanProgramName(name);
  if (nestedIn) m.attrs = { ...m.attrs, nestedIn };
  return m;
}

/** Longest span another recognizer may produce that could still reach a candidate (a long title). */
const REACH = 400;

/** Mentions of `sorted` (by start) that overlap [start, end). */
function overlapping(sorted: readonly Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < start - REACH) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const o = sorted[i];
    if (o.start >= end) break;
    if (o.end > start) out.push(o);
  }
  return out;
}

/** How far back an unclosed 《 still holds a candidate inside its title. */
const TITLE_REACH = 80;

/** True when an opening 《 before `pos` in the passage has not been closed yet. */
function insideOpenTitle(text: string, pos: number): boolean {
  const open = findBack(text, '《', pos, TITLE_REACH);
  if (open < 0) return false;
  return findBack(text, '》', pos - 1, pos - 1 - open) < 0;
}
