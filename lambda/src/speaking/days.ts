/**
 * Dates relative to the user's today, in their time zone: "today", "tomorrow", "on Friday", "last Friday",
 * "on December 15th" (and the year when it is not this one). Words come from i18n; date-fns does the calendar.
 */
import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { Locale } from 'date-fns';

export type RelativeDay =
  | { kind: 'today' | 'tomorrow' | 'yesterday' }
  | { kind: 'weekday' | 'lastWeekday'; weekday: string }
  | { kind: 'date'; date: string };

/** The calendar day it is now for someone in `timeZone`, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

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
  const pattern = day.getFullYear() === base.getFullYear() ? 'MMMM do' : 'MMMM do, yyyy';
  return { kind: 'date', date: format(day, pattern, { locale }) };
}
