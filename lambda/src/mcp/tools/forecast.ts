/**
 * The forecast conversation as a tool: Collaborative Forecasts' closed plus commit against the quota, with best case
 * as the upside, as conversations/forecast asks (its forecastAsked and forecast, and its words).
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { forecastConversation } from '../../conversations/forecast/handler';
import { forecastOutput, forecastTotal } from '../../conversations/forecast/output';
import { forecast, forecastAsked } from '../../conversations/forecast/query';
import { attainmentPercent } from '../../conversations/quota/output';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { speakingFor } from '../../speaking/speakingFor';
import { questionArgs, questionOf } from '../question';
import { CURRENCY, OWNER, PERIOD, SAID, ownerOf, periodOut } from '../shapes';
import { answerText } from '../text';
import { runTool } from '../tool';

export function registerForecast(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('forecast', {
    title: 'Forecast',
    description: 'The Collaborative Forecasts forecast for a period, this fiscal quarter unless one is given: closed plus commit, against the quota, and best case as the upside. For the user, their team, or one person below them. Like "what\'s my forecast", "how\'s the team\'s forecast next quarter", "what\'s Lena forecasting".',
    inputSchema: questionArgs(forecastConversation.honours),
    outputSchema: {
      said: SAID,
      owner: OWNER.describe('Whose forecast: "everyone" is the user\'s own forecast hierarchy, so TEAM or MINE'),
      period: PERIOD,
      window: z.object({ from: z.string(), to: z.string() }).describe('The dates the forecast and the quota cover'),
      status: z.enum(['forecast', 'noForecasting', 'otherPeriods', 'none'])
        .describe('forecast: the numbers below; noForecasting: Collaborative Forecasts are off for the org or the user; otherPeriods: the org forecasts by longer periods than asked; none: no forecast the user may see'),
      closed: z.number().nullable(),
      commit: z.number().nullable(),
      forecast: z.number().nullable().describe('closed + commit'),
      bestCase: z.number().nullable().describe('On top of the forecast'),
      quota: z.number().nullable().describe("The forecast owner's quota; for a manager without one, her reps' quotas added up (quotaFromReps)"),
      quotaFromReps: z.boolean(),
      attainmentPercent: z.number().nullable().describe('The forecast as a percent of the quota'),
      currency: CURRENCY,
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const { question, notes } = await questionOf(ctx, identity, args);
    const speaking = speakingFor(ctx, identity);
    const { query, period, everyone } = forecastAsked(question, identity, speaking.today, identity.fiscalYearStartMonth);
    const [features, port] = await Promise.all([ctx.features(), ctx.salesforce()]);
    const result = features.forecasting ? await forecast(port, query) : { kind: 'noForecasting' as const };
    const output = forecastOutput(ctx.t, { ...speaking, owner: query.owner, period, notes, hasReports: identity.hasReports, result, ...(everyone ? { everyone } : {}) });
    const common = { said: answerText(ctx.t, output), owner: ownerOf(query.owner), period: periodOut(period), window: query.window, currency: identity.currency };
    const nothing = { closed: null, commit: null, forecast: null, bestCase: null, quota: null, quotaFromReps: false, attainmentPercent: null };
    if (result.kind === 'noForecasting') return { ...common, status: 'noForecasting' as const, ...nothing };
    if (result.forecast.kind !== 'forecast') return { ...common, status: result.forecast.kind, ...nothing };
    const { amounts } = result.forecast;
    const total = forecastTotal(amounts);
    const own = result.quota.kind === 'quota' ? result.quota.amount : undefined;
    const quota = own ?? result.repsQuota ?? null;
    return {
      ...common,
      status: 'forecast' as const,
      closed: amounts.closed,
      commit: amounts.commit,
      forecast: total,
      bestCase: amounts.bestCase,
      quota,
      quotaFromReps: own === undefined && quota !== null,
      attainmentPercent: quota === null ? null : attainmentPercent(total, quota),
    };
  }));
}
