/** The reports this org has saved, by id (15 or 18 characters). */
import { normalizeId } from '../ids';
import type { SummaryReport } from './report';
import { winsAndLosses } from './wins-losses';

export const REPORTS: readonly SummaryReport[] = [winsAndLosses];

export function findReport(id: string): SummaryReport | undefined {
  const canonical = normalizeId(id);
  return REPORTS.find((report) => report.id === canonical);
}
