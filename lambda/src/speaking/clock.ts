/** Clock times as they are said: "10 AM", "2:30 PM". */
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';

export function spokenTime(at: Date, timeZone: string): string {
  const local = new TZDate(at.getTime(), timeZone);
  return format(local, local.getMinutes() === 0 ? 'h a' : 'h:mm a');
}
