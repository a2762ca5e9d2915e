// `kg build <paths…> [--out DIR]`: the whole pipeline, with progress, a summary of counts by node
// label and relationship type, each failed file named on stderr, and an exit code that says
// whether something failed.
import type { Command } from 'commander';
import { listInputs } from '../../ingest/list-inputs.js';
import { extractsInWorkers, resolveJobs } from '../../pipeline/parallel/resolve-jobs.js';
import { runBuild, type BuildManifest, type BuildResult } from '../../pipeline/run-build.js';
import { exitCodeOfInterrupt, isInterruptedError, watchInterrupts } from '../handle-interrupt.js';
import { EXIT, type CliIo } from '../io.js';
import { createProgress } from '../progress.js';
import { reportError } from '../report-error.js';
import { getStoreHooks } from '../store-hooks.js';

export interface BuildCommandOptions {
  out: string;
  ontology?: string;
  store: boolean;
  /** A whole number, or `auto` (default): the machine's cores, fewer for a small batch. */
  jobs?: string;
}

/** Counts the input files (a directory walk, no reading) so progress can show the time left. */
export async function countInputs(paths: string[]): Promise<number> {
  let n = 0;
  for await (const _ of listInputs(paths)) n++;
  return n;
}

/** Prints the counts of a build as two small aligned tables. */
export function formatBuildSummary(m: BuildManifest, outDir: string): string {
  const lines: string[] = [];
  const warned = m.inputs.filter((i) => i.warnings?.length).length;
  lines.push(
    `Built ${m.counts.ok} report(s) into ${outDir}` +
      (m.counts.failed ? `; ${m.counts.failed} failed` : '') +
      (m.counts.duplicates ? `; ${m.counts.duplicates} duplicate(s) skipped` : '') +
      (warned ? `; ${warned} with warnings (manifest.json → inputs[].warnings)` : ''),
  );
  const table = (title: string, o: Record<string, number>) => {
    lines.push('', title);
    const w = Math.max(...Object.keys(o).map((k) => k.length), 4);
    for (const [k, v] of Object.entries(o)) lines.push(`  ${k.padEnd(w)}  ${String(v).padStart(7)}`);
  };
  table('Nodes', m.counts.nodes);
  table('Relationships', m.counts.relationships);
  const jobs = m.resources ? `, ${m.resources.jobs} job${m.resources.jobs > 1 ? 's' : ''}` : '';
  lines.push('', `Time: ${(m.timings.totalMs / 1000).toFixed(2)} s (extract ${m.timings.extractMs} ms${m.timings.storeMs !== undefined ? `, store ${m.timings.storeMs} ms` : ''}${jobs})`);
  return lines.join('\n') + '\n';
}

/** Warnings printed during a build; the rest are only counted (all are in the manifest). */
const MAX_SHOWN_WARNINGS = 20;

/** Runs a build for the CLI: progress on stderr, failures named, exit code set. */
export async function runBuildCommand(paths: string[], opts: BuildCommandOptions, io: CliIo): Promise<BuildResult | null> {
  const progress = createProgress(io);
  // A line on stderr, over the progress bar when there is one.
  const say = (line: string) => io.err(`${io.isTTY ? '\r\x1b[2K' : ''}${line}\n`);
  // Ctrl-C stops after the file in hand and keeps the previous OUT; a second Ctrl-C quits at once.
  const interrupts = watchInterrupts({
    onInterrupt: () => say(`kg: stopping after the current file; ${opts.out} is left as it was (Ctrl-C again to quit at once)`),
  });
  let shownWarnings = 0;
  try {
    const total = await countInputs(paths);
    progress.setTotal(total);
    const jobs = resolveJobs(opts.jobs, total);
    const hooks = opts.store ? await getStoreHooks() : {};
    const result = await runBuild(paths, {
      out: opts.out,
      ontologyDir: opts.ontology,
      store: opts.store,
      jobs,
      workers: extractsInWorkers(jobs, total),
      ...hooks,
      onFile: (r, done) => {
        progress.tick(done);
        if (r.status === 'failed' || r.status === 'duplicate') say(`kg: [${r.code}] ${r.message}`);
        // The first warnings are shown as they come; all of them are in the manifest.
        if (r.status === 'ok') {
          for (const w of r.warnings) {
            if (shownWarnings++ < MAX_SHOWN_WARNINGS) say(`kg: warning: ${r.file}: ${w}`);
          }
        }
      },
      onStage: (s) => progress.stage(s),
      signal: interrupts.signal,
    });
    progress.done();
    io.out(formatBuildSummary(result.manifest, result.outDir));
    process.exitCode = result.manifest.counts.failed > 0 ? EXIT.SOME_FAILED : EXIT.OK;
    return result;
  } catch (err) {
    progress.done();
    reportError(io, err);
    if (isInterruptedError(err)) process.exitCode = exitCodeOfInterrupt(err);
    return null;
  } finally {
    interrupts.dispose();
  }
}

export function registerBuildCommand(program: Command, io: CliIo): void {
  program
    .command('build')
    .description('extract every report and build the graph, per-report JSON, the embedded store and a manifest')
    .argument('<paths...>', 'report files or folders (.txt, .html; UTF-8, GBK, GB18030, UTF-16)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('--ontology <dir>', 'ontology folder (default: the bundled one)')
    .option('--no-store', 'skip the embedded store')
    .option('-j, --jobs <n>', 'extraction worker threads, or "auto": the machine\'s cores (fewer for a small batch)', 'auto')
    .action(async (paths: string[], opts: BuildCommandOptions) => {
      await runBuildCommand(paths, opts, io);
    });
}
