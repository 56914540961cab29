/**
 * The reminders of conversations/log-activity as a tool: an open task to call, follow up with or email someone
 * ("Call <account>", "Follow up with <account>", "Email <account>") on a deal or an account, due on a day, with a
 * reminder at 9 in the morning of the user's time zone (reminderDraft, as the skill sets it),
 * written once per idempotency key through the skill's own once-records.
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { reminderConversations, reminderDraft } from '../../conversations/log-activity/handler';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { writeOnce } from '../../writes/writeConversation';
import { AskBackError } from '../question';
import { SAID } from '../shapes';
import { ssmlToText } from '../text';
import { runTool } from '../tool';
import { IDEMPOTENCY_KEY } from './logCall';
import { ACCOUNT_NAME, DEAL_ID, DEAL_NAME, activityTarget } from './records';

export function registerAddFollowUp(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('add_follow_up', {
    title: 'Add a follow-up call',
    description: 'Puts a call to make, a follow-up or an email to send on the user\'s tasks ("Call <account>", "Follow up with <account>", "Email <account>"), due on a day, with a reminder that morning at 9 in their time zone (or the next quarter hour, due today). On a deal (id or name) or an account. Confirm with the user first. Like "remind me to call Initech next Tuesday about the renewal", "remind me to follow up with Globex on Friday".',
    inputSchema: {
      dealId: DEAL_ID.optional(),
      dealName: DEAL_NAME.optional(),
      account: ACCOUNT_NAME.optional().describe("The account's name, as said, when no deal is named"),
      action: z.enum(['call', 'followUp', 'email']).optional().describe('What to do: call (the default), followUp or email'),
      due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('The day to call, YYYY-MM-DD (today or later)'),
      about: z.string().min(2).max(120).optional().describe('What the call is about, added to the subject ("about the renewal")'),
      idempotencyKey: IDEMPOTENCY_KEY,
    },
    outputSchema: {
      said: SAID,
      task: z.object({ id: z.string(), subject: z.string(), activityDate: z.string().nullable(), reminderDateTime: z.string().nullable() }),
      whatId: z.string().describe('The deal or account the task is on'),
      repeated: z.boolean().describe('True when this key had already added it: nothing new was written'),
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const target = await activityTarget(await ctx.salesforce(), args);
    const action = args.action ?? 'call';
    const reminder = reminderConversations[action];
    const draft = reminderDraft(ctx.t, action, target, args.about?.trim(), args.due, identity.timeZone, ctx.now);
    if (draft.due < draft.today) throw new AskBackError(ssmlToText(ctx.t('reminder.pastDay')));
    const { result, repeated } = await writeOnce(ctx, reminder, draft, args.idempotencyKey);
    return { said: ssmlToText(await reminder.done(ctx, draft, result, repeated)), task: result, whatId: target.id, repeated };
  }));
}
