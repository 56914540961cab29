/**
 * The dates a quota question covers, worked out here rather than left to SOQL date literals, so the quota and the
 * closed-won amount go to Salesforce together in one composite call: with a literal ("StartDate =
 * THIS_FISCAL_QUARTER") the won query would need the quota period's dates from a first round trip.
 *
 * A quota belongs to a forecast period, and forecast periods are fiscal periods, so "this quarter" and "this year"
 * mean the fiscal quarter and year here (as "Q3" does everywhere in the skill), and "this fiscal quarter" the same.
 * The dates come from the org's fiscal start month (a standard fiscal year). An org with custom fiscal years has
 * quota periods that need not match these dates; the answer checks that the quota rows' own periods tile the window
 * exactly and says it cannot tell attainment otherwise, so a mismatch is never a wrong number.
 * Weeks start on Sunday (en_US) [unsure for other locales]; no org sets quotas by week, so a week only ever hears
 * that quotas are set per quarter or month.
 */
import { addDays, addMonths, addWeeks, addYears, endOfMonth, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';
import type { Period } from '../../deals/period';

export interface DateWindow {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

const DAY = 'yyyy-MM-dd';
const window = (from: Date, to: Date): DateWindow => ({ from: format(from, DAY), to: format(to, DAY) });

/** The first day of the fiscal year containing `day`. */
function fiscalYearStart(day: Date, fiscalStartMonth: number): Date {
  return new Date(day.getFullYear() - (day.getMonth() + 1 < fiscalStartMonth ? 1 : 0), fiscalStartMonth - 1, 1);
}

function fiscalQuarter(day: Date, fiscalStartMonth: number, offset: number): DateWindow {
  const yearStart = fiscalYearStart(day, fiscalStartMonth);
  const monthsIn = (day.getFullYear() - yearStart.getFullYear()) * 12 + day.getMonth() - yearStart.getMonth();
  const from = addMonths(yearStart, Math.floor(monthsIn / 3) * 3 + 3 * offset);
  return window(from, endOfMonth(addMonths(from, 2)));
}

function fiscalYear(day: Date, fiscalStartMonth: number, offset: number): DateWindow {
  const from = addYears(fiscalYearStart(day, fiscalStartMonth), offset);
  return window(from, addDays(addYears(from, 1), -1));
}

/** The inclusive dates of `period` for a user whose day is `today`. */
export function windowOf(period: Period, today: string, fiscalStartMonth: number): DateWindow {
  const now = parseISO(today);
  if (period.kind === 'quarter' || period.kind === 'month') return { from: period.from, to: period.to };
  if (period.kind === 'yearToDate') return { from: fiscalYear(now, fiscalStartMonth, 0).from, to: today };
  const month = (offset: number) => window(startOfMonth(addMonths(now, offset)), endOfMonth(addMonths(now, offset)));
  const week = (offset: number) => {
    const from = startOfWeek(addWeeks(now, offset), { weekStartsOn: 0 });
    return window(from, addDays(from, 6));
  };
  switch (period.id) {
    case 'TODAY': return window(now, now);
    case 'TOMORROW': return window(addDays(now, 1), addDays(now, 1));
    case 'THIS_WEEK': return week(0);
    case 'NEXT_WEEK': return week(1);
    case 'LAST_WEEK': return week(-1);
    case 'THIS_MONTH': return month(0);
    case 'NEXT_MONTH': return month(1);
    case 'LAST_MONTH': return month(-1);
    case 'THIS_QUARTER': case 'THIS_FISCAL_QUARTER': return fiscalQuarter(now, fiscalStartMonth, 0);
    case 'NEXT_QUARTER': case 'NEXT_FISCAL_QUARTER': return fiscalQuarter(now, fiscalStartMonth, 1);
    case 'LAST_QUARTER': case 'LAST_FISCAL_QUARTER': return fiscalQuarter(now, fiscalStartMonth, -1);
    case 'THIS_YEAR': case 'THIS_FISCAL_YEAR': return fiscalYear(now, fiscalStartMonth, 0);
    case 'NEXT_YEAR': case 'NEXT_FISCAL_YEAR': return fiscalYear(now, fiscalStartMonth, 1);
    case 'LAST_YEAR': case 'LAST_FISCAL_YEAR': return fiscalYear(now, fiscalStartMonth, -1);
  }
}

/**
 * Whether forecast periods (sorted by start) tile `window` exactly: no gap, no overlap, nothing outside it — three
 * monthly periods make a quarter, a quarterly one makes no month. A quota or forecast over the window is theirs added up.
 */
export function tilesWindow(periods: readonly { StartDate: string; EndDate: string }[], window: DateWindow): boolean {
  const dayAfter = (day: string) => format(addDays(parseISO(day), 1), DAY);
  return (
    periods.length > 0 &&
    periods.every((p) => p.StartDate >= window.from && p.EndDate <= window.to) &&
    periods[0]!.StartDate === window.from &&
    periods.at(-1)!.EndDate === window.to &&
    periods.slice(1).every((p, i) => dayAfter(periods[i]!.EndDate) === p.StartDate)
  );
}
