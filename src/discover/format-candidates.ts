// Shows discovery candidates: rows for a table, and YAML entries ready to paste into
// ontology/gazetteers/laws.yaml and programs.yaml.
import type { DiscoveryCandidate } from './collect-candidates.js';

/** One table row per candidate, ranked. */
export function toCandidateRows(candidates: readonly DiscoveryCandidate[]): Record<string, string | number>[] {
  return candidates.map((c, i) => ({
    rank: i + 1,
    type: c.label,
    name: c.name,
    kind: c.kind ?? '',
    reports: c.reports,
    mentions: c.mentions,
    example: c.example.sentence,
  }));
}

/** Quotes a YAML flow scalar only when it needs it. */
function yamlScalar(s: string): string {
  return /^[^\s"'{}\[\],:#&*!|>%@`-][^{}\[\],:#]*$/.test(s) && !/\s$/.test(s) ? s : JSON.stringify(s);
}

/**
 * Gazetteer entries for the candidates, grouped by the file they belong in, each with a comment
 * giving the evidence (reports using it and one example).
 * @example formatCandidatesYaml([{ label: 'Law', name: '长江保护法', kind: 'national-law', … }])
 */
export function formatCandidatesYaml(candidates: readonly DiscoveryCandidate[]): string {
  const laws = candidates.filter((c) => c.label === 'Law');
  const programs = candidates.filter((c) => c.label === 'Program');
  const lines: string[] = [];
  const comment = (c: DiscoveryCandidate) => `  # ${c.reports} report(s), e.g. ${c.example.report}: ${c.example.sentence.replace(/\s+/g, ' ')}`;
  const aliasesOf = (c: DiscoveryCandidate) =>
    [...new Set(c.surfaces.map((s) => s.replace(/[《》〈〉“”"‘’\s]/g, '')))].filter((s) => s && s !== c.name.replace(/[“”"‘’]/g, ''));
  if (laws.length) {
    lines.push('# → ontology/gazetteers/laws.yaml (laws:)');
    for (const c of laws) {
      lines.push(comment(c));
      const name = c.name.replace(/^中华人民共和国/, '');
      const full = c.name.startsWith('中华人民共和国') || c.kind === 'national-law' ? `, fullName: ${yamlScalar(`中华人民共和国${name}`)}` : '';
      const aliases = aliasesOf(c).filter((a) => a !== name && a !== `中华人民共和国${name}`);
      lines.push(`  - {name: ${yamlScalar(name)}${full}, kind: ${c.kind ?? 'national-law'}, aliases: [${aliases.map(yamlScalar).join(', ')}]}`);
    }
  }
  if (programs.length) {
    if (lines.length) lines.push('');
    lines.push('# → ontology/gazetteers/programs.yaml (programs:)');
    for (const c of programs) {
      lines.push(comment(c));
      const name = c.name.replace(/[“”"‘’]/g, '');
      lines.push(`  - {name: ${yamlScalar(name)}, category: ${c.kind ?? 'practice'}, aliases: [${aliasesOf(c).filter((a) => a !== name).map(yamlScalar).join(', ')}]}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
