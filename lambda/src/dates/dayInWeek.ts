/**
 * "Next week" → "Which day?" → "Thursday": Alexa resolves a bare weekday to the coming one, which may be in
 * this week; the user meant that weekday in the week they named. Moves `day` (YYYY-MM-DD) onto the same
 * weekday of `week` (AMAZON.DATE "2026-W49" or "2026-W49-WE") when it lies before that week and within the
 * coming seven days from `today` — the only days a bare weekday resolves to; an explicit date stays.
 */
import { addDays, differenceInCalendarDays, format, getISODay, getISOWeek, getISOWeekYear, parseISO, setISOWeek, setISOWeekYear, startOfISOWeek } from 'date-fns';

export function dayInWeek(day: string, week: string, today: string): string {
  const match = /^(\d{4})-W(\d{2})/.exec(week);
  if (!match) return day;
  const monday = startOfISOWeek(setISOWeek(setISOWeekYear(new Date(Number(match[1]), 5, 1), Number(match[1])), Number(match[2])));
  const date = parseISO(day);
  const ahead = differenceInCalendarDays(date, parseISO(today));
  if (date >= monday || ahead < 0 || ahead > 6) return day;
  return format(addDays(monday, getISODay(date) - 1), 'yyyy-MM-dd');
}

/** The AMAZON.DATE week ("2026-W49") a day (YYYY-MM-DD) is in. */
export function isoWeekOf(day: string): string {
  const date = parseISO(day);
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
}
