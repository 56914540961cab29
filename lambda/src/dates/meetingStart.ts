/**
 * When a meeting starts, from Alexa's AMAZON.DATE and AMAZON.TIME values, in the user's Salesforce time zone
 * (so "Tuesday at ten" is ten o'clock where the user works, across a daylight-saving change too).
 * Vague answers ask for more: a week, weekend or month needs a day; "morning" needs a time; an hour that could
 * be morning or evening needs the half of the day.
 */
import { TZDate } from '@date-fns/tz';
import { isValid, parseISO } from 'date-fns';

export type DayHalf = 'MORNING' | 'EVENING';

export type MeetingStart =
  | { kind: 'ok'; start: Date }
  | { kind: 'needDay' }
  | { kind: 'needTime' }
  | { kind: 'past' }
  /** "Six": six in the morning or six in the evening? `clock` is the hour as heard, e.g. "6" or "6:30". */
  | { kind: 'whichHalf'; clock: string };

/**
 * AMAZON.TIME gives "HH:MM" in 24 hours and has no am/pm flag: "six", "six am" and "six in the morning" may all
 * arrive as 06:00, while "six pm" arrives as 18:00 (https://developer.amazon.com/docs/custom-skills/slot-type-reference.html#time;
 * [unsure: AMAZON.TIME carries no meridiem, so a bare hour and an "am" hour cannot be told apart]).
 * So 13:00 and later, and 00:xx (only "midnight" or "twelve am" give it), are taken as said. The rest is a
 * business-hours reading: 8–11 are the morning, 12 is noon, 1–5 the afternoon. Six and seven are as likely
 * either way, so they are asked about — also after "six am", which costs a question but is never wrong.
 */
const MORNING_HOURS = [8, 9, 10, 11];
const AFTERNOON_HOURS = [1, 2, 3, 4, 5];

/** The hour of the day `hour` (as Alexa sent it) means, or undefined when only the user can say. */
function dayHour(hour: number, half: DayHalf | undefined): number | undefined {
  if (hour === 0 || hour >= 12 || MORNING_HOURS.includes(hour)) return hour;
  if (AFTERNOON_HOURS.includes(hour)) return hour + 12;
  if (!half) return undefined;
  return half === 'EVENING' ? hour + 12 : hour;
}

/** The calendar day [year, month 0–11, day] an AMAZON.DATE value names; undefined for a week, month, season or year. */
export function calendarDay(date: string, timeZone: string, now: Date): [number, number, number] | undefined {
  if (date === 'PRESENT_REF') {
    const today = new TZDate(now.getTime(), timeZone);
    return [today.getFullYear(), today.getMonth(), today.getDate()];
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  // "2027-02-31" is no day (TZDate would roll it into March).
  return match && isValid(parseISO(date)) ? [Number(match[1]), Number(match[2]) - 1, Number(match[3])] : undefined;
}

/** `half` is the user's answer to "in the morning or in the evening?", when one was asked. */
export function meetingStart(date: string, time: string, timeZone: string, now: Date, half?: DayHalf): MeetingStart {
  const day = calendarDay(date, timeZone, now);
  if (!day) return { kind: 'needDay' };
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!clock) return { kind: 'needTime' };
  const [hour, minute] = [Number(clock[1]), Number(clock[2])];
  // "25:99" is no time of day (TZDate would roll it into the next day): asked again like a missing time.
  if (hour > 23 || minute > 59) return { kind: 'needTime' };
  const meant = dayHour(hour, half);
  if (meant === undefined) return { kind: 'whichHalf', clock: minute === 0 ? String(hour) : `${hour}:${clock[2]}` };
  return startAt(day, meant, minute, timeZone, now);
}

/** The instant `hour`:`minute` (24 hours) on `day` is in `timeZone`, unless it has passed. */
export function startAt(day: [number, number, number], hour: number, minute: number, timeZone: string, now: Date): Extract<MeetingStart, { kind: 'ok' | 'past' }> {
  const start = new TZDate(...day, hour, minute, 0, timeZone);
  return start.getTime() <= now.getTime() ? { kind: 'past' } : { kind: 'ok', start: new Date(start.getTime()) };
}
