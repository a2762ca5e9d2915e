// `kg eval --gold DIR <paths…> [--json] [--verbose]`: precision, recall and F1 per entity type.
import type { Command } from 'commander';
import { loadGold } from '../../eval/load-gold.js';
import { formatEvalTable, scoreExtractions } from '../../eval/score-extractions.js';
import { extractPaths } from '../../pipeline/extract-paths.js';
import type { Extraction } from '../../types.js';
import { EXIT, type CliIo } from '../io.js';
import { reportError } from '../report-error.js';

export function registerEvalCommand(program: Command, io: CliIo): void {
  program
    .command('eval')
    .description('precision, recall and F1 per entity type against gold annotations')
    .requiredOption('--gold <dir>', 'folder of gold JSON files (DESIGN §6)')
    .argument('<paths...>', 'report files or folders')
    .option('--json', 'print the scores as JSON')
    .option('--verbose', 'list misses and false hits per report')
    .option('--ontology <dir>', 'ontology folder (default: the bundled one)')
    .action(async (paths: string[], opts: { gold: string; json?: boolean; verbose?: boolean; ontology?: string }) => {
      try {
        const gold = await loadGold(opts.gold);
        const predicted: Extraction[] = [];
        let failed = 0;
        for await (const r of extractPaths(paths, { ontologyDir: opts.ontology })) {
          if (r.status === 'ok') predicted.push(r.extraction);
          else if (r.status === 'failed') {
            failed++;
            io.err(`kg: [${r.code}] ${r.message}\n`);
          }
        }
        const result = scoreExtractions(predicted, gold);
        if (opts.json) io.out(JSON.stringify(opts.verbose ? result : { ...result, diffs: undefined }, null, 2) + '\n');
        else {
          io.out(formatEvalTable(result));
          if (opts.verbose) {
            for (const d of result.diffs) {
              io.out(`\n${d.report} ${d.type}\n`);
              if (d.missed.length) io.out(`  missed:     ${d.missed.join(' | ')}\n`);
              if (d.falseHits.length) io.out(`  false hits: ${d.falseHits.join(' | ')}\n`);
            }
          }
        }
        process.exitCode = failed ? EXIT.SOME_FAILED : EXIT.OK;
      } catch (err) {
        reportError(io, err);
      }
    });
}
