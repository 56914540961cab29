/** The opportunity details conversation as a tool: one deal in full, by id or by the name the user said. */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { opportunityDetailsOutput } from '../../conversations/opportunity-details/output';
import { findDeal, opportunityDetails } from '../../conversations/opportunity-details/query';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { speakingFor } from '../../speaking/speakingFor';
import { AskBackError } from '../question';
import { CURRENCY, DEAL, SAID, dealOf } from '../shapes';
import { answerText } from '../text';
import { runTool } from '../tool';

export function registerDealDetails(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('deal_details', {
    title: "A deal's details",
    description: 'One opportunity: amount, stage, probability, close date, next step, owner, last activity. By its id (from another tool\'s result) or by the name the user said ("the Globex deal", "Initech forklift lease"). Several matches come back as an error listing them: ask which one.',
    inputSchema: {
      id: z.string().regex(/^006[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/).optional().describe('Opportunity Id'),
      name: z.string().min(2).max(120).optional().describe("The deal's or its account's name, as said"),
    },
    outputSchema: {
      said: SAID,
      deal: DEAL.extend({
        probability: z.number().nullable(), nextStep: z.string().nullable(), lastActivityDate: z.string().nullable(),
        isClosed: z.boolean(), isWon: z.boolean(), forecastCategory: z.string().nullable(),
      }),
      currency: CURRENCY,
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const port = await ctx.salesforce();
    if (!args.id && !args.name) throw new AskBackError('Give the deal\'s id or its name.');
    const found = args.id ? await opportunityDetails(port, args.id) : await findDeal(port, args.name!);
    if (!found || ('kind' in found && found.kind === 'none')) throw new AskBackError(`No deal ${args.id ? `with id ${args.id}` : `named "${args.name}"`} that this user can see.`);
    if ('kind' in found && found.kind === 'several') throw new AskBackError(`Several deals fit "${args.name}": ${found.deals.map((d) => `${d.name} (${d.id})`).join('; ')}. Ask which one.`);
    const deal = 'kind' in found ? found.deal : found;
    const output = opportunityDetailsOutput(ctx.t, deal, speakingFor(ctx, identity));
    const { probability, nextStep, lastActivityDate, isClosed, isWon, forecastCategory } = deal;
    return {
      said: answerText(ctx.t, output),
      deal: { ...dealOf(deal), probability, nextStep, lastActivityDate, isClosed, isWon, forecastCategory },
      currency: identity.currency,
    };
  }));
}
