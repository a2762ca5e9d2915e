// Expands the paths a user names into report files: folders recursively, in a sorted and repeatable
// order, lazily so that 100k files stream through without being listed twice.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export interface ListInputsOptions {
  /** Extensions (lower case, with the dot) taken from inside folders; `''` stands for no extension. */
  extensions?: string[];
  /** Also descend into and take hidden entries (names starting with '.'). Default false. */
  includeHidden?: boolean;
  /** Told about folders that cannot be listed; by default the folder itself is yielded so that
   * reading it reports E_READ for the batch. */
  onError?(path: string, error: unknown): void;
}

export const DEFAULT_INPUT_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.shtml', '.xhtml'];

/** Code-unit order: the same on every machine and locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function isDirectory(path: string, entry?: Dirent): Promise<boolean | undefined> {
  if (entry && !entry.isSymbolicLink()) return entry.isDirectory();
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return undefined;
  }
}

/**
 * Yields the report files under `paths`. A path named explicitly is always yielded when it is not a
 * folder – whatever its extension, and even when it does not exist – so that reading it reports the
 * problem; inside folders only report extensions are taken and hidden entries are skipped.
 * Never throws for one bad path.
 * @example for await (const file of listInputs(['data/samples'])) console.log(file)
 */
export async function* listInputs(paths: string[], options: ListInputsOptions = {}): AsyncGenerator<string> {
  const extensions = new Set((options.extensions ?? DEFAULT_INPUT_EXTENSIONS).map((e) => e.toLowerCase()));
  const includeHidden = options.includeHidden ?? false;
  for (const path of paths) {
    if ((await isDirectory(path)) !== true) {
      yield path;
      continue;
    }
    yield* walk(path, new Set<string>());
  }

  async function* walk(dir: string, visiting: Set<string>): AsyncGenerator<string> {
    // Symlinked folders may loop back: never enter a folder already on the current path.
    let real: string;
    try {
      real = await realpath(dir);
    } catch {
      real = dir;
    }
    if (visiting.has(real)) return;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      if (options.onError) options.onError(dir, err);
      else yield dir;
      return;
    }
    entries.sort((a, b) => compareNames(a.name, b.name));
    visiting.add(real);
    for (const entry of entries) {
      if (!includeHidden && entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const directory = await isDirectory(path, entry);
      if (directory) yield* walk(path, visiting);
      else if (directory === false && extensions.has(extname(entry.name).toLowerCase())) yield path;
    }
    visiting.delete(real);
  }
}
