/**
 * An opportunity's close date from Alexa's AMAZON.DATE value: a day is itself; "next month" is that month's
 * last day, "next week" its Friday, "next year" December 31st — the end of the period the user named, which
 * is how forecasts read a close date. Undefined for what names no period to end (a season, a decade).
 */
import { endOfMonth, format, isValid, parseISO, setISOWeek, setISOWeekYear, startOfISOWeek, addDays } from 'date-fns';
import { TZDate } from '@date-fns/tz';

const ISO_DAY = 'yyyy-MM-dd';

export function closeDate(date: string, timeZone: string, now: Date): string | undefined {
  if (date === 'PRESENT_REF') return format(new TZDate(now.getTime(), timeZone), ISO_DAY);
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return isValid(parseISO(date)) ? date : undefined; // not "2027-02-31"
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) return format(endOfMonth(new Date(Number(month[1]), Number(month[2]) - 1, 1)), ISO_DAY);
  const week = /^(\d{4})-W(\d{2})(-WE)?$/.exec(date);
  if (week) {
    const monday = startOfISOWeek(setISOWeek(setISOWeekYear(new Date(Number(week[1]), 5, 1), Number(week[1])), Number(week[2])));
    return format(addDays(monday, week[3] ? 6 : 4), ISO_DAY);
  }
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  return undefined;
}
