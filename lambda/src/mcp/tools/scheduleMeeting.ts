/**
 * The schedule-a-meeting conversation as a tool: an event on the user's calendar with invitations, through the org's
 * Schedule_Sales_Meeting Flow or the REST API (conversations/meeting/query.ts), written once per idempotency key.
 * The day and time are the user's own, in their Salesforce time zone, as the skill reads "Tuesday at ten".
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { DEFAULT_MINUTES, MAX_MINUTES, type MeetingDraft, meetingConversation } from '../../conversations/meeting/handler';
import { calendarDay, startAt } from '../../dates/meetingStart';
import { todayIn } from '../../dates/todayIn';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { knownPeople } from '../../people/directory';
import { matchHeard } from '../../people/match';
import { teamMembers } from '../../salesforce/users';
import { writeOnce } from '../../writes/writeConversation';
import { AskBackError } from '../question';
import { SAID } from '../shapes';
import { ssmlToText } from '../text';
import { runTool } from '../tool';
import { IDEMPOTENCY_KEY } from './logCall';

export function registerScheduleMeeting(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('schedule_meeting', {
    title: 'Schedule a meeting',
    description: 'Puts a meeting on the user\'s Salesforce calendar and invites their team (the default), nobody, or the people named. The day and time are in the user\'s own time zone. Confirm subject, day, time and who with the user first. Like "schedule the next sales meeting for Tuesday at ten".',
    inputSchema: {
      subject: z.string().min(1).max(80).optional().describe('What the meeting is, e.g. "pipeline review" (default: sales meeting)'),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('The day, YYYY-MM-DD'),
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).describe('The start, HH:MM on a 24-hour clock, in the user\'s time zone'),
      durationMinutes: z.number().int().min(5).max(MAX_MINUTES).optional().describe(`Default ${DEFAULT_MINUTES}`),
      invitees: z.enum(['TEAM', 'NOBODY']).optional().describe('TEAM: the user\'s team (their reports, or a rep\'s manager and peers); NOBODY: just the user. Ignored when people are named.'),
      people: z.array(z.string().min(1).max(80)).max(20).optional().describe('Teammates to invite, by name as said'),
      idempotencyKey: IDEMPOTENCY_KEY,
    },
    outputSchema: {
      said: SAID,
      eventId: z.string(),
      start: z.string().describe('ISO instant'),
      durationMinutes: z.number().int(),
      inviteeIds: z.array(z.string()),
      repeated: z.boolean().describe('True when this key had already scheduled it: nothing new was written'),
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const day = calendarDay(args.date, identity.timeZone, ctx.now);
    const [hour, minute] = args.time.split(':').map(Number) as [number, number];
    const start = day && startAt(day, hour, minute, identity.timeZone, ctx.now);
    if (!start || start.kind === 'past') throw new AskBackError(`${args.date} at ${args.time} (${identity.timeZone}) has already passed. Ask for another time.`);
    let invitees: { id: string; name: string }[] = [];
    if (args.people?.length) {
      const people = await knownPeople(ctx);
      for (const name of args.people) {
        const match = matchHeard(name, people);
        if (match.kind === 'none') throw new AskBackError(`No one named "${name}" among the people this user works with. Ask who they mean.`);
        if (match.kind === 'several') throw new AskBackError(`"${name}" fits ${match.people.map((p) => p.name).join(', ')}. Ask which one.`);
        if (match.person.id !== identity.userId && !invitees.some((i) => i.id === match.person.id)) invitees.push({ id: match.person.id, name: match.person.firstName || match.person.name });
      }
    } else if (args.invitees !== 'NOBODY') {
      const team = await teamMembers(await ctx.salesforce(), identity.userId, identity.managerId, identity.hasReports);
      invitees = team.map((m) => ({ id: m.Id, name: m.FirstName ?? m.Name }));
    }
    const subjectWords = args.subject?.trim() || ctx.t('meeting.subjects.SALES_MEETING');
    const draft: MeetingDraft = {
      subject: subjectWords[0]!.toUpperCase() + subjectWords.slice(1),
      subjectWords,
      start: start.start,
      durationMinutes: args.durationMinutes ?? DEFAULT_MINUTES,
      inviteeIds: invitees.map((i) => i.id),
      inviteeNames: invitees.map((i) => i.name),
      named: false,
      timeZone: identity.timeZone,
      today: todayIn(identity.timeZone, ctx.now),
    };
    const { result, repeated } = await writeOnce(ctx, meetingConversation, draft, args.idempotencyKey);
    return {
      said: ssmlToText(await meetingConversation.done(ctx, draft, result, repeated)),
      eventId: result.eventId,
      start: draft.start.toISOString(),
      durationMinutes: draft.durationMinutes,
      inviteeIds: draft.inviteeIds,
      repeated,
    };
  }));
}
