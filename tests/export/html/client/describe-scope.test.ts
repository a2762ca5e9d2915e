// The explorer header's line on the reports a page shows.
import { describe, expect, it } from 'vitest';
import { describeScope } from '../../../../src/export/html/client/describe-scope.js';

describe('describeScope', () => {
  it('names the provinces and years chosen, and the reports shown of the build', () => {
    expect(describeScope({ provinces: ['广东省', '浙江省'], years: [2023], reports: 1234, totalReports: 19900 })).toBe('广东省 · 浙江省 · 2023 · 1,234 / 19,900 份报告 reports');
  });

  it('gives only the count when the page shows the whole build', () => {
    expect(describeScope({ provinces: [], years: [], reports: 5, totalReports: 5 })).toBe('5 份报告 reports');
  });
});
