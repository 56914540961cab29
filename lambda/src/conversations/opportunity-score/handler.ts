/**
 * "Which deals have the best chance this quarter", "which of Lena's deals are most likely to close": the open deals
 * Einstein scores highest (a deal conversation, so "and next quarter?" asks it again). "What's the score on the Acme
 * deal", "what's its score": one deal's Einstein score. Where the org has no opportunity scores (found by describe,
 * salesforce/features.ts) the user hears one sentence saying so.
 */
import { type DealConversation, questionHandler } from '../../deals/conversation';
import { notesSpeech } from '../../deals/phrases';
import { SLOTS } from '../../generated/model';
import { speakingFor } from '../../speaking/speakingFor';
import { setPending } from '../../state/session';
import { namedDealHandler } from '../opportunity-details/namedDeal';
import { bestChanceOutput, dealScoreOutput, noScoresOutput } from './output';
import { bestChanceDeals, bestChanceFilter, dealScore, isNoScores } from './query';

export const bestChanceConversation: DealConversation = {
  kind: 'bestChance',
  intent: 'BestChanceDealsIntent',
  slots: ['scope', 'person', 'period', 'category', 'stage', 'amount'],
  honours: ['scope', 'person', 'period', 'category', 'stage', 'amount'],
  async answer(input, ctx, identity, q, notes) {
    setPending(input, undefined);
    const [features, port] = await Promise.all([ctx.features(), ctx.salesforce()]);
    const speaking = speakingFor(ctx, identity);
    const relationship = features.opportunityScore;
    const noScores = () => noScoresOutput(ctx.t, notesSpeech(ctx.t, notes, { owner: q.owner }));
    if (!relationship) return noScores();
    const filter = bestChanceFilter(q, speaking.today, identity.fiscalYearStartMonth);
    try {
      const [deals, stageLabel] = await Promise.all([bestChanceDeals(port, relationship, filter, identity.userId), ctx.picklistLabel('Opportunity', 'StageName')]);
      return bestChanceOutput(ctx.t, { ...speaking, ...filter, stage: filter.stage && stageLabel(filter.stage), deals, notes });
    } catch (err) {
      if (isNoScores(err)) return noScores();
      throw err;
    }
  },
};

export const dealScoreHandler = namedDealHandler('DealScoreIntent', SLOTS.DealScoreIntent.deal, async (_input, ctx) => {
  const relationship = (await ctx.features()).opportunityScore;
  if (!relationship) return { say: noScoresOutput(ctx.t) };
  return {
    byId: async (port, id) => {
      try {
        const deal = await dealScore(port, relationship, id);
        return deal ? { kind: 'said', output: dealScoreOutput(ctx.t, deal), remember: true } : { kind: 'gone' };
      } catch (err) {
        if (isNoScores(err)) return { kind: 'said', output: noScoresOutput(ctx.t), remember: false };
        throw err;
      }
    },
  };
});

export const opportunityScoreHandlers = [questionHandler(bestChanceConversation), dealScoreHandler];
