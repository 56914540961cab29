/**
 * The add-a-note conversation of conversations/log-activity as a tool: a note on a deal or an account (a completed
 * task where the org has no notes), titled by its first words (noteDraft), written once per idempotency key
 * through the skill's own once-records.
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { addNoteConversation, dictation, noteDraft } from '../../conversations/log-activity/handler';
import { todayIn } from '../../dates/todayIn';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { writeOnce } from '../../writes/writeConversation';
import { AskBackError } from '../question';
import { SAID } from '../shapes';
import { ssmlToText } from '../text';
import { runTool } from '../tool';
import { IDEMPOTENCY_KEY } from './logCall';
import { ACCOUNT_NAME, DEAL_ID, DEAL_NAME, activityTarget } from './records';

export function registerAddNote(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('add_note', {
    title: 'Add a note',
    description: 'Adds a note to a deal (id or name) or an account, with the words the user said. Confirm the record and the words with the user first. Like "add a note to the Northwind deal: they need the data sheets".',
    inputSchema: {
      dealId: DEAL_ID.optional(),
      dealName: DEAL_NAME.optional(),
      account: ACCOUNT_NAME.optional().describe("The account's name, as said, when no deal is named"),
      text: z.string().min(1).max(32000).describe('What the note says, as the user said it'),
      idempotencyKey: IDEMPOTENCY_KEY,
    },
    outputSchema: {
      said: SAID,
      note: z.object({ id: z.string(), kind: z.enum(['note', 'task']).describe("task: the org has no notes, so it is a completed task with the words as its comments"), title: z.string() }),
      whatId: z.string().describe('The deal or account the note is on'),
      repeated: z.boolean().describe('True when this key had already added it: nothing new was written'),
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const target = await activityTarget(await ctx.salesforce(), args);
    const text = dictation(args.text, ctx.locale);
    if (!text) throw new AskBackError('What should the note say?');
    const draft = noteDraft(target, text, todayIn(identity.timeZone, ctx.now));
    const { result, repeated } = await writeOnce(ctx, addNoteConversation, draft, args.idempotencyKey);
    return {
      said: ssmlToText(await addNoteConversation.done(ctx, draft, result, repeated)),
      note: { id: result.id, kind: result.kind, title: result.kind === 'note' ? result.title : result.subject },
      whatId: target.id,
      repeated,
    };
  }));
}
