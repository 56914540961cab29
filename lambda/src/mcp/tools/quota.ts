/** The quota conversation as a tool: closed won against the Collaborative Forecasts quota, as conversations/quota asks. */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { quotaConversation } from '../../conversations/quota/handler';
import { attainmentPercent, quotaFigures, quotaOutput } from '../../conversations/quota/output';
import { quotaAsked, quotaAttainment } from '../../conversations/quota/query';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { speakingFor } from '../../speaking/speakingFor';
import { questionArgs, questionOf } from '../question';
import { CURRENCY, OWNER, PERIOD, SAID, ownerOf, periodOut } from '../shapes';
import { answerText } from '../text';
import { runTool } from '../tool';

export function registerQuota(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('quota_attainment', {
    title: 'Quota attainment',
    description: 'Closed won against the revenue quota (Collaborative Forecasts) for a period, this quarter unless one is given; for a team, each rep\'s too. Like "what\'s my quota attainment", "is Lena on track this quarter".',
    inputSchema: questionArgs(quotaConversation.honours),
    outputSchema: {
      said: SAID,
      owner: OWNER,
      period: PERIOD,
      window: z.object({ from: z.string(), to: z.string() }).describe('The dates the quota and the wins cover'),
      forecasting: z.boolean().describe('False when the org or the user has no Collaborative Forecasts'),
      quota: z.number().nullable().describe('The quota, or null when none is set for these dates'),
      won: z.number().describe('Closed won of the owner and their direct reports'),
      attainmentPercent: z.number().nullable(),
      reps: z.array(z.object({ id: z.string(), name: z.string(), quota: z.number(), won: z.number(), attainmentPercent: z.number() })),
      currency: CURRENCY,
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const { question, notes } = await questionOf(ctx, identity, args);
    const speaking = speakingFor(ctx, identity);
    const { query, period, everyone } = quotaAsked(question, identity, speaking.today, identity.fiscalYearStartMonth);
    const result = await quotaAttainment(await ctx.salesforce(), query);
    const output = quotaOutput(ctx.t, { ...speaking, owner: query.owner, period, window: query.window, result, notes, hasReports: identity.hasReports, ...(everyone ? { everyone } : {}) });
    const common = { said: answerText(ctx.t, output), owner: ownerOf(query.owner), period: periodOut(period), window: query.window, currency: identity.currency };
    if (result.kind === 'noForecasting') return { ...common, forecasting: false, quota: null, won: 0, attainmentPercent: null, reps: [] };
    const figures = quotaFigures({ owner: query.owner, userId: identity.userId }, result);
    return {
      ...common,
      forecasting: true,
      quota: figures.quota ?? null,
      won: figures.won,
      attainmentPercent: figures.quota === undefined ? null : attainmentPercent(figures.won, figures.quota),
      reps: figures.reps.map((r) => ({ id: r.quota.id, name: r.quota.name, quota: r.quota.amount, won: r.won, attainmentPercent: r.percent })),
    };
  }));
}
