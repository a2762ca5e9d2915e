import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../../src/errors.js';
import { extractsInWorkers, MIN_REPORTS_PER_JOB, resolveJobs } from '../../../src/pipeline/parallel/resolve-jobs.js';

describe('resolveJobs', () => {
  it('takes an explicit whole number as given, even for a tiny batch', () => {
    expect(resolveJobs('3')).toBe(3);
    expect(resolveJobs(2, 5)).toBe(2);
  });

  it('uses every core by default for a large batch', () => {
    expect(resolveJobs(undefined, 100_000)).toBe(availableParallelism());
    expect(resolveJobs('auto')).toBe(availableParallelism());
  });

  it('uses one job by default for a batch too small to repay starting workers', () => {
    expect(resolveJobs('auto', 5)).toBe(1);
    expect(resolveJobs(undefined, MIN_REPORTS_PER_JOB)).toBe(1);
  });

  it.each(['0', '-2', '1.5', 'two', ''])('rejects --jobs %j with E_USAGE', (value) => {
    expect(() => resolveJobs(value)).toThrow(KgError);
    try {
      resolveJobs(value);
    } catch (err) {
      expect((err as KgError).code).toBe('E_USAGE');
    }
  });
});

describe('extractsInWorkers', () => {
  it('uses workers with more than one job, whatever the batch', () => {
    expect(extractsInWorkers(2, 1)).toBe(true);
  });

  it('uses one worker for one job on a batch that is not small, the main thread for a small one', () => {
    expect(extractsInWorkers(1, MIN_REPORTS_PER_JOB)).toBe(true);
    expect(extractsInWorkers(1, 20_000)).toBe(true);
    expect(extractsInWorkers(1, MIN_REPORTS_PER_JOB - 1)).toBe(false);
    expect(extractsInWorkers(1, 5)).toBe(false);
  });
});
