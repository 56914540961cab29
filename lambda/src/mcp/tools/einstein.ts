/**
 * Einstein's view of deals as tools, over the skill's own queries and words: the insights on one deal and the deals
 * at risk (conversations/insights), and the deals with the best chance (conversations/opportunity-score). An org or a
 * user without Einstein gets `einstein: false` and the one sentence the skill says, never an error.
 */
import { z } from 'zod';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { dealInsightsOutput, dealsAtRiskOutput, noEinsteinOutput } from '../../conversations/insights/output';
import { dealInsights, dealsAtRisk } from '../../conversations/insights/query';
import { bestChanceConversation } from '../../conversations/opportunity-score/handler';
import { bestChanceOutput, noScoresOutput } from '../../conversations/opportunity-score/output';
import { bestChanceDeals, bestChanceFilter, isNoScores } from '../../conversations/opportunity-score/query';
import { notesSpeech } from '../../deals/phrases';
import type { RequestContextDeps } from '../../interceptors/requestContext';
import { speakingFor } from '../../speaking/speakingFor';
import { AskBackError, questionArgs, questionOf } from '../question';
import { CURRENCY, DEAL, OWNER, PERIOD, SAID, dealOf, ownerOf, periodOut } from '../shapes';
import { answerText } from '../text';
import { runTool } from '../tool';
import { DEAL_ID, DEAL_NAME, dealNamed } from './records';

const INSIGHT = z.object({ title: z.string(), trend: z.string().nullable().describe('Positive, Negative or Neutral') });
const EINSTEIN = z.boolean().describe('False when the org or the user has no Einstein: nothing else is in the result');

export function registerEinstein(server: McpServer, deps: RequestContextDeps): void {
  server.registerTool('deal_insights', {
    title: "Einstein's insights on a deal",
    description: 'What Einstein says about one deal (its latest insights: predictions, follow-up reminders, key moments), by id or by the name said. Like "what does Einstein say about the Acme deal".',
    inputSchema: { dealId: DEAL_ID.optional(), dealName: DEAL_NAME.optional() },
    outputSchema: { said: SAID, einstein: EINSTEIN, deal: z.object({ id: z.string(), name: z.string() }).optional(), insights: z.array(INSIGHT) },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx) => {
    const port = await ctx.salesforce();
    // By id, the insights' own query reads the deal too: one call.
    const id = args.dealId ?? (await dealNamed(port, args)).id;
    const result = await dealInsights(port, id);
    if (result.kind === 'noEinstein') return { said: answerText(ctx.t, noEinsteinOutput(ctx.t)), einstein: false, insights: [] };
    if (!result.value) throw new AskBackError(`No deal with id ${id} that this user can see.`);
    const { id: dealId, name, insights } = result.value;
    return { said: answerText(ctx.t, dealInsightsOutput(ctx.t, result.value)), einstein: true, deal: { id: dealId, name }, insights };
  }));

  server.registerTool('deals_at_risk', {
    title: 'Deals at risk',
    description: "The open deals Einstein sees at risk (a negative insight), biggest first, each with what Einstein says against it: the team's for a manager, a rep's own, or one person's. Like \"any deals at risk\", \"which of Oliver's deals are at risk\".",
    inputSchema: questionArgs(['scope', 'person']),
    outputSchema: {
      said: SAID,
      einstein: EINSTEIN,
      owner: OWNER,
      deals: z.array(z.object({ id: z.string(), name: z.string(), accountName: z.string().nullable(), amount: z.number().nullable(), insights: z.array(INSIGHT).describe('Against it, newest first') })),
      currency: CURRENCY,
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const { question, notes } = await questionOf(ctx, identity, args);
    const { owner } = question;
    const result = await dealsAtRisk(await ctx.salesforce(), identity.userId, owner);
    const common = { owner: ownerOf(owner), currency: identity.currency };
    if (result.kind === 'noEinstein') return { said: answerText(ctx.t, noEinsteinOutput(ctx.t)), einstein: false, ...common, deals: [] };
    const output = dealsAtRiskOutput(ctx.t, result.value, speakingFor(ctx, identity), owner);
    const said = [...notesSpeech(ctx.t, notes, { owner }), output.speech].join(' ');
    return { said: answerText(ctx.t, { ...output, speech: said }), einstein: true, ...common, deals: result.value };
  }));

  server.registerTool('best_chance_deals', {
    title: 'Deals with the best chance',
    description: 'The open deals Einstein scores likeliest to be won (score 1–99), closing this fiscal quarter unless a period is given, narrowed like the pipeline. Like "which deals have the best chance this quarter", "which of Lena\'s deals are most likely to close".',
    inputSchema: questionArgs(bestChanceConversation.honours),
    outputSchema: {
      said: SAID,
      einstein: EINSTEIN.describe('False when the org has no Einstein opportunity scores'),
      owner: OWNER,
      period: PERIOD,
      deals: z.array(DEAL.extend({ score: z.number().nullable() })).describe('Best score first, then the bigger deal'),
      currency: CURRENCY,
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, (args, extra) => runTool(deps, extra, async (ctx, identity) => {
    const { question, notes } = await questionOf(ctx, identity, args);
    const speaking = speakingFor(ctx, identity);
    const filter = bestChanceFilter(question, speaking.today, identity.fiscalYearStartMonth);
    const [features, port] = await Promise.all([ctx.features(), ctx.salesforce()]);
    const common = { owner: ownerOf(filter.owner), period: periodOut(filter.period), currency: identity.currency };
    const noScores = () => ({ said: answerText(ctx.t, noScoresOutput(ctx.t, notesSpeech(ctx.t, notes, { owner: filter.owner }))), einstein: false, ...common, deals: [] });
    const relationship = features.opportunityScore;
    if (!relationship) return noScores();
    try {
      const deals = await bestChanceDeals(port, relationship, filter, identity.userId);
      const output = bestChanceOutput(ctx.t, { ...speaking, ...filter, deals, notes });
      return { said: answerText(ctx.t, output), einstein: true, ...common, deals: deals.map((d) => ({ ...dealOf(d), score: d.score })) };
    } catch (err) {
      if (isNoScores(err)) return noScores();
      throw err;
    }
  }));
}
