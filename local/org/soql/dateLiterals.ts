/**
 * Date literals (TODAY, THIS_WEEK, LAST_N_DAYS:7, NEXT_FISCAL_QUARTER…) as ranges of calendar days in the
 * querying user's time zone, end exclusive. Per the SOQL reference: weeks start on the locale's first day
 * (en_US Sunday, de_DE Monday); LAST_N_DAYS:n includes today; NEXT_N_DAYS:n starts tomorrow; the N-period
 * forms other than days exclude the current period; fiscal periods start in the org's fiscal start month.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_dateformats.htm
 */
import { addDays, dayOfWeek, formatDate, localDate, parseDate } from '../calendar';
import type { QueryContext } from '../types';

export interface DateRange {
  /** First day inside the range. */
  start: string;
  /** First day after the range. */
  end: string;
}

interface Unit {
  /** First day of the period containing `today`. */
  start(today: string): string;
  /** The period start `count` periods away. */
  shift(start: string, count: number): string;
}

const DAY: Unit = { start: (today) => today, shift: addDays };

function weekUnit(firstDay: number): Unit {
  return {
    start: (today) => addDays(today, -((dayOfWeek(today) - firstDay + 7) % 7)),
    shift: (start, count) => addDays(start, 7 * count),
  };
}

/** Periods of `months` months aligned so that one starts in `anchorMonth` (1–12). */
function monthUnit(months: number, anchorMonth: number): Unit {
  return {
    start: (today) => {
      const { year, month } = parseDate(today);
      const index = year * 12 + month - 1;
      const startIndex = index - ((((index - (anchorMonth - 1)) % months) + months) % months);
      return formatDate(Math.floor(startIndex / 12), (startIndex % 12) + 1, 1);
    },
    shift: (start, count) => {
      const { year, month } = parseDate(start);
      return formatDate(year, month + months * count, 1);
    },
  };
}

const firstDays = new Map<string, number>();

/** The locale's first day of the week, 0 = Sunday … 6 = Saturday (Intl week data, as CLDR defines it). */
export function firstDayOfWeek(locale: string): number {
  let day = firstDays.get(locale);
  if (day === undefined) {
    try {
      const info = (new Intl.Locale(locale.replace(/_/g, '-')) as Intl.Locale & { weekInfo?: { firstDay: number } }).weekInfo;
      day = (info?.firstDay ?? 7) % 7;
    } catch {
      day = 0;
    }
    firstDays.set(locale, day);
  }
  return day;
}

function unitFor(name: string, ctx: QueryContext): Unit {
  switch (name) {
    case 'WEEK': return weekUnit(firstDayOfWeek(ctx.locale));
    case 'MONTH': return monthUnit(1, 1);
    case 'QUARTER': return monthUnit(3, 1);
    case 'YEAR': return monthUnit(12, 1);
    case 'FISCAL_QUARTER': return monthUnit(3, ctx.fiscalYearStartMonth);
    case 'FISCAL_YEAR': return monthUnit(12, ctx.fiscalYearStartMonth);
    default: return DAY;
  }
}

function range(unit: Unit, today: string, from: number, to: number): DateRange {
  const start = unit.start(today);
  return { start: unit.shift(start, from), end: unit.shift(start, to) };
}

/**
 * The literal `name` (the text before any ':', e.g. LAST_N_DAYS) with its number `n`, as a function from
 * the querying context to its range; undefined for a name that is not a date literal.
 */
export function dateLiteral(name: string, n: number): ((ctx: QueryContext) => DateRange) | undefined {
  let match: RegExpExecArray | null;
  const days = (from: number, to: number) => (ctx: QueryContext) => range(DAY, today(ctx), from, to);
  if (name === 'YESTERDAY') return days(-1, 0);
  if (name === 'TODAY') return days(0, 1);
  if (name === 'TOMORROW') return days(1, 2);
  // LAST_N_DAYS is the one N form that includes the current period (today).
  if (name === 'LAST_90_DAYS') return days(-90, 1);
  if (name === 'LAST_N_DAYS') return days(-n, 1);
  if (name === 'NEXT_90_DAYS') return days(1, 91);
  if ((match = /^(LAST|THIS|NEXT)_(WEEK|MONTH|QUARTER|YEAR|FISCAL_QUARTER|FISCAL_YEAR)$/.exec(name))) {
    const offset = match[1] === 'LAST' ? -1 : match[1] === 'NEXT' ? 1 : 0;
    return periods(match[2] ?? '', offset, offset + 1);
  }
  if ((match = /^(LAST|NEXT)_N_(DAY|WEEK|MONTH|QUARTER|YEAR|FISCAL_QUARTER|FISCAL_YEAR)S$/.exec(name))) {
    return match[1] === 'LAST' ? periods(match[2] ?? '', -n, 0) : periods(match[2] ?? '', 1, n + 1);
  }
  if ((match = /^N_(DAY|WEEK|MONTH|QUARTER|YEAR|FISCAL_QUARTER|FISCAL_YEAR)S_AGO$/.exec(name))) {
    return periods(match[1] ?? '', -n, -n + 1);
  }
  return undefined;
}

function today(ctx: QueryContext): string {
  return localDate(ctx.now.getTime(), ctx.timeZone);
}

/** Periods `from` to `to` (exclusive) relative to the one containing today. */
function periods(unit: string, from: number, to: number): (ctx: QueryContext) => DateRange {
  return (ctx) => range(unitFor(unit, ctx), today(ctx), from, to);
}
