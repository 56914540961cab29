/**
 * Dates relative to the user's today, in their time zone: "today", "tomorrow", "on Friday", "last Friday",
 * "on December 15th" / "am 15. Dezember" (and the year when it is not this one). Words come from i18n; date-fns
 * does the calendar in the request's locale.
 */
import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { Locale } from 'date-fns';
import { localeOf, type Translate } from '../i18n';
import { dateLocaleFor, dayMonthPattern, fullDatePattern } from './dateLocale';

export type RelativeDay =
  | { kind: 'today' | 'tomorrow' | 'yesterday' }
  | { kind: 'weekday' | 'lastWeekday'; weekday: string }
  | { kind: 'date'; date: string };

/** Describes a Salesforce date (YYYY-MM-DD, no time zone) relative to `today` (YYYY-MM-DD). */
export function relativeDay(date: string, today: string, locale: Locale): RelativeDay {
  const day = parseISO(date);
  const base = parseISO(today);
  const diff = differenceInCalendarDays(day, base);
  if (diff === 0) return { kind: 'today' };
  if (diff === 1) return { kind: 'tomorrow' };
  if (diff === -1) return { kind: 'yesterday' };
  if (diff > 1 && diff < 7) return { kind: 'weekday', weekday: format(day, 'EEEE', { locale }) };
  if (diff < -1 && diff > -7) return { kind: 'lastWeekday', weekday: format(day, 'EEEE', { locale }) };
  return { kind: 'date', date: spokenDate(date, day.getFullYear() !== base.getFullYear(), locale) };
}

/** A day as the locale writes it out: "December 15th", "15 December 2027", "15. Dezember". */
export function spokenDate(date: string, withYear: boolean, locale: Locale): string {
  return format(parseISO(date), withYear ? fullDatePattern(locale) : dayMonthPattern(locale), { locale });
}

/** "today", "tomorrow", "on Friday", "last Friday", "on December 15th", for a YYYY-MM-DD day. */
export function spokenDay(t: Translate, date: string, today: string): string {
  const rel = relativeDay(date, today, dateLocaleFor(localeOf(t)));
  return t(`day.${rel.kind}`, rel);
}

/** "today", "Friday", "last Friday", "December 15th": a day after a preposition ("from … to …"). */
export function spokenDayAfterPreposition(t: Translate, date: string, today: string): string {
  const rel = relativeDay(date, today, dateLocaleFor(localeOf(t)));
  return t(`dayAfterPreposition.${rel.kind}`, rel);
}

/**
 * A calendar day as a card or a screen writes it, short and the locale's way: "Dec 12, 2026", "12.12.2026",
 * "12 déc. 2026". Formatted in UTC so the day stays the day it is.
 */
export function writtenDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
