/** Clock times and lists as they are said: "10 AM", "2:30 PM"; "James, Lena, and Priya"; "A, B, or C". */
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';

export function spokenTime(at: Date, timeZone: string): string {
  const local = new TZDate(at.getTime(), timeZone);
  return format(local, local.getMinutes() === 0 ? 'h a' : 'h:mm a');
}

export function spokenList(items: string[], locale: string, type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}
