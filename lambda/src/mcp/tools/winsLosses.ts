/** The wins and losses conversation as a tool: closed deals over a period, as conversations/wins-losses asks for them. */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { winsLossesConversation } from '../../conversations/wins-losses/handler';
import { winsLossesOutput, winRate } from '../../conversations/wins-losses/output';
import { winsLosses, winsLossesQueryOf } from '../../conversations/wins-losses/query';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { speakingFor } from '../../speaking/speakingFor';
import { questionArgs, questionOf } from '../question';
import { CURRENCY, DEAL, OWNER, PERIOD, SAID, TOTALS, dealOf, ownerOf, periodOut } from '../shapes';
import { answerText } from '../text';
import { runTool } from '../tool';

export function registerWinsLosses(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('wins_and_losses', {
    title: 'Wins and losses',
    description: 'Deals won and lost over a period (this quarter unless one is given): how many, how much, the win rate, the biggest win and loss. For the user, their team or one person. Like "how did we do last quarter".',
    inputSchema: {
      ...questionArgs(winsLossesConversation.slots),
      outcome: z.enum(['WON', 'LOST']).optional().describe('Only the wins or only the losses (the answer says only those).'),
    },
    outputSchema: {
      said: SAID, won: TOTALS, lost: TOTALS, winRatePercent: z.number().nullable(), biggestWin: DEAL.nullable(), biggestLoss: DEAL.nullable(),
      owner: OWNER, period: PERIOD, currency: CURRENCY,
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const { question, notes } = await questionOf(ctx, identity, args);
    const speaking = speakingFor(ctx, identity);
    const query = winsLossesQueryOf(question, identity.userId, speaking.today, identity.fiscalYearStartMonth);
    const result = await winsLosses(await ctx.salesforce(), query);
    const output = winsLossesOutput(ctx.t, { ...result, owner: query.owner, period: query.period, minAmount: query.minAmount, outcome: args.outcome, notes, ...speaking });
    return {
      said: answerText(ctx.t, output),
      won: result.won,
      lost: result.lost,
      winRatePercent: winRate(result.won.count, result.lost.count) ?? null,
      biggestWin: result.biggestWin && dealOf(result.biggestWin),
      biggestLoss: result.biggestLoss && dealOf(result.biggestLoss),
      owner: ownerOf(query.owner),
      period: periodOut(query.period),
      currency: identity.currency,
    };
  }));
}
