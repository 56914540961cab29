/**
 * "Schedule the next sales meeting for Tuesday at ten", "set up a call with James and Lena tomorrow at three",
 * "a meeting with Acme on Friday at eleven".
 */
import { TZDate } from '@date-fns/tz';
import { type HandlerInput, getSlotValue } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { format } from 'date-fns';
import type { RequestContext } from '../../context';
import { durationMinutes } from '../../dates/durationMinutes';
import { dayInWeek, isoWeekOf } from '../../dates/dayInWeek';
import { calendarDay, meetingStart } from '../../dates/meetingStart';
import { DayHalfIds, InviteesIds, MeetingSubjectIds, SLOTS } from '../../generated/model';
import { localeOf, type Translate } from '../../i18n';
import { type NewMeeting, type ScheduledMeeting, findScheduledMeeting, scheduleMeeting } from './query';
import { shortName } from './people';
import { whichPersonSpeech } from '../../people/output';
import { resolvePerson } from '../../people/resolve';
import { type TeamMember, teamMembers } from '../../salesforce/users';
import { type AccountRef, rememberVagueDate, replacedValue, teamOfWrite, vagueDate } from '../../writes/draft';
import { accountFromSlot, accountsNamed } from '../../writes/accountSlot';
import { escapeSsml } from '../../speaking/ssml';
import { spokenTime } from '../../speaking/clock';
import { resolvedId } from '../../alexa/slots';
import { type Ask, type WriteConversation, writeHandler } from '../../writes/writeConversation';
import { spokenDay } from '../../speaking/days';
import { todayIn } from '../../dates/todayIn';
import { spokenList } from '../../speaking/list';

const slots = SLOTS.ScheduleMeetingIntent;
export const DEFAULT_MINUTES = 30;
/** Longer than a working day is not a meeting; the user probably misspoke. */
export const MAX_MINUTES = 8 * 60;
/** More names than this are read as a count. */
const MAX_NAMES = 5;

export interface MeetingDraft extends NewMeeting {
  /** What the user hears, e.g. "pipeline review" or "call with James". */
  subjectWords: string;
  inviteeNames: string[];
  /** The people or the account are named in the subject, so the confirmation does not list them again. */
  named: boolean;
  timeZone: string;
  today: string;
}

/** Who the meeting is with: invited teammates, and the account it is about. */
interface Attendance {
  invitees: TeamMember[];
  /** Names as said in the subject ("James", "James Lee" when two are called James), raw (escaped when spoken). */
  names: string[];
  account?: AccountRef;
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
  return t('meeting.at', { day: spokenDay(t, day, d.today), time: spokenTime(d.start, d.timeZone, localeOf(t)) });
}

function spokenInvitees(t: Translate, locale: string, d: MeetingDraft): string {
  if (d.named) return '';
  const names = d.inviteeNames;
  if (names.length === 0) return t('meeting.alone');
  if (names.length > MAX_NAMES) return t('meeting.withTeam', { count: names.length });
  return t('meeting.withPeople', { names: spokenList(names.map(escapeSsml), locale, 'conjunction') });
}

/**
 * "With the team" (or nothing said) invites the team; "just me" nobody; names invite those teammates; a name
 * that is nobody on the team but an account links the meeting to it and invites nobody. A name that fits several
 * teammates, or nobody and no account, is asked about.
 * Names come in the shared Person slot type: the people the speaker can see are pushed to Alexa as dynamic
 * entities at session start (interceptors/peopleEntities.ts) and resolved by people/resolve.ts, first or full
 * names ("James Lee"). The same words may name an account ("with Acme"): only the org can tell, so a name that
 * is nobody the speaker can see is looked up as an account.
 */
async function attendance(input: HandlerInput, ctx: RequestContext): Promise<{ ask: Ask } | Attendance> {
  const { t } = ctx;
  const group = resolvedId(input, slots.invitees, InviteesIds);
  if (group === 'NOBODY') return { invitees: [], names: [] };
  const identity = await ctx.identity();
  // Read only when the team is invited or names are told apart by it; a meeting with an account needs no team.
  let members: Promise<TeamMember[]> | undefined;
  const team = () =>
    (members ??= teamOfWrite(input, async () => teamMembers(await ctx.salesforce(), identity.userId, identity.managerId, identity.hasReports)));
  if (group === 'TEAM') return { invitees: await team(), names: [] };
  // A name Alexa put in the team-or-nobody slot is still a name.
  const named = [slots.invitees, slots.person, slots.otherPerson]
    .map((slot) => ({ slot, spoken: getSlotValue(input.requestEnvelope, slot)?.trim() }))
    .flatMap(({ slot, spoken }) => (spoken ? [{ slot, spoken }] : []));
  if (named.length === 0) return { invitees: await team(), names: [] };
  const invitees: TeamMember[] = [];
  for (const { slot, spoken } of named) {
    // The people the speaker can see, resolved as every conversation resolves them (dynamic entities, then the
    // cached list); "me" is the organizer, who is on the meeting anyway.
    const match = await resolvePerson(input, ctx, slot);
    if (match.kind === 'several') return { ask: { slot, speech: whichPersonSpeech(ctx, match.people, spoken) } };
    if (match.kind === 'me' || (match.kind === 'one' && match.person.id === identity.userId)) continue;
    if (match.kind === 'one') {
      const member = { Id: match.person.id, FirstName: match.person.firstName, Name: match.person.name };
      if (!invitees.some((i) => i.Id === member.Id)) invitees.push(member);
      continue;
    }
    if (named.length > 1) {
      // "With Smith and Sons" arrives as two names; the whole of it may be an account.
      const whole = await accountsNamed(input, ctx, named.map((n) => n.spoken).join(' and '));
      if (whole.kind === 'one') return { invitees: [], names: [], account: { Id: whole.record.Id, Name: whole.record.Name } };
      return { ask: { slot, speech: t('meeting.noSuchPerson', { spoken }) } };
    }
    const account = await accountFromSlot(input, ctx, slot, t('meeting.askWho'), (s) => t('meeting.nobodyCalled', { spoken: s }));
    if ('ask' in account) return account;
    return { invitees: [], names: [], account: account.account };
  }
  const everyone = [...(await team()), ...invitees];
  return { invitees, names: invitees.map((m) => shortName(m, everyone)) };
}

/** The subject as the user put it: "one on one" → "one on one with Priya"; nothing said → "sales meeting", or "meeting with …". */
function subjectWordsOf(input: HandlerInput, t: Translate, locale: string, who: Attendance): string {
  const subjectId = resolvedId(input, slots.subject, MeetingSubjectIds);
  const said = subjectId ? t(`meeting.subjects.${subjectId}`) : getSlotValue(input.requestEnvelope, slots.subject)?.trim();
  const names = who.account ? [who.account.Name] : who.names;
  if (names.length === 0) return said || t('meeting.subjects.SALES_MEETING');
  // Data, not speech: escaped once, when it is spoken.
  return t('meeting.subjectWith', {
    subject: said || t('meeting.subjects.MEETING'),
    names: spokenList(names, locale, 'conjunction'),
    interpolation: { escapeValue: false },
  });
}

export const meetingConversation: WriteConversation<MeetingDraft, ScheduledMeeting> = {
  intent: 'ScheduleMeetingIntent',
  words: 'meeting',
  anchors: [slots.subject, slots.date, slots.person, slots.otherPerson, slots.invitees],
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
    // "Next week" then "Thursday", or "next Thursday at four" then "Friday instead": a bare weekday is that day
    // of the week already named, not the coming one.
    const before = replacedValue(input, slots.date);
    const week = vagueDate(input) ?? (before && /^\d{4}-\d{2}-\d{2}$/.test(before) ? isoWeekOf(before) : undefined);
    const today = todayIn(identity.timeZone, ctx.now);
    const date = week && said !== 'PRESENT_REF' ? dayInWeek(said, week, today) : said;
    // The day as settled, in the intent the confirmation carries, so a later correction keeps it.
    const dateSlot = (input.requestEnvelope.request as IntentRequest).intent.slots?.[slots.date];
    if (dateSlot) dateSlot.value = date;
    const time = getSlotValue(input.requestEnvelope, slots.time);
    if (!time) return { ask: { slot: slots.time, speech: t('meeting.askTime') } };
    const half = resolvedId(input, slots.dayHalf, DayHalfIds);
    const start = meetingStart(date, time, identity.timeZone, ctx.now, half);
    if (start.kind === 'needDay') return { ask: { slot: slots.date, speech: t('meeting.needDay') } };
    if (start.kind === 'needTime') return { ask: { slot: slots.time, speech: t('meeting.needTime') } };
    if (start.kind === 'whichHalf') return { ask: { slot: slots.dayHalf, speech: t('meeting.whichHalf', { clock: start.clock }) } };
    if (start.kind === 'past') return { ask: { slot: slots.date, speech: t('meeting.past') } };
    const durationSaid = getSlotValue(input.requestEnvelope, slots.duration);
    const minutes = durationSaid ? durationMinutes(durationSaid) : DEFAULT_MINUTES;
    if (!minutes || minutes > MAX_MINUTES) return { ask: { slot: slots.duration, speech: t('meeting.badDuration') } };
    const who = await attendance(input, ctx);
    if ('ask' in who) return who;
    const subjectWords = subjectWordsOf(input, t, ctx.locale, who);
    return {
      draft: {
        subject: subjectWords[0]!.toUpperCase() + subjectWords.slice(1),
        subjectWords,
        start: start.start,
        durationMinutes: minutes,
        inviteeIds: who.invitees.map((m) => m.Id),
        inviteeNames: who.invitees.map((m) => m.FirstName ?? m.Name),
        named: who.names.length > 0 || who.account !== undefined,
        ...(who.account ? { whatId: who.account.Id } : {}),
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
      invitees: spokenInvitees(t, locale, d),
    }),
  sameness: (d) => ({ subject: d.subject, start: d.start.toISOString(), minutes: d.durationMinutes, invitees: [...d.inviteeIds].sort(), what: d.whatId ?? null }),
  perform: async (port, ctx, d) => scheduleMeeting(port, { flow: ctx.settings.scheduleMeetingFlow, orgId: (await ctx.identity()).orgId }, d),
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
  replacedTogether: [
    [slots.time, slots.dayHalf],
    [slots.invitees, slots.person, slots.otherPerson],
  ],
};

export const scheduleMeetingHandler = writeHandler(meetingConversation);
