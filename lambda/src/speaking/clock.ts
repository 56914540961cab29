/** Clock times as they are said in the request's locale: "10 AM", "2:30 PM"; "14:30" where the day has 24 hours; "10 h 30" in French. */
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { dateLocaleFor, timePattern } from './dateLocale';

export function spokenTime(at: Date, timeZone: string, locale: string): string {
  const local = new TZDate(at.getTime(), timeZone);
  const dateLocale = dateLocaleFor(locale);
  return format(local, timePattern(dateLocale, local.getMinutes() === 0), { locale: dateLocale });
}
