/** "Schedule the next sales meeting for Tuesday at ten", "set up a pipeline review next week for an hour with the team". */
import { TZDate } from '@date-fns/tz';
import { getSlotValue } from 'ask-sdk-core';
import { format } from 'date-fns';
import { durationMinutes } from '../../dates/durationMinutes';
import { dayInWeek } from '../../dates/dayInWeek';
import { calendarDay, meetingStart } from '../../dates/meetingStart';
import { InviteesIds, MeetingSubjectIds, SLOTS } from '../../generated/model';
import type { Translate } from '../../i18n';
import { type NewMeeting, type ScheduledMeeting, findScheduledMeeting, scheduleMeeting } from './query';
import { teamMembers } from '../../salesforce/users';
import { rememberVagueDate, vagueDate } from '../../writes/draft';
import { escapeSsml } from '../../speaking/ssml';
import { spokenTime } from '../../speaking/clock';
import { resolvedId } from '../../alexa/slots';
import { type WriteConversation, writeHandler } from '../../writes/writeConversation';
import { spokenDay } from '../../speaking/days';
import { todayIn } from '../../dates/todayIn';
import { spokenList } from '../../speaking/list';

const slots = SLOTS.ScheduleMeetingIntent;
const DEFAULT_MINUTES = 30;
/** Longer than a working day is not a meeting; the user probably misspoke. */
const MAX_MINUTES = 8 * 60;
/** More names than this are read as a count. */
const MAX_NAMES = 5;

interface MeetingDraft extends NewMeeting {
  /** What the user hears, e.g. "pipeline review". */
  subjectWords: string;
  inviteeNames: string[];
  timeZone: string;
  today: string;
}

function spokenDuration(t: Translate, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('meeting.duration.minutes', { count: rest });
  if (rest === 0) return t('meeting.duration.hours', { count: hours });
  return t('meeting.duration.hoursAndMinutes', { hours: t('meeting.duration.hours', { count: hours }), minutes: t('meeting.duration.minutes', { count: rest }) });
}

function spokenWhen(t: Translate, d: MeetingDraft): string {
  const day = format(new TZDate(d.start.getTime(), d.timeZone), 'yyyy-MM-dd');
  return t('meeting.at', { day: spokenDay(t, day, d.today), time: spokenTime(d.start, d.timeZone) });
}

function spokenInvitees(t: Translate, locale: string, names: string[]): string {
  if (names.length === 0) return t('meeting.alone');
  if (names.length > MAX_NAMES) return t('meeting.withTeam', { count: names.length });
  return t('meeting.withPeople', { names: spokenList(names.map(escapeSsml), locale, 'conjunction') });
}

const conversation: WriteConversation<MeetingDraft, ScheduledMeeting> = {
  intent: 'ScheduleMeetingIntent',
  words: 'meeting',
  async collect(input, ctx) {
    const { t } = ctx;
    const said = getSlotValue(input.requestEnvelope, slots.date);
    if (!said) return { ask: { slot: slots.date, speech: t('meeting.askDay') } };
    const identity = await ctx.identity();
    // A vague day ("next week") is settled before the time, so the questions come in the order people answer.
    if (!calendarDay(said, identity.timeZone, ctx.now)) {
      rememberVagueDate(input, said);
      return { ask: { slot: slots.date, speech: t('meeting.needDay') } };
    }
    const week = vagueDate(input);
    const today = todayIn(identity.timeZone, ctx.now);
    const date = week && said !== 'PRESENT_REF' ? dayInWeek(said, week, today) : said;
    const time = getSlotValue(input.requestEnvelope, slots.time);
    if (!time) return { ask: { slot: slots.time, speech: t('meeting.askTime') } };
    const start = meetingStart(date, time, identity.timeZone, ctx.now);
    if (start.kind === 'needDay') return { ask: { slot: slots.date, speech: t('meeting.needDay') } };
    if (start.kind === 'needTime') return { ask: { slot: slots.time, speech: t('meeting.needTime') } };
    if (start.kind === 'past') return { ask: { slot: slots.date, speech: t('meeting.past') } };
    const durationSaid = getSlotValue(input.requestEnvelope, slots.duration);
    const minutes = durationSaid ? durationMinutes(durationSaid) : DEFAULT_MINUTES;
    if (!minutes || minutes > MAX_MINUTES) return { ask: { slot: slots.duration, speech: t('meeting.badDuration') } };
    const subjectId = resolvedId(input, slots.subject, MeetingSubjectIds);
    const subjectWords = subjectId ? t(`meeting.subjects.${subjectId}`) : getSlotValue(input.requestEnvelope, slots.subject)?.trim() || t('meeting.subjects.SALES_MEETING');
    const invitees =
      (resolvedId(input, slots.invitees, InviteesIds) ?? 'TEAM') === 'TEAM'
        ? await teamMembers(await ctx.salesforce(), identity.userId, identity.managerId, identity.hasReports)
        : [];
    return {
      draft: {
        subject: subjectWords[0]!.toUpperCase() + subjectWords.slice(1),
        subjectWords,
        start: start.start,
        durationMinutes: minutes,
        inviteeIds: invitees.map((m) => m.Id),
        inviteeNames: invitees.map((m) => m.FirstName ?? m.Name),
        timeZone: identity.timeZone,
        today,
      },
    };
  },
  confirm: ({ t, locale }, d) =>
    t('meeting.confirm', {
      subject: d.subjectWords,
      when: spokenWhen(t, d),
      duration: spokenDuration(t, d.durationMinutes),
      invitees: spokenInvitees(t, locale, d.inviteeNames),
    }),
  sameness: (d) => ({ subject: d.subject, start: d.start.toISOString(), minutes: d.durationMinutes, invitees: [...d.inviteeIds].sort() }),
  perform: (port, ctx, d) => scheduleMeeting(port, ctx.settings.scheduleMeetingFlow, d),
  recover: (port, userId, d, since) => findScheduledMeeting(port, d, userId, since),
  done({ t }, d, _scheduled, repeated) {
    const when = spokenWhen(t, d);
    if (repeated) return t('meeting.repeated', { subject: d.subjectWords, when });
    if (d.inviteeIds.length === 0) return t('meeting.doneAlone', { subject: d.subjectWords, when });
    return t('meeting.done', { subject: d.subjectWords, when, count: d.inviteeIds.length });
  },
  askAgainFor(field, t) {
    if (field === 'StartDateTime') return { slot: slots.date, speech: t('meeting.askDay') };
    if (field === 'DurationInMinutes') return { slot: slots.duration, speech: t('meeting.badDuration') };
    return undefined;
  },
};

export const scheduleMeetingHandler = writeHandler(conversation);
