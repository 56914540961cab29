/** Clock times as they are said in the request's locale: "10 AM", "2:30 PM"; "14:30" where the day has 24 hours. */
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { dateLocaleFor } from './dateLocale';

export function spokenTime(at: Date, timeZone: string, locale: string): string {
  const local = new TZDate(at.getTime(), timeZone);
  const dateLocale = dateLocaleFor(locale);
  const pattern = dateLocale.formatLong!.time({ width: 'short' });
  // On a 12-hour clock a whole hour is said without its minutes ("10 AM"); "14:00" keeps them.
  const said = local.getMinutes() === 0 && /a/.test(pattern) ? pattern.replace(/:mm/, '') : pattern;
  return format(local, said, { locale: dateLocale });
}
