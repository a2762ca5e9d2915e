// Where the CLI writes: injectable so tests can drive the program and read what it printed.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  isTTY: boolean;
}

export const PROCESS_IO: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
};

/** Exit codes: 0 all good, 1 a command failed, 2 a batch completed but some inputs failed. */
export const EXIT = { OK: 0, FAILED: 1, SOME_FAILED: 2 } as const;
