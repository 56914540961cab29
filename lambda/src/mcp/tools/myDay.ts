/** The my-day conversation as a tool: a day's meetings, tasks and closing deals, as conversations/my-day reads them. */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { dayQuestionOf } from '../../conversations/my-day/day';
import { myDaySummaryOutput } from '../../conversations/my-day/output';
import { myDay } from '../../conversations/my-day/query';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { SAID } from '../shapes';
import { answerText } from '../text';
import { runTool } from '../tool';

export function registerMyDay(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('my_day', {
    title: 'My day',
    description: 'The user\'s day: meetings (their own and those they are invited to), open tasks due that day or overdue, and deals closing that day (and this week, for today) — a manager\'s team\'s deals. Today unless a date is given. Like "what\'s my day", "what\'s on tomorrow".',
    inputSchema: {
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('The day, YYYY-MM-DD, in the user\'s time zone (default: today)'),
    },
    outputSchema: {
      said: SAID,
      day: z.string(),
      meetings: z.array(z.object({ id: z.string(), subject: z.string().nullable(), start: z.string().nullable().describe('ISO instant; null when all day'), allDay: z.boolean(), invited: z.boolean() })),
      tasks: z.object({
        due: z.number().int().describe('Due on the day'),
        earlier: z.number().int().describe('Due before the day, still open'),
        first: z.array(z.object({ id: z.string(), subject: z.string().nullable(), due: z.string() })),
      }),
      deals: z.object({ onDay: z.number().int(), thisWeek: z.number().int().optional(), scope: z.enum(['MINE', 'TEAM']) }),
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const { question } = dayQuestionOf(identity, args.date, ctx.now);
    const day = await myDay(await ctx.salesforce(), question);
    const scope = question.owner.scope === 'TEAM' ? 'TEAM' : 'MINE';
    const output = myDaySummaryOutput(ctx.t, { day, today: question.today, timeZone: identity.timeZone, locale: ctx.locale, scope });
    return { said: answerText(ctx.t, output), day: day.day, meetings: day.meetings, tasks: day.tasks, deals: { ...day.deals, scope } };
  }));
}
