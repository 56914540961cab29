/**
 * When a meeting starts, from Alexa's AMAZON.DATE and AMAZON.TIME values, in the user's Salesforce time zone
 * (so "Tuesday at ten" is ten o'clock where the user works, across a daylight-saving change too).
 * Vague answers ask for more: a week, weekend or month needs a day; "morning" needs a time.
 */
import { TZDate } from '@date-fns/tz';

export type MeetingStart = { kind: 'ok'; start: Date } | { kind: 'needDay' } | { kind: 'needTime' } | { kind: 'past' };

/**
 * Alexa reports "at two" as 02:00. Nobody schedules a sales meeting at two in the morning, so hours 1–6 are
 * read as afternoon or evening. [assumption: AMAZON.TIME carries no am/pm flag for a bare hour]
 */
const LAST_HOUR_MEANING_PM = 6;

/** The calendar day [year, month 0–11, day] an AMAZON.DATE value names; undefined for a week, month, season or year. */
export function calendarDay(date: string, timeZone: string, now: Date): [number, number, number] | undefined {
  if (date === 'PRESENT_REF') {
    const today = new TZDate(now.getTime(), timeZone);
    return [today.getFullYear(), today.getMonth(), today.getDate()];
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? [Number(match[1]), Number(match[2]) - 1, Number(match[3])] : undefined;
}

export function meetingStart(date: string, time: string, timeZone: string, now: Date): MeetingStart {
  const day = calendarDay(date, timeZone, now);
  if (!day) return { kind: 'needDay' };
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!clock) return { kind: 'needTime' };
  const hour = Number(clock[1]);
  const start = new TZDate(...day, hour >= 1 && hour <= LAST_HOUR_MEANING_PM ? hour + 12 : hour, Number(clock[2]), 0, timeZone);
  return start.getTime() <= now.getTime() ? { kind: 'past' } : { kind: 'ok', start: new Date(start.getTime()) };
}
