// `kg demo` (npm run demo): builds the sample reports into out/, prints the counts, answers three
// bundled questions from the embedded store, and writes the offline explorer.
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { writeHtmlExplorer } from '../../export/html/export-html.js';
import { readExplorerGraph } from '../../export/html/read-explorer-graph.js';
import type { CliIo } from '../io.js';
import { reportError } from '../report-error.js';
import { runBuildCommand } from './build.js';
import { printDemoAnswers } from './query.js';

export interface DemoOptions {
  out: string;
}

export async function runDemo(paths: string[], opts: DemoOptions, io: CliIo): Promise<void> {
  const built = await runBuildCommand(paths, { out: opts.out, store: true }, io);
  if (!built) return;
  const exitCode = process.exitCode;
  io.out('\n');
  await printDemoAnswers(built.outDir, io);
  try {
    const { graph, scope } = await readExplorerGraph(built.outDir);
    const html = await writeHtmlExplorer(graph, join(built.outDir, 'graph.html'), { scope });
    io.out(`\nExplorer: ${resolve(html.file)} (open it in a browser; it works offline)\n`);
  } catch (err) {
    reportError(io, err);
  }
  io.out(`Try: npx kg query --list   ·   npx kg query law-ranking   ·   npx kg export gexf --out ${opts.out}/graph.gexf\n`);
  if (process.exitCode === 0 || process.exitCode === undefined) process.exitCode = exitCode;
}

export function registerDemoCommand(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('build the bundled sample reports, print counts and example answers, write the HTML explorer')
    .argument('[paths...]', 'report files or folders', ['data/samples'])
    .option('-o, --out <dir>', 'output folder', 'out')
    .action(async (paths: string[], opts: DemoOptions) => {
      await runDemo(paths, opts, io);
    });
}
