// Writes one extraction as OUT/reports/<input name>.json (DESIGN §6).
import type { Extraction } from '../types.js';

/** File name for a report's JSON: the input's name with .json, made unique within a build. */
export function reportFileName(x: Extraction, used: Set<string>): string {
  const stem = x.report.replace(/\.[^.]+$/, '');
  let name = `${stem}.json`;
  for (let i = 2; used.has(name); i++) name = `${stem}~${i}.json`;
  used.add(name);
  return name;
}

/** The text of a report's JSON file: the extraction, indented for reading. */
export function formatReportJson(x: Extraction): string {
  return JSON.stringify(x, null, 2) + '\n';
}
