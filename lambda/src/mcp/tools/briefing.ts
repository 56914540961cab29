/**
 * The briefing conversation as a tool: what changed on the user's deals (a manager's: the team's; or whose are named)
 * since their last briefing, and the day ahead. It changes nothing in Salesforce, but the usual briefing moves "since
 * the last briefing" on, for the skill too — so it is not marked read-only (MCP: a read-only tool does not modify its
 * environment).
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { briefUser } from '../../conversations/briefing/handler';
import { briefingOutput } from '../../conversations/briefing/output';
import { notesSpeech } from '../../deals/phrases';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { questionArgs, questionOf } from '../question';
import { CURRENCY, OWNER, SAID, ownerOf } from '../shapes';
import { answerText } from '../text';
import { runTool } from '../tool';

const NAMED = z.object({ id: z.string(), name: z.string(), amount: z.number().nullable() });

export function registerBriefing(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('briefing', {
    title: 'Briefing',
    description: 'What changed on the user\'s deals (a manager: the team\'s; or one person\'s) since their last briefing — stage, amount and close date changes by others, new, won and lost deals, new cases — and the day ahead. The first briefing covers the last day; the usual briefing (no one named) is the start of the next. Like "brief me", "what\'s new since yesterday", "brief me on Lena\'s deals".',
    inputSchema: questionArgs(['scope', 'person']),
    outputSchema: {
      said: SAID,
      since: z.string().describe('ISO instant the briefing starts at'),
      first: z.boolean(),
      owner: OWNER,
      changes: z.array(z.object({
        dealId: z.string(), deal: z.string(), field: z.enum(['StageName', 'Amount', 'CloseDate']), from: z.unknown(), to: z.unknown(), at: z.string(), by: z.string().nullable(),
      })),
      changedDeals: z.number().int(),
      created: z.array(NAMED),
      lost: z.array(NAMED),
      won: z.array(NAMED),
      cases: z.array(z.object({ id: z.string(), subject: z.string().nullable(), account: z.string().nullable() })),
      meetingsToday: z.number().int(),
      closingThisWeek: z.number().int(),
      slipping: z.number().int(),
      currency: CURRENCY,
    },
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const { question, notes } = await questionOf(ctx, identity, args);
    const view = await briefUser(ctx, identity, question.owner);
    const said = [...notesSpeech(ctx.t, notes, { owner: question.owner }), answerText(ctx.t, briefingOutput(ctx.t, view))].join(' ');
    return { said, since: view.since.toISOString(), first: view.first, owner: ownerOf(question.owner), ...view.briefing, currency: identity.currency };
  }));
}
