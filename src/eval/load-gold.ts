// Reads gold annotation files (DESIGN §6 shape with `aliases` and `surfaces` in place of mentions).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KgError } from '../errors.js';

export interface GoldEntity {
  name: string;
  aliases?: string[];
  surfaces?: string[];
  kind?: string;
}

export interface GoldReport {
  report: string;
  title?: string | null;
  issuer: { name: string; code: string | null; level?: string } | null;
  year: number | null;
  publishedAt?: string | null;
  entities: Record<string, GoldEntity[]>;
  relations?: { type: string; from: string; to: string }[];
}

/** Loads every *.json in `dir` as a gold report, keyed by its `report` file name. */
export async function loadGold(dir: string): Promise<Map<string, GoldReport>> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    throw new KgError('E_GOLD', `expected a folder of gold JSON files, could not read it (${(err as Error).message})`, { where: dir });
  }
  const gold = new Map<string, GoldReport>();
  for (const f of files) {
    const file = join(dir, f);
    let data: GoldReport;
    try {
      data = JSON.parse(await readFile(file, 'utf8')) as GoldReport;
    } catch (err) {
      throw new KgError('E_GOLD', `is not valid JSON: ${(err as Error).message}`, { where: file });
    }
    if (typeof data.report !== 'string' || typeof data.entities !== 'object' || data.entities === null) {
      throw new KgError('E_GOLD', 'expected an object with "report" (file name) and "entities" (by type)', { where: file });
    }
    gold.set(data.report, data);
  }
  return gold;
}
