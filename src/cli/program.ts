// The `kg` program, built by a factory so tests can drive it (exitOverride, injected io).
import { Command } from 'commander';
import { registerBuildCommand } from './commands/build.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerDiscoverCommand } from './commands/discover.js';
import { registerExportCommand } from './commands/export.js';
import { registerLoadCommand } from './commands/load.js';
import { registerQueryCommand } from './commands/query.js';
import { registerEvalCommand } from './commands/eval.js';
import { registerExtractCommand } from './commands/extract.js';
import { PROCESS_IO, type CliIo } from './io.js';

export const VERSION = '0.1.0';

/** Creates the `kg` command with every sub-command registered. */
export function createProgram(io: CliIo = PROCESS_IO): Command {
  const program = new Command('kg')
    .description('Knowledge graph of Chinese rule-of-law government reports (法治政府建设年度报告)')
    .version(VERSION)
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  registerBuildCommand(program, io);
  registerExtractCommand(program, io);
  registerEvalCommand(program, io);
  registerQueryCommand(program, io);
  registerLoadCommand(program, io);
  registerExportCommand(program, io);
  registerDiscoverCommand(program, io);
  registerDemoCommand(program, io);
  return program;
}

/** Runs the CLI on `argv` (process.argv form). Sets process.exitCode; never calls process.exit. */
export async function runCli(argv: string[], io: CliIo = PROCESS_IO): Promise<void> {
  const program = createProgram(io);
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
      process.exitCode = 0;
      return;
    }
    process.exitCode = e.exitCode ?? 1;
  }
}
