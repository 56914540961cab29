/** The opportunity details conversation as a tool: one deal in full, by id or by the name the user said. */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { opportunityDetailsOutput } from '../../conversations/opportunity-details/output';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { speakingFor } from '../../speaking/speakingFor';
import { CURRENCY, DEAL, SAID, dealOf } from '../shapes';
import { answerText } from '../text';
import { runTool } from '../tool';
import { DEAL_ID, DEAL_NAME, dealNamed } from './records';

export function registerDealDetails(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('deal_details', {
    title: "A deal's details",
    description: 'One opportunity: amount, stage, probability, close date, next step, owner, last activity. By its id (from another tool\'s result) or by the name the user said ("the Globex deal", "Initech forklift lease"). Several matches come back as an error listing them: ask which one.',
    inputSchema: {
      id: DEAL_ID.optional(),
      name: DEAL_NAME.optional(),
    },
    outputSchema: {
      said: SAID,
      deal: DEAL.extend({
        probability: z.number().nullable(), nextStep: z.string().nullable(), lastActivityDate: z.string().nullable(),
        isClosed: z.boolean(), isWon: z.boolean(), forecastCategory: z.string().nullable(),
        lastModified: z.string().describe('LastModifiedDate: pass it to update_opportunity, which then changes nothing if someone changed the deal since'),
      }),
      currency: CURRENCY,
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const port = await ctx.salesforce();
    const deal = await dealNamed(port, { dealId: args.id, dealName: args.name });
    const output = opportunityDetailsOutput(ctx.t, deal, speakingFor(ctx, identity));
    const { probability, nextStep, lastActivityDate, isClosed, isWon, forecastCategory, lastModified } = deal;
    return {
      said: answerText(ctx.t, output),
      deal: { ...dealOf(deal), probability, nextStep, lastActivityDate, isClosed, isWon, forecastCategory, lastModified },
      currency: identity.currency,
    };
  }));
}
