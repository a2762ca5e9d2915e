// Cypher literals for the parameter-free export: a string escaper that survives quotes, backslashes,
// newlines and any Unicode, and typed number formatting (a DOUBLE stays a float, an INT64 an integer).
import type { PropertyType } from '../../ontology/types.js';
import { quoteName } from '../../store/neo4j/neo4j-queries.js';

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function hex4(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Quotes a string as a single-quoted Cypher literal. Control characters, line and paragraph
 * separators and unpaired surrogates (which UTF-8 cannot carry) become `\uXXXX`; everything else,
 * Chinese included, is written as is.
 * @example toCypherString("it's") === "'it\\'s'"
 */
export function toCypherString(value: string): string {
  let out = "'";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const code = value.charCodeAt(i);
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) {
      out += simple;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + value[i + 1];
        i++;
      } else {
        out += hex4(code);
      }
    } else if ((code >= 0xdc00 && code <= 0xdfff) || code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
      out += hex4(code);
    } else {
      out += ch;
    }
  }
  return `${out}'`;
}

/** An integer literal; non-integers and unsafe integers become null rather than a silently wrong value. */
function toIntegerLiteral(value: number): string {
  return Number.isSafeInteger(value) ? String(value) : 'null';
}

/** A float literal that Cypher reads as FLOAT even for whole numbers (`5.0`, `1e21`). */
function toFloatLiteral(value: number): string {
  if (!Number.isFinite(value)) return 'null';
  const s = String(value).replace('e+', 'e');
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/**
 * Any property value as a Cypher literal. With `type`, numbers follow the ontology type; without it,
 * whole numbers are integers and others floats.
 */
export function toCypherLiteral(value: unknown, type?: PropertyType): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return toCypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (type === 'DOUBLE') return toFloatLiteral(value);
    if (type === 'INT64') return toIntegerLiteral(value);
    return Number.isSafeInteger(value) ? String(value) : toFloatLiteral(value);
  }
  if (Array.isArray(value)) {
    const itemType = type === 'STRING[]' ? 'STRING' : undefined;
    return `[${value.map((v) => toCypherLiteral(v, itemType)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    return toCypherMap(value as Record<string, unknown>);
  }
  throw new TypeError(`toCypherLiteral: cannot write a ${typeof value} as Cypher`);
}

/** A map literal; keys are backtick-quoted when they are not plain identifiers. */
export function toCypherMap(map: Record<string, unknown>, types: Record<string, PropertyType | undefined> = {}): string {
  const entries = Object.entries(map).map(([k, v]) => `${quoteName(k)}: ${toCypherLiteral(v, types[k])}`);
  return `{${entries.join(', ')}}`;
}
