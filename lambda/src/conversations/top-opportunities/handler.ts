/** "What are my top five opportunities", "top three deals for the team this quarter". */
import { DatePeriodIds, SLOTS } from '../../generated/model';
import type { OpportunityListView } from '../../deals/listOutput';
import { intentHandler } from '../../alexa/intentHandler';
import { PAGE_SIZE, readOpportunityPage } from '../../deals/pages';
import { resolveScope } from '../../deals/scope';
import { numberSlot, resolvedId } from '../../alexa/slots';

const slots = SLOTS.TopOpportunitiesIntent;

export const topOpportunitiesHandler = intentHandler(['TopOpportunitiesIntent'], async (input, ctx) => {
  const identity = await ctx.identity();
  const notes: OpportunityListView['notes'] = [];
  const asked = numberSlot(input, slots.count);
  // More than one turn holds: the first page, and a word that the rest come with "next".
  if (asked !== undefined && asked > PAGE_SIZE) notes.push('capped');
  const pageSize = Math.min(PAGE_SIZE, Math.max(1, asked ?? PAGE_SIZE));
  const { scope, noTeam } = resolveScope(input, slots.scope, identity);
  if (noTeam) notes.push('noTeam');
  const period = resolvedId(input, slots.period, DatePeriodIds);
  return readOpportunityPage(input, ctx, { scope, period, pageSize, offset: 0 }, { turn: 'first', notes });
});
