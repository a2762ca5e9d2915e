// Folds the variants one report uses for one body or platform onto its fullest name: 市委依法治市办
// and 天津市委全面依法治市委员会办公室, 执法大队 and 鲁山道街道综合执法大队, 村监会 and 村(社)监会.
import { unquote } from '../skeleton.js';

// Abbreviations official prose uses for the same words, folded to one spelling before comparing.
const FOLDS: [RegExp, string][] = [
  [/\([^)]{1,6}\)/g, ''],
  [/委员会办公室/g, '办'],
  [/(?:理论学习|理论)中心组/g, '中心组'],
  [/人民(政府|法院|检察院)/g, '$1'],
  [/全面|综合|行政|工作/g, ''],
];

/**
 * The comparison key of a name: quotes, parenthesised parts and the optional words of official
 * names removed, abbreviations folded.
 * @example squashName('天津市委全面依法治市委员会办公室') === '天津市委依法治市办'
 */
export function squashName(name: string): string {
  let s = unquote(name).replace(/\s+/g, '');
  for (const [re, to] of FOLDS) s = s.replace(re, to);
  return s;
}

/** Shortest key a bare name may have to be folded onto a longer name that ends with it. */
const MIN_TAIL = 3;

/**
 * Maps each variant to the fullest name of its group: names with one key are one body, and a name
 * with no place or prefix of its own (监察联络站) is the body whose key ends with it, when exactly
 * one does.
 * @param isBare names that may be folded onto a longer one ending with them
 */
export function mergeVariants(names: readonly string[], isBare: (name: string) => boolean = () => true): Map<string, string> {
  const unique = [...new Set(names)];
  const keyOf = new Map(unique.map((n) => [n, squashName(n)]));
  const byKey = new Map<string, string[]>();
  for (const n of unique) {
    const k = keyOf.get(n)!;
    const list = byKey.get(k);
    if (list) list.push(n);
    else byKey.set(k, [n]);
  }
  const fullest = new Map<string, string>();
  for (const [k, list] of byKey) fullest.set(k, [...list].sort((a, b) => b.length - a.length || a.localeCompare(b))[0]);
  const out = new Map<string, string>();
  for (const n of unique) {
    const k = keyOf.get(n)!;
    let target = fullest.get(k)!;
    if (byKey.get(k)!.length === 1 && k.length >= MIN_TAIL && isBare(n)) {
      const hosts = [...byKey.keys()].filter((other) => other !== k && other.endsWith(k));
      if (hosts.length === 1) target = fullest.get(hosts[0])!;
    }
    if (target !== n) out.set(n, target);
  }
  return out;
}
