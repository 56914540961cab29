/**
 * The close dates a question is about. Relative periods ("this quarter", "last month") are SOQL date literals,
 * which Salesforce evaluates in the querying user's time zone and with the org's fiscal year. Named periods
 * ("Q3", "in October", "year to date") become explicit ranges here, because which Q3 or which October the
 * user means depends on whether they ask about the past (wins, a leaderboard) or the future (open deals):
 *  - a named quarter is a quarter of the org's fiscal year (FiscalYearStartMonth): sales teams count that way;
 *  - asking about the past, a quarter or month that has not started yet means last year's;
 *    asking about the future, one that has already ended means next year's; "Q1 this year" means that one.
 * The answer always says which dates it covered when they are not obvious (see spokenPeriod in phrases.ts).
 */
import { addMonths, addYears, endOfMonth, format, parseISO, startOfMonth } from 'date-fns';
import type { DatePeriodId } from '../generated/model';

export type QuarterId = 'Q1' | 'Q2' | 'Q3' | 'Q4';
/** "Q1 this year", "Q3 last year": a quarter of the fiscal year said, so no lean decides which. */
type QuarterOfYearId = `${QuarterId}_${'THIS' | 'NEXT' | 'LAST'}_YEAR`;
export type MonthId =
  | 'JANUARY' | 'FEBRUARY' | 'MARCH' | 'APRIL' | 'MAY' | 'JUNE'
  | 'JULY' | 'AUGUST' | 'SEPTEMBER' | 'OCTOBER' | 'NOVEMBER' | 'DECEMBER';
/** The DatePeriod ids that are SOQL date literals as they are. */
export type RelativePeriodId = Exclude<DatePeriodId, QuarterId | QuarterOfYearId | MonthId | 'YEAR_TO_DATE'>;

const YEAR_OFFSET = { THIS: 0, NEXT: 1, LAST: -1 } as const;

const QUARTERS: readonly string[] = ['Q1', 'Q2', 'Q3', 'Q4'] satisfies QuarterId[];
const MONTHS: readonly string[] = [
  'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER',
] satisfies MonthId[];

export type Period =
  | { kind: 'relative'; id: RelativePeriodId }
  /** A fiscal quarter by number; `from`/`to` are YYYY-MM-DD, inclusive. */
  | { kind: 'quarter'; quarter: 1 | 2 | 3 | 4; from: string; to: string }
  | { kind: 'month'; from: string; to: string }
  /** From the start of the fiscal year to today. */
  | { kind: 'yearToDate' };

/** Whether the question looks back (closed deals) or ahead (open deals): it decides which named period is meant. */
export type Lean = 'past' | 'future';

const DAY = 'yyyy-MM-dd';

/**
 * The period a DatePeriod id names, for a user whose today is `today` (YYYY-MM-DD) in an org whose fiscal
 * year starts in `fiscalStartMonth` (1–12).
 */
export function periodOf(id: DatePeriodId, today: string, fiscalStartMonth: number, lean: Lean): Period {
  if (id === 'YEAR_TO_DATE') return { kind: 'yearToDate' };
  const now = parseISO(today);
  const ofYear = /^(Q[1-4])_(THIS|NEXT|LAST)_YEAR$/.exec(id);
  const quarter = QUARTERS.indexOf(ofYear ? ofYear[1]! : id);
  if (quarter >= 0) {
    // The fiscal year that contains today starts in fiscalStartMonth of this year or of the year before.
    const fiscalStart = startOfMonth(new Date(now.getFullYear() - (now.getMonth() + 1 < fiscalStartMonth ? 1 : 0), fiscalStartMonth - 1, 1));
    let from = addMonths(fiscalStart, quarter * 3 + (ofYear ? 12 * YEAR_OFFSET[ofYear[2] as keyof typeof YEAR_OFFSET] : 0));
    let to = endOfMonth(addMonths(from, 2));
    if (!ofYear && lean === 'past' && from > now) [from, to] = [addYears(from, -1), endOfMonth(addMonths(addYears(from, -1), 2))];
    if (!ofYear && lean === 'future' && to < now) [from, to] = [addYears(from, 1), endOfMonth(addMonths(addYears(from, 1), 2))];
    return { kind: 'quarter', quarter: (quarter + 1) as 1 | 2 | 3 | 4, from: format(from, DAY), to: format(to, DAY) };
  }
  const month = MONTHS.indexOf(id);
  if (month >= 0) {
    let from = new Date(now.getFullYear(), month, 1);
    if (lean === 'past' && from > now) from = addYears(from, -1);
    if (lean === 'future' && endOfMonth(from) < now) from = addYears(from, 1);
    return { kind: 'month', from: format(from, DAY), to: format(endOfMonth(from), DAY) };
  }
  return { kind: 'relative', id: id as RelativePeriodId };
}

/** The SOQL condition on a date field for a period. */
export function periodCondition(field: string, p: Period): string {
  if (p.kind === 'relative') return `${field} = ${p.id}`;
  if (p.kind === 'yearToDate') return `${field} = THIS_FISCAL_YEAR AND ${field} <= TODAY`;
  return `${field} >= ${p.from} AND ${field} <= ${p.to}`;
}
