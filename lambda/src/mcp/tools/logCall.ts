/**
 * The log-a-call conversation as a tool: a completed call on a deal, with the notes, written once per idempotency key
 * through the same once-records as the skill's "yes" (writes/writeConversation.ts writeOnce). The skill confirms
 * before it writes; a host is told this tool writes (destructiveHint false: it adds, never changes or deletes) and
 * is expected to confirm with the user before calling it, as MCP asks of hosts for tools that are not read-only.
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { dictation, logCallConversation } from '../../conversations/log-activity/handler';
import { dealTarget } from '../../conversations/log-activity/target';
import { todayIn } from '../../dates/todayIn';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { writeOnce } from '../../writes/writeConversation';
import { AskBackError } from '../question';
import { SAID } from '../shapes';
import { ssmlToText } from '../text';
import { runTool } from '../tool';
import { DEAL_ID, DEAL_NAME, dealNamed } from './records';

export const IDEMPOTENCY_KEY = z.string().min(8).max(128).regex(/^[\w.:-]+$/)
  .describe('A key the caller makes once per write the user asked for (a UUID) and sends again on every retry of it: the same key never writes twice within 15 minutes.');

export function registerLogCall(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('log_call', {
    title: 'Log a call',
    description: 'Logs a completed call on a deal, today, with what was said (the task\'s comments). Confirm the deal and the notes with the user first. Like "log a call with Globex, they want a revised quote by Friday".',
    inputSchema: {
      dealId: DEAL_ID.optional(),
      dealName: DEAL_NAME.optional(),
      notes: z.string().min(1).max(32000).describe('What the call was about, as the user said it'),
      idempotencyKey: IDEMPOTENCY_KEY,
    },
    outputSchema: {
      said: SAID,
      task: z.object({ id: z.string(), subject: z.string(), activityDate: z.string().nullable() }),
      dealId: z.string(),
      repeated: z.boolean().describe('True when this key had already written the call: nothing new was written'),
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const port = await ctx.salesforce();
    const deal = await dealNamed(port, args);
    const notes = dictation(args.notes, ctx.locale);
    if (!notes) throw new AskBackError('What was the call about?');
    const target = dealTarget(deal);
    const draft = {
      target,
      subject: ctx.t('logCall.subject', { account: target.accountName, interpolation: { escapeValue: false } }),
      notes,
      today: todayIn(identity.timeZone, ctx.now),
    };
    const { result, repeated } = await writeOnce(ctx, logCallConversation, draft, args.idempotencyKey);
    const said = ssmlToText(await logCallConversation.done(ctx, draft, result, repeated));
    return { said, task: { id: result.id, subject: result.subject, activityDate: result.activityDate }, dealId: deal.id, repeated };
  }));
}
