/**
 * Which calendar day "what's my day" is about, from Alexa's AMAZON.DATE value, and that day's bounds as instants:
 * Event.StartDateTime is a datetime, so "today" is midnight to midnight in the user's Salesforce time zone (a
 * daylight-saving day is 23 or 25 hours long; TZDate counts it so).
 */
import { TZDate } from '@date-fns/tz';
import { addDays, format, parseISO } from 'date-fns';
import { todayIn } from '../../dates/todayIn';
import { defaultOwner } from '../../deals/owner';
import type { DayQuestion } from './query';

/** A day (YYYY-MM-DD); `heard` is a value that named no single day ("next week", "this month"), said back. */
export type AskedDay = { day: string; heard?: string };

/** Nothing or "now" is today; a date is that date; a week, month or season is today, and the answer says so. */
export function askedDay(value: string | undefined, timeZone: string, now: Date): AskedDay {
  const today = todayIn(timeZone, now);
  if (!value || value === 'PRESENT_REF') return { day: today };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { day: value };
  return { day: today, heard: value };
}

/** [from, to): the first instant of the day and the first of the next, as SOQL datetime literals (UTC). */
export function dayBounds(day: string, timeZone: string): { from: string; to: string } {
  const instant = (d: string) => {
    const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
    return new Date(new TZDate(y, m - 1, dd, 0, 0, 0, timeZone).getTime()).toISOString().replace('.000Z', 'Z');
  };
  return { from: instant(day), to: instant(format(addDays(parseISO(day), 1), 'yyyy-MM-dd')) };
}

/**
 * What "what's my day" asks Salesforce for the linked user, for a day as Alexa's AMAZON.DATE value gives it (or a
 * YYYY-MM-DD an MCP host sends): a manager's deals are the team's, a rep's their own. `heard` as askedDay's.
 */
export function dayQuestionOf(user: { userId: string; timeZone: string; hasReports: boolean }, value: string | undefined, now: Date): { question: DayQuestion; heard?: string } {
  const asked = askedDay(value, user.timeZone, now);
  const question = {
    userId: user.userId, day: asked.day, today: todayIn(user.timeZone, now), bounds: dayBounds(asked.day, user.timeZone), owner: defaultOwner(user.hasReports),
  };
  return asked.heard === undefined ? { question } : { question, heard: asked.heard };
}
