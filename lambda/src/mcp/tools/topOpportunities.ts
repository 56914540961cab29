/** The top opportunities conversation as a tool: the biggest open deals, as conversations/top-opportunities asks for them. */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { topOpportunities } from '../../conversations/top-opportunities/handler';
import { topOpportunitiesFilter } from '../../conversations/top-opportunities/query';
import { opportunityListOutput } from '../../deals/listOutput';
import { PAGE_SIZE } from '../../deals/pages';
import { openOpportunities } from '../../deals/query';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { speakingFor } from '../../speaking/speakingFor';
import { questionArgs, questionOf } from '../question';
import { CURRENCY, DEAL, OWNER, PERIOD, SAID, dealOf, ownerOf, periodOut } from '../shapes';
import { answerText } from '../text';
import { runTool } from '../tool';

export function registerTopOpportunities(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('top_opportunities', {
    title: 'Top opportunities',
    description: "The biggest open opportunities by amount, for the user, their team, everyone they can see or one person; narrowed by close period, forecast category, stage or size. Like \"what are my top five opportunities\".",
    inputSchema: {
      ...questionArgs(topOpportunities.honours),
      offset: z.number().int().min(0).max(2000).optional().describe('Skip this many deals: the next page after a result with hasMore.'),
    },
    outputSchema: { said: SAID, deals: z.array(DEAL), hasMore: z.boolean(), offset: z.number().int(), owner: OWNER, period: PERIOD.optional(), currency: CURRENCY },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const { question, notes } = await questionOf(ctx, identity, args);
    const speaking = speakingFor(ctx, identity);
    const filter = topOpportunitiesFilter(question, speaking.today, identity.fiscalYearStartMonth);
    const limit = question.count ?? PAGE_SIZE;
    const offset = args.offset ?? 0;
    const page = await openOpportunities(await ctx.salesforce(), { ...filter, userId: identity.userId, limit, offset });
    const output = opportunityListOutput(ctx.t, {
      ...speaking, ...filter, items: page.items, notes, turn: offset === 0 ? 'first' : 'next', firstPosition: offset + 1, hasMore: page.hasMore, pageSize: limit,
    });
    return {
      said: answerText(ctx.t, output),
      deals: page.items.map(dealOf),
      hasMore: page.hasMore,
      offset,
      owner: ownerOf(filter.owner),
      ...(filter.period ? { period: periodOut(filter.period) } : {}),
      currency: identity.currency,
    };
  }));
}
