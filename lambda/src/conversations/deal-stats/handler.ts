/**
 * The counting questions: "how many open deals do I have", "how many deals does Lena have in commit", "how much
 * pipeline do we have in negotiation" (how many open deals and what they are worth); "what's our average deal
 * size this quarter" (the average won deal); "what's the average size of my pipeline" (the average open deal).
 * "How many deals did we win" is wins and losses' question (conversations/wins-losses).
 */
import { todayIn } from '../../dates/todayIn';
import { type DealConversation, questionHandler } from '../../deals/conversation';
import { periodOf } from '../../deals/period';
import type { OpportunityFilter } from '../../deals/query';
import type { DealQuestion } from '../../deals/question';
import type { RequestContext } from '../../context';
import type { Identity } from '../../salesforce/identity';
import { speakingFor } from '../../speaking/speakingFor';
import { setPending } from '../../state/session';
import { averageOpenOutput, averageWonOutput, openStatsOutput } from './output';
import { openDealStats, wonDealStats } from './query';

const OPEN_SLOTS = ['scope', 'person', 'period', 'category', 'stage', 'amount'] as const;

/** Open deals as asked; without a period, every open deal whatever its close date. */
function openFilter(ctx: RequestContext, identity: Identity, q: DealQuestion): OpportunityFilter {
  const period = q.period && periodOf(q.period, todayIn(identity.timeZone, ctx.now), identity.fiscalYearStartMonth, 'future');
  return { owner: q.owner, period, category: q.category, stage: q.stage, minAmount: q.minAmount };
}

export const openDeals: DealConversation = {
  kind: 'openDeals',
  intent: 'OpenDealsIntent',
  slots: OPEN_SLOTS,
  honours: OPEN_SLOTS,
  async answer(input, ctx, identity, q, notes) {
    const filter = openFilter(ctx, identity, q);
    const [stats, stageLabel] = await Promise.all([openDealStats(await ctx.salesforce(), filter, identity.userId), ctx.picklistLabel('Opportunity', 'StageName')]);
    setPending(input, undefined);
    return openStatsOutput(ctx.t, { ...filter, stage: filter.stage && stageLabel(filter.stage), stats, notes, ...speakingFor(ctx, identity) });
  },
};

export const averageOpenDeal: DealConversation = {
  kind: 'averageOpenDeal',
  intent: 'AverageOpenDealIntent',
  slots: ['scope', 'person', 'period', 'category', 'stage'],
  honours: OPEN_SLOTS,
  async answer(input, ctx, identity, q, notes) {
    const filter = openFilter(ctx, identity, q);
    const [stats, stageLabel] = await Promise.all([openDealStats(await ctx.salesforce(), filter, identity.userId), ctx.picklistLabel('Opportunity', 'StageName')]);
    setPending(input, undefined);
    return averageOpenOutput(ctx.t, { ...filter, stage: filter.stage && stageLabel(filter.stage), stats, notes, ...speakingFor(ctx, identity) });
  },
};

/** Won deals close in the past: a named period ("Q3") is the last one, and no period means this quarter. */
export const averageWonDeal: DealConversation = {
  kind: 'averageWonDeal',
  intent: 'AverageWonDealIntent',
  slots: ['scope', 'person', 'period'],
  honours: ['scope', 'person', 'period'],
  async answer(input, ctx, identity, q, notes) {
    const period = periodOf(q.period ?? 'THIS_QUARTER', todayIn(identity.timeZone, ctx.now), identity.fiscalYearStartMonth, 'past');
    const stats = await wonDealStats(await ctx.salesforce(), { owner: q.owner, userId: identity.userId, period });
    setPending(input, undefined);
    return averageWonOutput(ctx.t, { owner: q.owner, period, stats, notes, ...speakingFor(ctx, identity) });
  },
};

const wordSlots = ['period', 'category', 'stage', 'amount'] as const;

export const dealStatsHandlers = [
  questionHandler(openDeals),
  // "How many of my commit deals close this month", "what are our negotiation deals worth": the owner is a word.
  questionHandler({ ...openDeals, intent: 'MyOpenDealsIntent', slots: wordSlots, fixed: { scope: 'MINE' } }),
  questionHandler({ ...openDeals, intent: 'TeamOpenDealsIntent', slots: wordSlots, fixed: { scope: 'TEAM' } }),
  questionHandler(averageOpenDeal),
  questionHandler(averageWonDeal),
];
