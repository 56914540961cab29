/**
 * The briefing conversation as a tool: what changed on the user's deals (a manager's: the team's) since their last
 * briefing, and the day ahead. It changes nothing in Salesforce, but it does move "since the last briefing" on, for
 * the skill too — so it is not marked read-only (MCP: a read-only tool does not modify its environment).
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { briefUser } from '../../conversations/briefing/handler';
import { briefingOutput } from '../../conversations/briefing/output';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { CURRENCY, SAID } from '../shapes';
import { answerText } from '../text';
import { runTool } from '../tool';

const NAMED = z.object({ id: z.string(), name: z.string(), amount: z.number().nullable() });

export function registerBriefing(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('briefing', {
    title: 'Briefing',
    description: 'What changed on the user\'s deals (a manager: the team\'s) since their last briefing — stage, amount and close date changes by others, new and lost deals, new cases — and the day ahead. The first briefing covers the last day; each briefing is the start of the next. Like "brief me", "what\'s new since yesterday".',
    inputSchema: {},
    outputSchema: {
      said: SAID,
      since: z.string().describe('ISO instant the briefing starts at'),
      first: z.boolean(),
      scope: z.enum(['MINE', 'TEAM']),
      changes: z.array(z.object({ dealId: z.string(), deal: z.string(), field: z.enum(['StageName', 'Amount', 'CloseDate']), from: z.unknown(), to: z.unknown(), at: z.string() })),
      changedDeals: z.number().int(),
      created: z.array(NAMED),
      lost: z.array(NAMED),
      cases: z.array(z.object({ id: z.string(), subject: z.string().nullable(), account: z.string().nullable() })),
      meetingsToday: z.number().int(),
      closingThisWeek: z.number().int(),
      slipping: z.number().int(),
      currency: CURRENCY,
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  }, (_args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const view = await briefUser(ctx);
    return { said: answerText(ctx.t, briefingOutput(ctx.t, view)), since: view.since.toISOString(), first: view.first, scope: view.scope, ...view.briefing, currency: identity.currency };
  }));
}
