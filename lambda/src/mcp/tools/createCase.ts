/**
 * The create-a-case conversation as a tool: a support case on an account named as the user said it, written once per
 * idempotency key through the same once-records as the skill's "yes" (writes/writeConversation.ts writeOnce).
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { type CaseDraft, caseConversation } from '../../conversations/case/handler';
import { CasePriorityIds } from '../../generated/model';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { writeOnce } from '../../writes/writeConversation';
import { SAID } from '../shapes';
import { ssmlToText } from '../text';
import { runTool } from '../tool';
import { IDEMPOTENCY_KEY } from './logCall';
import { ACCOUNT_NAME, accountNamed } from './records';

export function registerCreateCase(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('create_case', {
    title: 'Create a case',
    description: 'Opens a support case on an account: its subject and priority (default Medium). Confirm the account, subject and priority with the user first. Like "create a case for Acme about a broken printer".',
    inputSchema: {
      account: ACCOUNT_NAME,
      subject: z.string().min(2).max(255).describe('What the case is about'),
      priority: z.enum(CasePriorityIds).optional().describe('Default Medium'),
      idempotencyKey: IDEMPOTENCY_KEY,
    },
    outputSchema: {
      said: SAID,
      case: z.object({ id: z.string(), caseNumber: z.string(), accountId: z.string(), subject: z.string(), priority: z.enum(CasePriorityIds) }),
      repeated: z.boolean().describe('True when this key had already opened the case: nothing new was written'),
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx) => {
    const account = await accountNamed(await ctx.salesforce(), args.account);
    const subject = args.subject.trim().replace(/^(a|an|the)\s+/i, '');
    const draft: CaseDraft = {
      account,
      accountId: account.Id,
      subject: subject[0]!.toUpperCase() + subject.slice(1),
      priority: args.priority ?? 'Medium',
    };
    const { result, repeated } = await writeOnce(ctx, caseConversation, draft, args.idempotencyKey);
    return {
      said: ssmlToText(await caseConversation.done(ctx, draft, result, repeated)),
      case: { id: result.id, caseNumber: result.caseNumber, accountId: draft.accountId, subject: draft.subject, priority: draft.priority },
      repeated,
    };
  }));
}
