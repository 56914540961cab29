/** The calendar day it is now for someone in `timeZone`, as YYYY-MM-DD. */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export function todayIn(timeZone: string, now: Date): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}
