import { describe, expect, it } from 'vitest';
import { KgError } from '../../../src/errors.js';
import { bindQueryParams, findNamedQuery, isQueryName } from '../../../src/store/query-pack/index.js';

function errorOf(fn: () => unknown): KgError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(KgError);
    return err as KgError;
  }
  throw new Error('expected an error');
}

const codeOf = (fn: () => unknown) => errorOf(fn).code;

describe('bindQueryParams', () => {
  const ranking = findNamedQuery('law-ranking');
  const evidence = findNamedQuery('evidence');

  it('fills defaults and turns int parameters given as text into numbers', () => {
    expect(bindQueryParams(ranking, { limit: '5' })).toEqual({ kind: '', limit: 5 });
    expect(bindQueryParams(ranking, {})).toEqual({ kind: '', limit: 20 });
  });

  it('keeps string values exactly as given, quotes and line breaks included', () => {
    const from = 'a"b\\c}\n\'d';
    expect(bindQueryParams(evidence, { from, to: '42' })).toEqual({ from, to: '42' });
  });

  it('rejects an int parameter that is not an integer', () => {
    for (const limit of ['ten', '1.5', '', '99999999999999999999']) expect(codeOf(() => bindQueryParams(ranking, { limit }))).toBe('E_QUERY_PARAM');
  });

  it('rejects unknown and missing parameters, naming the expected ones', () => {
    expect(codeOf(() => bindQueryParams(evidence, { from: 'x' }))).toBe('E_QUERY_PARAM');
    expect(codeOf(() => bindQueryParams(evidence, { from: 'x', to: 'y', too: 'z' }))).toBe('E_QUERY_PARAM');
    const err = errorOf(() => bindQueryParams(evidence, { form: 'x', to: 'y' }));
    expect(err.message).toContain('from (string, required)');
    expect(err.message).toContain('"form"');
  });
});

describe('findNamedQuery', () => {
  it('fails with E_QUERY_UNKNOWN on an unknown name', () => {
    expect(codeOf(() => findNamedQuery('law-rankings'))).toBe('E_QUERY_UNKNOWN');
  });
});

describe('isQueryName', () => {
  it('tells query names from Cypher', () => {
    expect(isQueryName('towns-citing-law')).toBe(true);
    expect(isQueryName('search')).toBe(true);
    expect(isQueryName('MATCH (n) RETURN n')).toBe(false);
    expect(isQueryName('RETURN 1')).toBe(false);
  });
});
