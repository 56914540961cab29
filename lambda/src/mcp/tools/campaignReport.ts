/**
 * The campaigns conversation as a tool: one campaign's results by the name the user said, or — without a name — the
 * active campaigns to choose from, as conversations/campaigns reads them.
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CAMPAIGN_PAGE_SIZE } from '../../conversations/campaigns/pages';
import { activeCampaignsOutput, campaignReportOutput } from '../../conversations/campaigns/output';
import { activeCampaigns, findCampaign } from '../../conversations/campaigns/query';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { speakingFor } from '../../speaking/speakingFor';
import { AskBackError } from '../question';
import { CURRENCY, SAID } from '../shapes';
import { answerText } from '../text';
import { runTool } from '../tool';

const SUMMARY = z.object({ id: z.string(), name: z.string(), status: z.string().nullable(), startDate: z.string().nullable(), endDate: z.string().nullable() });

export function registerCampaignReport(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('campaign_report', {
    title: 'Campaign report',
    description: 'A marketing campaign\'s results by the name the user said: leads, converted leads, opportunities, won deals and amount. Without a name, the active campaigns. Like "how is the spring launch campaign doing", "which campaigns are active".',
    inputSchema: {
      name: z.string().min(2).max(120).optional().describe("The campaign's name, as said"),
    },
    outputSchema: {
      said: SAID,
      campaign: SUMMARY.extend({
        isActive: z.boolean(), leads: z.number().int(), convertedLeads: z.number().int(), opportunities: z.number().int(), wonOpportunities: z.number().int(), wonAmount: z.number(),
      }).optional(),
      active: z.array(SUMMARY).optional().describe('Without a name: the active campaigns, latest start first'),
      currency: CURRENCY,
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const port = await ctx.salesforce();
    const speaking = speakingFor(ctx, identity);
    if (!args.name) {
      const page = await activeCampaigns(port, CAMPAIGN_PAGE_SIZE, 0);
      const output = activeCampaignsOutput(ctx.t, { ...speaking, items: page.items, turn: 'first', firstPosition: 1, hasMore: page.hasMore, pageSize: CAMPAIGN_PAGE_SIZE });
      return { said: answerText(ctx.t, output), active: page.items, currency: identity.currency };
    }
    const match = await findCampaign(port, args.name);
    if (match.kind === 'several') throw new AskBackError(`Several campaigns fit "${args.name}": ${match.names.join('; ')}. Ask which one.`);
    if (match.kind === 'none') throw new AskBackError(`No campaign named "${args.name}". Call this tool without a name for the active ones, and ask which.`);
    return { said: answerText(ctx.t, campaignReportOutput(ctx.t, match.campaign, speaking)), campaign: match.campaign, currency: identity.currency };
  }));
}
