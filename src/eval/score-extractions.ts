// Scores extractions against gold: precision, recall and F1 per entity type (micro-averaged over
// reports), one-to-one matching of predicted names against gold names and aliases, plus issuer
// name, code and year accuracy.
import type { Extraction } from '../types.js';
import type { GoldReport } from './load-gold.js';

export interface TypeScore {
  type: string;
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ReportDiff {
  report: string;
  type: string;
  missed: string[];
  falseHits: string[];
}

export interface EvalResult {
  reports: number;
  types: TypeScore[];
  issuer: { name: number; code: number; year: number; total: number };
  diffs: ReportDiff[];
  /** Gold files with no matching input, and inputs with no gold file. */
  unmatched: { goldOnly: string[]; predictedOnly: string[] };
}

const QUOTES_AND_BRACKETS = /[“”"'‘’「」『』《》〈〉<>()（）【】\[\]\s]/g;

/** Normalises a name for matching: NFKC, no quotes or brackets, no 中华人民共和国 for laws. */
export function normalizeForMatch(name: string, type: string): string {
  let n = name.normalize('NFKC').replace(QUOTES_AND_BRACKETS, '');
  if (type === 'Law') n = n.replace(/^中华人民共和国/, '');
  return n;
}

function ratio(a: number, b: number): number {
  return b === 0 ? (a === 0 ? 1 : 0) : a / b;
}

/** Scores predicted extractions against gold reports (matched by `report` file name). */
export function scoreExtractions(predicted: Extraction[], gold: Map<string, GoldReport>): EvalResult {
  const byType = new Map<string, { gold: number; predicted: number; tp: number }>();
  const diffs: ReportDiff[] = [];
  const issuer = { name: 0, code: 0, year: 0, total: 0 };
  const seen = new Set<string>();
  for (const x of predicted) {
    const g = gold.get(x.report);
    if (!g) continue;
    seen.add(x.report);
    issuer.total++;
    if (g.issuer && x.issuer && g.issuer.name === x.issuer.name) issuer.name++;
    if (g.issuer && x.issuer && g.issuer.code === x.issuer.code) issuer.code++;
    if (g.year === x.year) issuer.year++;
    for (const type of Object.keys(g.entities)) {
      const goldList = g.entities[type] ?? [];
      const predList = (x.entities as Record<string, { name: string }[]>)[type] ?? [];
      const keys = goldList.map((e) => new Set([e.name, ...(e.aliases ?? [])].map((n) => normalizeForMatch(n, type))));
      const used = new Array<boolean>(goldList.length).fill(false);
      const falseHits: string[] = [];
      let tp = 0;
      for (const p of predList) {
        const n = normalizeForMatch(p.name, type);
        const i = keys.findIndex((k, j) => !used[j] && k.has(n));
        if (i >= 0) {
          used[i] = true;
          tp++;
        } else falseHits.push(p.name);
      }
      const missed = goldList.filter((_e, i) => !used[i]).map((e) => e.name);
      const s = byType.get(type) ?? { gold: 0, predicted: 0, tp: 0 };
      s.gold += goldList.length;
      s.predicted += predList.length;
      s.tp += tp;
      byType.set(type, s);
      if (missed.length || falseHits.length) diffs.push({ report: x.report, type, missed, falseHits });
    }
  }
  const types: TypeScore[] = [...byType.entries()].map(([type, s]) => {
    const precision = ratio(s.tp, s.predicted);
    const recall = ratio(s.tp, s.gold);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { type, gold: s.gold, predicted: s.predicted, truePositives: s.tp, precision, recall, f1 };
  });
  return {
    reports: issuer.total,
    types,
    issuer,
    diffs,
    unmatched: {
      goldOnly: [...gold.keys()].filter((k) => !seen.has(k)).sort(),
      predictedOnly: predicted.map((x) => x.report).filter((r) => !gold.has(r)).sort(),
    },
  };
}

/** The result as a Markdown table (README-ready). */
export function formatEvalTable(r: EvalResult): string {
  const lines = ['| type | gold | predicted | correct | precision | recall | F1 |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const t of r.types) {
    lines.push(`| ${t.type} | ${t.gold} | ${t.predicted} | ${t.truePositives} | ${t.precision.toFixed(3)} | ${t.recall.toFixed(3)} | ${t.f1.toFixed(3)} |`);
  }
  const { name, code, year, total } = r.issuer;
  lines.push('', `Issuer name ${name}/${total}, code ${code}/${total}, year ${year}/${total} (${r.reports} reports scored)`);
  if (r.unmatched.goldOnly.length) lines.push(`Gold without input: ${r.unmatched.goldOnly.join(', ')}`);
  if (r.unmatched.predictedOnly.length) lines.push(`Inputs without gold: ${r.unmatched.predictedOnly.join(', ')}`);
  return lines.join('\n') + '\n';
}
