// `kg export html`, `kg export gexf` and `kg export graphml`: the built graph as an offline HTML
// explorer or as files for Gephi. Registered on the `kg export` parent command.
import { Option, type Command } from 'commander';
import { KgError } from '../../errors.js';
import { writeGexfRecords } from '../../export/gexf/export-gexf.js';
import { writeGraphmlRecords } from '../../export/graphml/export-graphml.js';
import { writeHtmlExplorer } from '../../export/html/export-html.js';
import { VIEW_NAMES, type ViewName } from '../../export/html/explorer-data.js';
import { DEFAULT_LAYOUT_SEED } from '../../export/html/layout-view.js';
import { DEFAULT_EXPLORER_MAX_REPORTS, readExplorerGraph } from '../../export/html/read-explorer-graph.js';
import { streamExportRecords, type StreamedExportRecords } from '../../export/views/stream-export-records.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import { EXIT, type CliIo } from '../io.js';
import { parseCount } from '../parse-count.js';
import { reportError } from '../report-error.js';

export const DEFAULT_HTML_FILE = 'out/graph.html';
export const DEFAULT_GEXF_FILE = 'out/graph.gexf';
export const DEFAULT_GRAPHML_FILE = 'out/graph.graphml';

export interface HtmlCommandOptions {
  out: string;
  from: string;
  view: ViewName;
  seed: string;
  /** Values of each --province (a list each: 广东,浙江). */
  province?: string[];
  /** Values of each --year (years and ranges: 2022,2023 or 2021-2023). */
  year?: string[];
  maxReports: string;
  ontology?: string;
}

export interface GephiCommandOptions {
  out: string;
  from: string;
  passages?: boolean;
  ontology?: string;
}

/** Parses `--seed`: a non-negative integer. */
export function parseSeed(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n)) {
    throw new KgError('E_USAGE', `--seed expects a non-negative integer, found "${text}"`, { where: 'kg export html' });
  }
  return n;
}

/** Splits list options (`广东,浙江`, `2021、2022`), repeated or not, into their items. */
function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(/[,，、;；\s]+/)).filter((v) => v.length > 0);
}

/** Parses `--year` values: years (2023) and ranges (2021-2023), in lists. */
export function parseYears(values: readonly string[] | undefined): number[] {
  const years: number[] = [];
  for (const item of splitList(values)) {
    const m = /^(\d{4})(?:[-–~～至到](\d{4}))?$/.exec(item);
    const from = m ? Number(m[1]) : NaN;
    const to = m?.[2] ? Number(m[2]) : from;
    if (!m || to < from || to - from > 100) {
      throw new KgError('E_USAGE', `expected years like 2023 or ranges like 2021-2023, found "${item}"`, { where: '--year' });
    }
    for (let y = from; y <= to; y++) years.push(y);
  }
  return years;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function kib(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}

export async function runHtmlCommand(opts: HtmlCommandOptions, io: CliIo): Promise<void> {
  try {
    const seed = parseSeed(opts.seed);
    const wanted = { provinces: splitList(opts.province), years: parseYears(opts.year), maxReports: parseCount(opts.maxReports, '--max-reports', 'reports') };
    const { graph, scope } = await readExplorerGraph(opts.from, wanted);
    const { schema } = loadOntology(opts.ontology);
    const { bytes } = await writeHtmlExplorer(graph, opts.out, { view: opts.view, seed, schema, scope });
    const chosen = [...scope.provinces, ...scope.years.map(String)].join(', ');
    const shown = scope.reports === scope.totalReports ? `${scope.reports} reports` : `${scope.reports} of ${scope.totalReports} reports: ${chosen}`;
    io.out(`Wrote the explorer (${kib(bytes)}, view "${opts.view}", ${shown}) to ${opts.out}\nOpen it in a browser; it needs no server and no network.\n`);
    process.exitCode = EXIT.OK;
  } catch (err) {
    reportError(io, err);
  }
}

async function runGephiCommand(format: 'gexf' | 'graphml', opts: GephiCommandOptions, io: CliIo): Promise<void> {
  let records: StreamedExportRecords | null = null;
  try {
    const { schema } = loadOntology(opts.ontology);
    // The records straight from graph.json, sorted on disk beyond a budget: the graph itself took
    // 2.5 GB at 20,000 reports (3.9 GB with passages).
    records = await streamExportRecords(opts.from, schema, { passages: opts.passages === true });
    const write = format === 'gexf' ? writeGexfRecords : writeGraphmlRecords;
    const bytes = await write(records, schema, opts.out);
    io.out(`Wrote ${format === 'gexf' ? 'GEXF' : 'GraphML'} (${kib(bytes)}${opts.passages ? ', with passages' : ''}) to ${opts.out}\n`);
    process.exitCode = EXIT.OK;
  } catch (err) {
    reportError(io, err);
  } finally {
    records?.release();
  }
}

export const runGexfCommand = (opts: GephiCommandOptions, io: CliIo) => runGephiCommand('gexf', opts, io);
export const runGraphmlCommand = (opts: GephiCommandOptions, io: CliIo) => runGephiCommand('graphml', opts, io);

/**
 * Adds the `html`, `gexf` and `graphml` formats to the `kg export` command.
 * @example registerVisualExports(exportCommand, io)
 */
export function registerVisualExports(exportCommand: Command, io: CliIo): void {
  exportCommand
    .command('html')
    .description('one self-contained HTML explorer (search, filters, evidence passages, tables) that works offline')
    .option('-o, --out <file>', 'the .html file to write', DEFAULT_HTML_FILE)
    .option('--from <dir>', 'build folder holding graph.json', 'out')
    .addOption(new Option('--view <view>', 'view shown first').choices([...VIEW_NAMES]).default('all'))
    .option('--seed <n>', 'seed of the layout (same seed, same picture)', String(DEFAULT_LAYOUT_SEED))
    .option('--province <names>', 'only reports issued in these provinces (广东,浙江; the start of a name will do; repeatable)', collect)
    .option('--year <years>', 'only reports of these years (2023, 2021-2023; repeatable)', collect)
    .option('--max-reports <n>', 'refuse a page of more reports than this (a bigger page opens slowly, if at all)', String(DEFAULT_EXPLORER_MAX_REPORTS))
    .option('--ontology <dir>', 'ontology folder (default: the bundled one)')
    .action(async (opts: HtmlCommandOptions) => {
      await runHtmlCommand(opts, io);
    });
  for (const [format, file, what] of [
    ['gexf', DEFAULT_GEXF_FILE, 'GEXF 1.3 for Gephi (type, caption, colour and size by node label; edge type and weight)'],
    ['graphml', DEFAULT_GRAPHML_FILE, 'GraphML with typed keys (Gephi, yEd, networkx …)'],
  ] as const) {
    exportCommand
      .command(format)
      .description(what)
      .option('-o, --out <file>', `the .${format} file to write`, file)
      .option('--from <dir>', 'build folder holding graph.json', 'out')
      .option('--passages', 'include Passage nodes and their edges (default: entity level)')
      .option('--ontology <dir>', 'ontology folder (default: the bundled one)')
      .action(async (opts: GephiCommandOptions) => {
        await (format === 'gexf' ? runGexfCommand : runGraphmlCommand)(opts, io);
      });
  }
}
