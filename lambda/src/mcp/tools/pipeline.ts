/**
 * The pipeline conversation as a tool: open amounts by forecast category with what closes this month and what is
 * slipping, or one category's (or the slipping deals') totals and biggest deals — as conversations/pipeline asks.
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { SLICE_PAGE_SIZE, pipeline } from '../../conversations/pipeline/handler';
import { pipelineSliceHeadline, pipelineSliceNoneOutput, pipelineSummaryOutput } from '../../conversations/pipeline/output';
import { pipelineAsked, pipelineSlice, pipelineSummary } from '../../conversations/pipeline/query';
import { opportunityListOutput } from '../../deals/listOutput';
import type { Note } from '../../deals/question';
import { ForecastCategoryIds } from '../../generated/model';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { speakingFor } from '../../speaking/speakingFor';
import { questionArgs, questionOf } from '../question';
import { CURRENCY, DEAL, OWNER, PERIOD, SAID, TOTALS, dealOf, ownerOf, periodOut } from '../shapes';
import { answerText } from '../text';
import { runTool } from '../tool';

export function registerPipeline(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('pipeline', {
    title: 'Pipeline',
    description: 'The open pipeline for a period (this quarter unless one is given): amounts by forecast category, what closes this month, what is slipping. With a category, or slipping=true, that part\'s totals and its biggest deals. Like "how does my pipeline look", "what\'s in commit for the team", "what\'s slipping".',
    inputSchema: {
      ...questionArgs(pipeline.honours),
      slipping: z.boolean().optional().describe('Only open deals whose close date has passed (the period does not apply).'),
    },
    outputSchema: {
      said: SAID,
      owner: OWNER,
      period: PERIOD.optional(),
      currency: CURRENCY,
      byCategory: z.array(TOTALS.extend({ category: z.enum(ForecastCategoryIds) })).optional().describe('The summary: open amounts by forecast category'),
      closingThisMonth: TOTALS.optional(),
      slipping: TOTALS.optional(),
      totals: TOTALS.optional().describe('With a category or slipping: the deals it covers'),
      deals: z.array(DEAL).optional().describe('With a category or slipping: the biggest of them'),
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const { question, notes } = await questionOf(ctx, identity, args);
    if (args.slipping) question.due = 'past';
    const speaking = speakingFor(ctx, identity);
    const port = await ctx.salesforce();
    const asked = pipelineAsked(question, speaking.today, identity.fiscalYearStartMonth);
    const common = { owner: ownerOf(question.owner), currency: identity.currency };
    if (asked.kind === 'summary') {
      const { filter } = asked;
      const summary = await pipelineSummary(port, filter, identity.userId);
      const output = pipelineSummaryOutput(ctx.t, { ...summary, owner: filter.owner, period: filter.period, stage: filter.stage, minAmount: filter.minAmount, notes, ...speaking });
      return { said: answerText(ctx.t, output), ...common, period: periodOut(filter.period), byCategory: summary.categories, closingThisMonth: summary.closingThisMonth, slipping: summary.slipping };
    }
    const { filter } = asked;
    const sliceNotes: Note[] = asked.periodIgnored ? [...notes, { kind: 'unsupported', slot: 'period' }] : notes;
    const slice = await pipelineSlice(port, filter, identity.userId, SLICE_PAGE_SIZE);
    const view = { ...filter, totals: slice.totals, notes: sliceNotes, shown: slice.page.items.length };
    const output = slice.page.items.length === 0
      ? pipelineSliceNoneOutput(ctx.t, view, speaking)
      : opportunityListOutput(ctx.t, {
        ...speaking, ...filter, items: slice.page.items, notes: sliceNotes, turn: 'first', firstPosition: 1, hasMore: slice.page.hasMore, pageSize: SLICE_PAGE_SIZE,
        headline: pipelineSliceHeadline(ctx.t, view, speaking),
      });
    return { said: answerText(ctx.t, output), ...common, ...(filter.period ? { period: periodOut(filter.period) } : {}), totals: slice.totals, deals: slice.page.items.map(dealOf) };
  }));
}
