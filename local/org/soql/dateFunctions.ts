/**
 * Date functions (CALENDAR_MONTH(CloseDate), FISCAL_QUARTER(…), DAY_ONLY(convertTimezone(CreatedDate))…).
 * On a datetime field they work in UTC unless the field is wrapped in convertTimezone(), which uses the
 * querying user's time zone — as the SOQL reference states.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_date_functions.htm
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_convert_time_zone.htm
 */
import { dayOfWeek, fiscalQuarter, fiscalYear, localDate, localHour, parseDate } from '../calendar';
import type { QueryContext } from '../types';

/** Everything but DAY_ONLY yields a number. */
type DateFunction = (date: string, hour: number, ctx: QueryContext) => number | string;

function dayOfYear(date: string): number {
  const { year, month, day } = parseDate(date);
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
}

const FUNCTIONS: Readonly<Record<string, DateFunction>> = {
  CALENDAR_MONTH: (date) => parseDate(date).month,
  CALENDAR_QUARTER: (date) => Math.ceil(parseDate(date).month / 3),
  CALENDAR_YEAR: (date) => parseDate(date).year,
  DAY_IN_MONTH: (date) => parseDate(date).day,
  DAY_IN_WEEK: (date) => dayOfWeek(date) + 1, // 1 = Sunday
  DAY_IN_YEAR: dayOfYear,
  DAY_ONLY: (date) => date,
  FISCAL_MONTH: (date, _hour, ctx) => ((parseDate(date).month - ctx.fiscalYearStartMonth + 12) % 12) + 1,
  FISCAL_QUARTER: (date, _hour, ctx) => fiscalQuarter(date, ctx.fiscalYearStartMonth),
  FISCAL_YEAR: (date, _hour, ctx) => fiscalYear(date, ctx.fiscalYearStartMonth, ctx.usesStartDateAsFiscalYearName === true),
  HOUR_IN_DAY: (_date, hour) => hour,
  WEEK_IN_MONTH: (date) => Math.ceil(parseDate(date).day / 7),
  WEEK_IN_YEAR: (date) => Math.ceil(dayOfYear(date) / 7),
};

/** Functions that need a time of day, so only apply to datetime fields. */
const DATETIME_ONLY = new Set(['DAY_ONLY', 'HOUR_IN_DAY']);

export function isDateFunction(name: string): boolean {
  return name.toUpperCase() in FUNCTIONS;
}

export function requiresDatetime(name: string): boolean {
  return DATETIME_ONLY.has(name.toUpperCase());
}

/** DAY_ONLY yields a date; the others numbers. */
export function dateFunctionYieldsDate(name: string): boolean {
  return name.toUpperCase() === 'DAY_ONLY';
}

/**
 * A date function applied to a stored date (`YYYY-MM-DD`) or datetime (ISO instant) value; null stays null.
 * `inUserZone` is true under convertTimezone().
 */
export function applyDateFunction(name: string, value: unknown, isDatetime: boolean, inUserZone: boolean, ctx: QueryContext): number | string | null {
  if (typeof value !== 'string') return null;
  const fn = FUNCTIONS[name.toUpperCase()];
  if (!fn) return null;
  if (!isDatetime) return fn(value, 0, ctx);
  const instant = Date.parse(value);
  const zone = inUserZone ? ctx.timeZone : 'UTC';
  return fn(localDate(instant, zone), localHour(instant, zone), ctx);
}
