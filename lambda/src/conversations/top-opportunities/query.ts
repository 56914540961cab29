/** Which open deals a question about the top opportunities is about: the skill's handler and the MCP tool ask the same. */
import { periodOf } from '../../deals/period';
import type { OpportunityFilter } from '../../deals/query';
import type { DealQuestion } from '../../deals/question';

/** `today` is the user's day (YYYY-MM-DD); a named period looks ahead, as open deals close in the future. */
export function topOpportunitiesFilter(q: DealQuestion, today: string, fiscalYearStartMonth: number): OpportunityFilter {
  const period = q.period && periodOf(q.period, today, fiscalYearStartMonth, 'future');
  return { owner: q.owner, period, category: q.category, stage: q.stage, minAmount: q.minAmount, due: q.due };
}
