/**
 * Calendar arithmetic shared by the store (derived fields) and SOQL (date literals, date functions).
 * A date is `YYYY-MM-DD` text (it sorts and compares as text); an instant is epoch milliseconds.
 */
import { TZDate } from '@date-fns/tz';

export interface YearMonthDay { year: number; month: number; day: number }

export function parseDate(date: string): YearMonthDay {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Normalises overflowing months and days (month 13 → January next year, day 0 → last day of the previous month). */
export function formatDate(year: number, month: number, day: number): string {
  const utc = new Date(Date.UTC(year, month - 1, day));
  const y = utc.getUTCFullYear();
  return `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${String(utc.getUTCMonth() + 1).padStart(2, '0')}-${String(utc.getUTCDate()).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  return formatDate(year, month, day + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  const { year, month, day } = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The calendar date an instant falls on in a time zone. */
export function localDate(instant: number, timeZone: string): string {
  const local = new TZDate(instant, timeZone);
  return formatDate(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** The hour (0–23) an instant falls on in a time zone. */
export function localHour(instant: number, timeZone: string): number {
  return new TZDate(instant, timeZone).getHours();
}

/** The instant a calendar day starts (00:00 local, whatever DST does that day). */
export function startOfDay(date: string, timeZone: string): number {
  const { year, month, day } = parseDate(date);
  return new TZDate(year, month - 1, day, timeZone).getTime();
}

/** The fiscal year a date belongs to: named by its ending year unless the org names years by their start. */
export function fiscalYear(date: string, startMonth: number, namedByStart = false): number {
  const { year, month } = parseDate(date);
  const startYear = month >= startMonth ? year : year - 1;
  return namedByStart || startMonth === 1 ? startYear : startYear + 1;
}

/** 1–4: which quarter of its fiscal year a date is in. */
export function fiscalQuarter(date: string, startMonth: number): number {
  const { month } = parseDate(date);
  return Math.floor((((month - startMonth) % 12 + 12) % 12) / 3) + 1;
}
