/** "What are my top five opportunities", "top three deals for the team this quarter". */
import { DatePeriodIds, SLOTS } from '../../generated/model';
import type { OpportunityListView } from '../../deals/listOutput';
import { intentHandler } from '../../alexa/intentHandler';
import { MAX_COUNT, PAGE_SIZE, readOpportunityPage } from '../../deals/pages';
import { resolveScope } from '../../deals/scope';
import { numberSlot, resolvedId } from '../../alexa/slots';

const slots = SLOTS.TopOpportunitiesIntent;
const DEFAULT_COUNT = 5;

export const topOpportunitiesHandler = intentHandler(['TopOpportunitiesIntent'], async (input, ctx) => {
  const identity = await ctx.identity();
  const notes: OpportunityListView['notes'] = [];
  const asked = numberSlot(input, slots.count);
  if (asked !== undefined && asked > MAX_COUNT) notes.push('capped');
  const count = Math.min(MAX_COUNT, Math.max(1, asked ?? DEFAULT_COUNT));
  const { scope, noTeam } = resolveScope(input, slots.scope, identity);
  if (noTeam) notes.push('noTeam');
  const period = resolvedId(input, slots.period, DatePeriodIds);
  return readOpportunityPage(input, ctx, { scope, period, pageSize: Math.min(count, PAGE_SIZE), offset: 0 }, { turn: 'first', notes });
});
