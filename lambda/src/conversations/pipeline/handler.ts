/**
 * "How does my pipeline look this quarter" (amounts by forecast category, what closes this month, what is
 * slipping), "what's in commit for the team" and "which deals are slipping" (totals, then the biggest deals as
 * a list the user can page through and ask about).
 */
import { todayIn } from '../../dates/todayIn';
import { type DealConversation, questionHandler } from '../../deals/conversation';
import { firstPageSize, speakOpportunityPage } from '../../deals/pages';
import { speakingFor } from '../../speaking/speakingFor';
import { pipelineSliceHeadline, pipelineSliceNoneOutput, pipelineSummaryOutput } from './output';
import { pipelineAsked, pipelineSlice, pipelineSummary } from './query';

/** Deals read with a category's or the slipping deals' totals: three keep the turn short. */
export const SLICE_PAGE_SIZE = 3;

export const pipeline: DealConversation = {
  kind: 'pipeline',
  intent: 'PipelineIntent',
  slots: ['scope', 'person', 'period', 'category', 'stage', 'amount'],
  honours: ['scope', 'person', 'period', 'category', 'stage', 'amount'],
  async answer(input, ctx, identity, q, notes) {
    const port = await ctx.salesforce();
    const speaking = speakingFor(ctx, identity);
    const asked = pipelineAsked(q, todayIn(identity.timeZone, ctx.now), identity.fiscalYearStartMonth);

    if (asked.kind === 'summary') {
      const { filter } = asked;
      const [summary, stageLabel] = await Promise.all([pipelineSummary(port, filter, identity.userId), ctx.picklistLabel('Opportunity', 'StageName')]);
      return pipelineSummaryOutput(ctx.t, { ...summary, stage: filter.stage && stageLabel(filter.stage), minAmount: filter.minAmount, owner: filter.owner, period: filter.period, notes, ...speaking });
    }

    // The answer says when a period was asked for slipping deals and not used.
    const { filter } = asked;
    if (asked.periodIgnored) notes.push({ kind: 'unsupported', slot: 'period' });
    const [slice, stageLabel] = await Promise.all([pipelineSlice(port, filter, identity.userId, SLICE_PAGE_SIZE), ctx.picklistLabel('Opportunity', 'StageName')]);
    const view = { ...filter, stage: filter.stage && stageLabel(filter.stage), totals: slice.totals, notes, shown: Math.min(slice.page.items.length, firstPageSize(SLICE_PAGE_SIZE, notes)) };
    if (slice.page.items.length === 0) {
      return pipelineSliceNoneOutput(ctx.t, view, speaking);
    }
    return speakOpportunityPage(input, ctx, identity, { ...filter, pageSize: SLICE_PAGE_SIZE, offset: 0 }, slice.page, {
      turn: 'first',
      notes,
      headline: pipelineSliceHeadline(ctx.t, view, speaking),
    });
  },
};

export const pipelineHandlers = [
  questionHandler(pipeline),
  // "What's slipping", "which of Lena's deals are late".
  questionHandler({ ...pipeline, intent: 'SlippingDealsIntent', slots: ['scope', 'person', 'category'], fixed: { due: 'past' } }),
  // "What's in my commit", "what's in our best case": the owner is a word, not a slot.
  questionHandler({ ...pipeline, intent: 'MyPipelineIntent', slots: ['period', 'category'], fixed: { scope: 'MINE' } }),
  questionHandler({ ...pipeline, intent: 'TeamPipelineIntent', slots: ['period', 'category'], fixed: { scope: 'TEAM' } }),
];
