// `kg extract <paths…> --json`: one extraction JSON per report on stdout (JSON lines).
import type { Command } from 'commander';
import { extractPaths } from '../../pipeline/extract-paths.js';
import { EXIT, type CliIo } from '../io.js';
import { reportError } from '../report-error.js';

export function registerExtractCommand(program: Command, io: CliIo): void {
  program
    .command('extract')
    .description('print one extraction JSON per report (JSON lines), without building a graph')
    .argument('<paths...>', 'report files or folders (.txt, .html; UTF-8, GBK, GB18030, UTF-16)')
    .option('--json', 'JSON lines on stdout (the default and only format)', true)
    .option('--ontology <dir>', 'ontology folder (default: the bundled one)')
    .action(async (paths: string[], opts: { ontology?: string }) => {
      try {
        let failed = 0;
        for await (const r of extractPaths(paths, { ontologyDir: opts.ontology })) {
          if (r.status === 'ok') io.out(JSON.stringify(r.extraction) + '\n');
          else if (r.status === 'duplicate') io.err(`kg: [${r.code}] ${r.message}\n`);
          else {
            failed++;
            io.err(`kg: [${r.code}] ${r.message}\n`);
          }
        }
        process.exitCode = failed ? EXIT.SOME_FAILED : EXIT.OK;
      } catch (err) {
        reportError(io, err);
      }
    });
}
