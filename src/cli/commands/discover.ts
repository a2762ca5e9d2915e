// `kg discover <paths…> [--top N] [--json] [--yaml]`: laws and practices found in the reports that
// the ontology does not list, ranked by how many reports use them, each with an example sentence.
import { InvalidArgumentError, type Command } from 'commander';
import { DISCOVERY_LABELS, type DiscoveryLabel } from '../../discover/collect-candidates.js';
import { discoverPaths } from '../../discover/discover-paths.js';
import { formatCandidatesYaml, toCandidateRows } from '../../discover/format-candidates.js';
import { formatTable } from '../format-table.js';
import { EXIT, type CliIo } from '../io.js';
import { reportError } from '../report-error.js';

export const DEFAULT_DISCOVER_TOP = 50;

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number ≥ 0, found "${value}"`);
  return n;
}

function parseLabels(value: string): DiscoveryLabel[] {
  const labels = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const l of labels) {
    if (!(DISCOVERY_LABELS as readonly string[]).includes(l)) {
      throw new InvalidArgumentError(`unknown type "${l}"; valid types: ${DISCOVERY_LABELS.join(', ')}`);
    }
  }
  return labels as DiscoveryLabel[];
}

interface DiscoverCliOptions {
  top: number;
  minReports: number;
  type?: DiscoveryLabel[];
  json?: boolean;
  yaml?: boolean;
  ontology?: string;
}

export function registerDiscoverCommand(program: Command, io: CliIo): void {
  program
    .command('discover')
    .description('laws and practices the ontology does not list yet, ranked by the number of reports using them')
    .argument('<paths...>', 'report files or folders')
    .option('--top <n>', `show the first N candidates (0 = all)`, parseCount, DEFAULT_DISCOVER_TOP)
    .option('--min-reports <n>', 'only candidates used by at least N reports', parseCount, 1)
    .option('--type <types>', `only these types (comma-separated: ${DISCOVERY_LABELS.join(', ')})`, parseLabels)
    .option('--json', 'print the candidates as JSON')
    .option('--yaml', 'print gazetteer entries to paste into ontology/gazetteers/*.yaml')
    .option('--ontology <dir>', 'ontology folder (default: the bundled one)')
    .action(async (paths: string[], opts: DiscoverCliOptions) => {
      try {
        const result = await discoverPaths(paths, {
          ontologyDir: opts.ontology,
          top: opts.top === 0 ? undefined : opts.top,
          minReports: opts.minReports,
          labels: opts.type,
        });
        for (const f of result.failures) io.err(`kg: [${f.code}] ${f.message}\n`);
        if (opts.json) io.out(JSON.stringify({ reports: result.reports, candidates: result.candidates }, null, 2) + '\n');
        else if (opts.yaml) io.out(formatCandidatesYaml(result.candidates));
        else {
          io.out(`${result.candidates.length} candidate(s) not in the ontology, from ${result.reports} report(s)\n`);
          if (result.candidates.length) io.out(formatTable(toCandidateRows(result.candidates), { maxCellWidth: 60, maxWidth: 220 }));
        }
        process.exitCode = result.failures.length ? EXIT.SOME_FAILED : EXIT.OK;
      } catch (err) {
        reportError(io, err);
      }
    });
}
