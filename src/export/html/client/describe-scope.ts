// The explorer header's line on which reports of the build the page shows.
import type { ExplorerScopeSummary } from '../explorer-data.js';

/**
 * The chosen provinces and years, then the reports shown (of the build's, when fewer).
 * @example describeScope({ provinces: ['广东省'], years: [2023], reports: 120, totalReports: 19900 }) // '广东省 · 2023 · 120 / 19,900 份报告 reports'
 */
export function describeScope(scope: ExplorerScopeSummary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const count = scope.reports === scope.totalReports ? n(scope.reports) : `${n(scope.reports)} / ${n(scope.totalReports)}`;
  return [...scope.provinces, ...scope.years.map(String), `${count} 份报告 reports`].join(' · ');
}
