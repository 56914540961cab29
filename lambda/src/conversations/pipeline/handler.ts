/**
 * "How does my pipeline look this quarter" (amounts by forecast category, what closes this month, what is
 * slipping), "what's in commit for the team" and "which deals are slipping" (totals, then the biggest deals as
 * a list the user can page through and ask about).
 */
import { DatePeriodIds, ForecastCategoryIds, PipelineFocusIds, SLOTS } from '../../generated/model';
import { pipelineSliceHeadline, pipelineSliceNoneOutput, pipelineSummaryOutput } from './output';
import type { OpportunityFilter } from '../../deals/query';
import { pipelineSlice, pipelineSummary } from './query';
import { intentHandler } from '../../alexa/intentHandler';
import { speakOpportunityPage } from '../../deals/pages';
import { resolveScope } from '../../deals/scope';
import { resolvedId } from '../../alexa/slots';
import { speakingFor } from '../../speaking/speakingFor';

const slots = SLOTS.PipelineIntent;

/** Deals read with a category's or the slipping deals' totals: three keep the turn short. */
export const SLICE_PAGE_SIZE = 3;

export const pipelineHandler = intentHandler(['PipelineIntent'], async (input, ctx) => {
  const [identity, port] = await Promise.all([ctx.identity(), ctx.salesforce()]);
  const { scope, noTeam } = resolveScope(input, slots.scope, identity);
  const speaking = speakingFor(ctx, identity);
  const slipping = resolvedId(input, slots.focus, PipelineFocusIds) === 'SLIPPING';
  const category = resolvedId(input, slots.category, ForecastCategoryIds);
  const period = resolvedId(input, slots.period, DatePeriodIds) ?? 'THIS_QUARTER';

  if (!slipping && !category) {
    const summary = await pipelineSummary(port, { scope, period }, identity.userId);
    return pipelineSummaryOutput(ctx.t, { ...summary, scope, period, noTeam, ...speaking });
  }

  // Slipping deals are late whatever the period; a category is read for the period.
  const filter: OpportunityFilter = slipping ? { scope, due: 'past' } : { scope, period, category };
  const slice = await pipelineSlice(port, filter, identity.userId, SLICE_PAGE_SIZE);
  const view = { ...filter, totals: slice.totals, noTeam, shown: slice.page.items.length };
  if (slice.page.items.length === 0) {
    return pipelineSliceNoneOutput(ctx.t, view);
  }
  return speakOpportunityPage(input, ctx, identity, { ...filter, pageSize: SLICE_PAGE_SIZE, offset: 0 }, slice.page, {
    turn: 'first',
    notes: noTeam ? ['noTeam'] : [],
    headline: pipelineSliceHeadline(ctx.t, view, speaking),
  });
});
