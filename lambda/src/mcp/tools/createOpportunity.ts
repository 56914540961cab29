/**
 * The new-opportunity conversation as a tool: an opportunity on an account, at the org's first open stage, named
 * "<Account> - <Month Year>" as the skill names it (opportunityDraft), written once per idempotency key through the
 * skill's own once-records, insert and read-back.
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { newOpportunityConversation, opportunityDraft } from '../../conversations/new-opportunity/handler';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { speakingFor } from '../../speaking/speakingFor';
import { writeOnce } from '../../writes/writeConversation';
import { AskBackError } from '../question';
import { CURRENCY, SAID } from '../shapes';
import { ssmlToText } from '../text';
import { runTool } from '../tool';
import { IDEMPOTENCY_KEY } from './logCall';
import { ACCOUNT_NAME, accountNamed } from './records';

export function registerCreateOpportunity(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('create_opportunity', {
    title: 'Register an opportunity',
    description: 'Adds an opportunity on an account, worth an amount, closing on a day, at the first open stage; it is named after the account and the close month. Confirm the account, amount and close date with the user first. Like "add a new opportunity for Initech worth fifty thousand dollars closing next month".',
    inputSchema: {
      account: ACCOUNT_NAME,
      amount: z.number().positive().describe('What it is worth, in the org currency'),
      closeDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('When it is expected to close, YYYY-MM-DD (today or later)'),
      idempotencyKey: IDEMPOTENCY_KEY,
    },
    outputSchema: {
      said: SAID,
      opportunity: z.object({ id: z.string(), name: z.string(), stage: z.string(), accountId: z.string(), amount: z.number(), closeDate: z.string() }),
      currency: CURRENCY,
      repeated: z.boolean().describe('True when this key had already added it: nothing new was written'),
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const speaking = speakingFor(ctx, identity);
    if (args.closeDate < speaking.today) throw new AskBackError(ssmlToText(ctx.t('newOpportunity.pastCloseDate')));
    const account = await accountNamed(await ctx.salesforce(), args.account);
    const draft = opportunityDraft(ctx.t, account, args.amount, args.closeDate, speaking);
    const { result, repeated } = await writeOnce(ctx, newOpportunityConversation, draft, args.idempotencyKey);
    return {
      said: ssmlToText(await newOpportunityConversation.done(ctx, draft, result, repeated)),
      opportunity: { id: result.id, name: result.name, stage: result.stage, accountId: account.Id, amount: draft.amount, closeDate: draft.closeDate },
      currency: identity.currency,
      repeated,
    };
  }));
}
