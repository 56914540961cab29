/** "What are my top five opportunities", "top three deals for the team this quarter". */
import { DatePeriodIds, OwnerScopeIds, SLOTS } from '../generated/model';
import type { OpportunityListView } from '../outputs/topOpportunities';
import { intentHandler } from './intentHandler';
import { MAX_COUNT, PAGE_SIZE, readOpportunityPage } from './opportunityPages';
import { numberSlot, resolvedId } from './slots';

const slots = SLOTS.TopOpportunitiesIntent;
const DEFAULT_COUNT = 5;

export const topOpportunitiesHandler = intentHandler(['TopOpportunitiesIntent'], async (input, ctx) => {
  const identity = await ctx.identity();
  const notes: OpportunityListView['notes'] = [];
  const asked = numberSlot(input, slots.count);
  if (asked !== undefined && asked > MAX_COUNT) notes.push('capped');
  const count = Math.min(MAX_COUNT, Math.max(1, asked ?? DEFAULT_COUNT));
  // Managers mostly mean their team; a rep without reports asking for "the team" gets their own deals.
  let scope = resolvedId(input, slots.scope, OwnerScopeIds) ?? (identity.hasReports ? 'TEAM' : 'MINE');
  if (scope === 'TEAM' && !identity.hasReports) {
    scope = 'MINE';
    notes.push('noTeam');
  }
  const period = resolvedId(input, slots.period, DatePeriodIds);
  return readOpportunityPage(input, ctx, { scope, period, pageSize: Math.min(count, PAGE_SIZE), offset: 0 }, { continued: false, notes });
});
